using System.CommandLine;

namespace DraftingKit.Cli;

/// <summary>
/// <c>--root &lt;folder&gt;</c>: the folder whose files a report may include and a folder search may read
/// (SECURITY.md). Without it each file's own project is the root: the nearest folder above it with a <c>*.csproj</c>,
/// a <c>.git</c> or an <c>.editorconfig</c> with <c>root = true</c>.
/// </summary>
internal static class RootOption
{
    public static Option<string?> Create() => new("--root")
    {
        Description = "The project folder: reports include texts, and folder searches read files, only from inside it. Default: each file's project (the nearest folder with a *.csproj, .git or a root .editorconfig).",
    };
}

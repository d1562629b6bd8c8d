using System.IO;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace DraftingKit.Security;

/// <summary>
/// The folder whose files a document may refer to (SECURITY.md): a report's included templates and the templates a
/// folder walk finds must lie inside it once links and <c>..</c> are resolved. It is the root given on the command
/// line (<c>--root</c>) or the nearest folder above the document that holds a project file (<c>*.csproj</c>), a
/// repository (<c>.git</c>) or an <c>.editorconfig</c> with <c>root = true</c>; without one, the document's own folder.
/// </summary>
public sealed class ProjectRoot
{
    private static readonly Regex EditorConfigRoot = new(@"^\s*root\s*=\s*true\s*$", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly StringComparison PathComparison =
        RuntimeInformation.IsOSPlatform(OSPlatform.Windows) || RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private ProjectRoot(string folder, string realFolder)
    {
        Folder = folder;
        RealFolder = realFolder;
    }

    /// <summary>The folder, as an absolute path.</summary>
    public string Folder { get; }

    /// <summary>The folder with its links resolved: what paths are compared with.</summary>
    internal string RealFolder { get; }

    /// <summary>The root at <paramref name="folder"/>, as given with <c>--root</c>.</summary>
    public static ProjectRoot At(string folder)
    {
        var full = Path.GetFullPath(folder);
        return new ProjectRoot(full, RealPath.Of(full) ?? full);
    }

    /// <summary>The root of the project that holds the file at <paramref name="path"/> (see the class remarks).</summary>
    public static ProjectRoot Find(string path)
    {
        var start = Path.GetDirectoryName(Path.GetFullPath(path)) ?? Path.GetFullPath(path);
        for (var folder = start; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (IsProjectFolder(folder))
            {
                return At(folder);
            }
        }

        return At(start);
    }

    /// <summary>
    /// True when <paramref name="path"/> (absolute, or relative to the current folder) lies inside the root once its
    /// links and <c>..</c> are resolved; <paramref name="realPath"/> is where it resolves to.
    /// </summary>
    public bool Holds(string path, out string? realPath)
    {
        realPath = RealPath.Of(path);
        if (realPath is null)
        {
            return false;
        }

        var folder = RealFolder.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? RealFolder : RealFolder + Path.DirectorySeparatorChar;
        return realPath.StartsWith(folder, PathComparison) || string.Equals(realPath, RealFolder, PathComparison);
    }

    /// <summary>True when <paramref name="path"/> lies inside the root (see <see cref="Holds(string, out string)"/>).</summary>
    public bool Holds(string path) => Holds(path, out _);

    /// <inheritdoc />
    public override string ToString() => Folder;

    private static bool IsProjectFolder(string folder)
    {
        try
        {
            if (Directory.Exists(Path.Combine(folder, ".git")) || File.Exists(Path.Combine(folder, ".git")))
            {
                return true;
            }

            foreach (var _ in Directory.EnumerateFiles(folder, "*.csproj"))
            {
                return true;
            }

            var editorConfig = Path.Combine(folder, ".editorconfig");
            if (File.Exists(editorConfig) && new FileInfo(editorConfig).Length <= InputLimits.TemplateBytes)
            {
                var text = File.ReadAllText(editorConfig);
                var firstSection = text.IndexOf('[');
                return EditorConfigRoot.IsMatch(firstSection < 0 ? text : text.Substring(0, firstSection));
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or RegexMatchTimeoutException)
        {
            // A folder that cannot be searched is not taken as the project's root; the search goes on above it.
        }

        return false;
    }
}

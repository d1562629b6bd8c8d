using System.Diagnostics;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Cli;

/// <summary>
/// The Native AOT <c>draftkit</c> (scripts/publish-cli.sh) against the portable <c>draftkit.dll</c> the other CLI
/// tests run: every verb on real input must print the same lines, exit with the same code and write the same
/// bytes, so that trimming has removed nothing the commands use. Publishing takes minutes, so these tests run the
/// executable already published (<c>DRAFTKIT_NATIVE</c>, or else artifacts/native/linux-x64/draftkit) and report
/// Skipped, with the command to run, when there is none; .ci/run publishes it first.
/// </summary>
public sealed class NativeExecutableTests : IDisposable
{
    private readonly string native = Environment.GetEnvironmentVariable("DRAFTKIT_NATIVE") is { Length: > 0 } given
        ? Path.GetFullPath(given)
        : RepositoryPaths.InRepository("artifacts", "native", "linux-x64", "draftkit");

    private readonly string folder = Directory.CreateTempSubdirectory("draftkit-native-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    public static TheoryData<string> Commands() => new()
    {
        "--version",
        "--help",
        "lint {repo}/tests/corpus/seeds",
        "lint {repo}/tests/corpus/seeds --format json",
        "lint {repo}/tests/corpus/seeds/000_88cf70b5d62246a4 --format sarif",
        "lint {repo}/samples/FlawedDraft/flawed-draft.res.md",
        "lint {repo}/tests/corpus/handwritten --format sarif",
        "lint {repo}/tests/corpus/reports",
        "lint {repo}/tests/corpus/akn4un-sc-templates --severity info",
        "render {repo}/samples/A-RES-74-177.res.md",
        "render {repo}/samples/A-RES-74-177.res.md --format md -o out",
        "render {repo}/samples/A-RES-74-177.res.md --format html -o out",
        "render {repo}/samples/A-RES-74-177.res.md --format docx -o out",
        "render {repo}/samples/A-RES-74-177.res.md --format akn -o out",
        "render {repo}/tests/corpus/reports/000_88cf70b5d62246a4.report.md --format docx -o out",
        "import-akn {repo}/tests/corpus/akn4un -o out",
        "import {repo}/tests/corpus/akn4un/75_10_E.xml -o out",
        "catalog build {repo}/tests/corpus/akn4un -o out/corpus.catalog.csv",
        "compare {repo}/tests/corpus/seeds/000_88cf70b5d62246a4/draft-resolution-I.res.md {repo}/tests/corpus/seeds/000_88cf70b5d62246a4/draft-resolution-II.res.md --format txt",
        "compare {repo}/tests/corpus/seeds/000_88cf70b5d62246a4/draft-resolution-I.res.md {repo}/tests/corpus/seeds/000_88cf70b5d62246a4/draft-resolution-II.res.md --format html -o out/compare.html",
        "lint {repo}/no-such-file.res.md",
        "render --format nope {repo}/samples/A-RES-74-177.res.md",
    };

    [SkippableTheory]
    [MemberData(nameof(Commands))]
    public void The_native_executable_does_what_the_portable_one_does(string command)
    {
        Skip.IfNot(File.Exists(native), "no native draftkit at " + native + "; run scripts/publish-cli.sh (or set DRAFTKIT_NATIVE)");
        var arguments = command.Split(' ').Select(argument => argument.Replace("{repo}", RepositoryPaths.Root, StringComparison.Ordinal)).ToArray();
        // One working folder for both, emptied between them: the paths they print and write are the same.
        var work = Directory.CreateDirectory(Path.Combine(folder, "work")).FullName;

        var portable = DraftkitProcess.Run(work, arguments);
        var portableWrote = Written(work);
        Directory.Delete(work, recursive: true);
        Directory.CreateDirectory(work);
        var nativeRun = RunNative(work, arguments);

        Assert.Equal(portable.ExitCode, nativeRun.ExitCode);
        Assert.Equal(portable.StandardOutput, nativeRun.StandardOutput);
        Assert.Equal(portable.StandardError, nativeRun.StandardError);
        Assert.Equal(portableWrote, Written(work));
    }

    [SkippableFact]
    public void The_native_executable_is_one_file_that_needs_no_dotnet()
    {
        Skip.IfNot(File.Exists(native), "no native draftkit at " + native + "; run scripts/publish-cli.sh (or set DRAFTKIT_NATIVE)");
        var header = new byte[4];
        using (var file = File.OpenRead(native))
        {
            file.ReadExactly(header);
        }

        Assert.Equal(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' }, header);
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(native)!, "draftkit.dll")), "a native publish carries no draftkit.dll beside the executable");
        var lint = new[] { "lint", RepositoryPaths.InRepository("samples", "A-RES-74-177.res.md") };
        var portable = DraftkitProcess.Run(folder, lint);

        // No dotnet on the PATH and no runtime to find: the executable carries its own.
        var (exit, output, _) = RunNative(folder, lint, new Dictionary<string, string> { ["PATH"] = "/nonexistent", ["DOTNET_ROOT"] = "/nonexistent" });

        Assert.Equal(portable.ExitCode, exit);
        Assert.Equal(portable.StandardOutput, output);
        Assert.Contains("A-RES-74-177.res.md(", output, StringComparison.Ordinal);
    }

    /// <summary>Every file the command wrote under its working folder: relative path and bytes.</summary>
    private static string[] Written(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => Path.GetRelativePath(root, path) + " " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))))
            .ToArray();

    private (int ExitCode, string StandardOutput, string StandardError) RunNative(string workingDirectory, string[] arguments, IReadOnlyDictionary<string, string>? environment = null) =>
        DraftkitProcess.RunExecutable(native, arguments, workingDirectory, environment);
}

using DraftingKit.Security;

namespace DraftingKit.Cli.Lint;

/// <summary>
/// The templates named on the command line: files as given, folders searched for <c>*.res.md</c> and <c>*.report.md</c>.
/// A file a search finds is read only when it resolves inside the project (SECURITY.md): a link planted in a
/// folder to a file elsewhere on the machine is set aside, to be reported as DK0040, never read.
/// </summary>
internal static class TemplateFiles
{
    public static List<string> Expand(IEnumerable<string> paths, ProjectRoot? root, List<OutsideFile> outside, out string? missing)
    {
        missing = null;
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(Normalize(path));
            }
            else if (Directory.Exists(path))
            {
                var found = new List<string>(Directory.EnumerateFiles(path, Templates.TemplateFile.SearchPattern, SearchOption.AllDirectories));
                found.AddRange(Directory.EnumerateFiles(path, "*.report.md", SearchOption.AllDirectories));
                found.Sort(StringComparer.Ordinal);
                files.AddRange(Confine(path, found, root, outside));
            }
            else
            {
                missing = path;
                return files;
            }
        }

        return files;
    }

    /// <summary>
    /// The files of <paramref name="found"/> (found by searching <paramref name="folder"/>) that lie inside
    /// <paramref name="root"/>, or inside the folder's own project when no root was given, shown as the command line
    /// shows paths; the others go to <paramref name="outside"/>.
    /// </summary>
    public static List<string> Confine(string folder, IEnumerable<string> found, ProjectRoot? root, List<OutsideFile> outside) =>
        Inside(folder, found, root, outside).Select(Normalize).ToList();

    /// <summary>
    /// As <see cref="Confine"/>, the files named as they were found; lazy, so <paramref name="outside"/> is complete
    /// once the result has been read to its end.
    /// </summary>
    public static IEnumerable<string> Inside(string folder, IEnumerable<string> found, ProjectRoot? root, List<OutsideFile> outside)
    {
        var project = root ?? ProjectRoot.Find(Path.Combine(folder, "any"));
        foreach (var file in found)
        {
            if (project.Holds(file))
            {
                yield return file;
            }
            else
            {
                outside.Add(new OutsideFile(Normalize(file), project));
            }
        }
    }

    /// <summary>Forward slashes, as SARIF and the compiler-style lines want them on every platform.</summary>
    /// <remarks>Paths under the current folder are shown relative to it, as code scanning expects.</remarks>
    private static string Normalize(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetFullPath(Directory.GetCurrentDirectory());
        var shown = Path.IsPathRooted(path) && full.StartsWith(current + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? Path.GetRelativePath(current, full)
            : path;
        return shown.Replace('\\', '/');
    }
}

/// <summary>A file a folder search found that resolves outside the project: reported, not read.</summary>
internal sealed record OutsideFile(string DisplayPath, ProjectRoot Root)
{
    /// <summary>DK0040 on the file itself (line 1, column 1), naming the project it lies outside.</summary>
    public DraftingKit.Diagnostics.DraftingDiagnostic Diagnostic =>
        DraftingKit.Diagnostics.DraftingDiagnostic.Create(InputDiagnostics.OutsideProject, new DraftingKit.Model.SourceSpan(DisplayPath, 0, 0, 1, 1, 1, 1), DisplayPath, Root.Folder);
}

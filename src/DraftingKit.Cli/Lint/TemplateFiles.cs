using System;
using System.Collections.Generic;
using System.IO;

namespace DraftingKit.Cli.Lint;

/// <summary>The templates named on the command line: files as given, folders searched for <c>*.res.md</c> and <c>*.report.md</c>.</summary>
internal static class TemplateFiles
{
    public static List<string> Expand(IEnumerable<string> paths, out string? missing)
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
                var found = new List<string>(Directory.EnumerateFiles(path, "*.res.md", SearchOption.AllDirectories));
                found.AddRange(Directory.EnumerateFiles(path, "*.report.md", SearchOption.AllDirectories));
                found.Sort(StringComparer.Ordinal);
                foreach (var file in found)
                {
                    files.Add(Normalize(file));
                }
            }
            else
            {
                missing = path;
                return files;
            }
        }

        return files;
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

using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace DraftingKit.Testing;

/// <summary>
/// Snapshot assertions with Verify's file conventions, for a package mirror that does not serve Verify:
/// the accepted text lives in <c>Snapshots/&lt;Class&gt;.&lt;Method&gt;.verified.txt</c> beside the test; a
/// mismatch writes <c>.received.txt</c> next to it and fails with a line diff. A missing snapshot fails too
/// (after writing the received file), so a new snapshot is always reviewed before it is accepted: rename the
/// received file to verified. Switching to Verify later is a package swap. One file, compiled into each test project.
/// </summary>
internal static class Snapshot
{
    public static void Verify(
        string actual,
        string? name = null,
        string extension = "txt",
        [CallerFilePath] string callerFile = "",
        [CallerMemberName] string callerMember = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(SourcePath(callerFile))!, "Snapshots");
        var className = Path.GetFileNameWithoutExtension(callerFile);
        var stem = $"{className}.{name ?? callerMember}";
        var verifiedPath = Path.Combine(folder, stem + ".verified." + extension);
        var receivedPath = Path.Combine(folder, stem + ".received." + extension);
        actual = actual.Replace("\r\n", "\n");

        if (File.Exists(verifiedPath))
        {
            var verified = File.ReadAllText(verifiedPath).Replace("\r\n", "\n");
            if (verified == actual)
            {
                if (File.Exists(receivedPath))
                {
                    File.Delete(receivedPath);
                }

                return;
            }

            Directory.CreateDirectory(folder);
            File.WriteAllText(receivedPath, actual, new UTF8Encoding(false));
            throw new SnapshotMismatchException($"Snapshot {stem} differs from {verifiedPath}; received text written to {receivedPath}.\n{Diff(verified, actual)}");
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(receivedPath, actual, new UTF8Encoding(false));
        throw new SnapshotMismatchException($"No verified snapshot {verifiedPath}; review {receivedPath} and rename it to .verified.{extension} to accept it.");
    }

    /// <summary>
    /// The caller's source file on this machine. A CI build (ContinuousIntegrationBuild) maps source paths to
    /// "/_/…" for deterministic output; those are resolved against the repository root.
    /// </summary>
    private static string SourcePath(string callerFile)
    {
        var normalized = callerFile.Replace('\\', '/');
        return normalized.StartsWith("/_/", StringComparison.Ordinal)
            ? Path.Combine(RepositoryRoot(), normalized.Substring(3))
            : callerFile;
    }

    /// <summary>The folder holding DraftingKit.sln, above the test assembly.</summary>
    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DraftingKit.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("DraftingKit.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>A unified-style diff of two texts, showing only changed lines with a little context.</summary>
    public static string Diff(string expected, string actual, int maxLines = 60)
    {
        var model = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false);
        var builder = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < model.Lines.Count && shown < maxLines; i++)
        {
            var line = model.Lines[i];
            if (line.Type == ChangeType.Unchanged)
            {
                continue;
            }

            var prefix = line.Type switch
            {
                ChangeType.Inserted => "+ ",
                ChangeType.Deleted => "- ",
                _ => "~ ",
            };
            builder.Append(prefix).Append(line.Position?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?").Append(": ").AppendLine(line.Text);
            shown++;
        }

        return builder.ToString();
    }
}

/// <summary>A snapshot that does not match its verified file.</summary>
internal sealed class SnapshotMismatchException : Exception
{
    public SnapshotMismatchException(string message)
        : base(message)
    {
    }
}

using System.Globalization;
using DiffPlex;
using DiffPlex.Chunkers;

namespace DraftingKit.Tests.Support;

/// <summary>
/// How two sequences of lines (an outline, a structure, footnotes) differ: where first, how many lines in all, and a
/// short hash of every removed and added line. An allow-list entry that names the hash allows exactly this
/// difference: a second difference in the same file, or a different one, changes the hash and fails the test.
/// </summary>
internal sealed record SequenceDifference(string First, int Lines, string Hash)
{
    /// <summary>Null when the sequences are equal.</summary>
    public static SequenceDifference? Of(IReadOnlyList<string> expected, IReadOnlyList<string> actual, string expectedName, string actualName)
    {
        if (expected.SequenceEqual(actual, StringComparer.Ordinal))
        {
            return null;
        }

        var first = 0;
        while (first < expected.Count && first < actual.Count && expected[first] == actual[first])
        {
            first++;
        }

        // Positions are left out of the hash: a difference that only moves (text added before it) is the same one.
        var diff = Differ.Instance.CreateDiffs(string.Join("\n", expected), string.Join("\n", actual), false, false, new LineChunker());
        var changed = diff.DiffBlocks.SelectMany(block =>
            diff.PiecesOld.Skip(block.DeleteStartA).Take(block.DeleteCountA).Select(line => "-" + line)
                .Concat(diff.PiecesNew.Skip(block.InsertStartB).Take(block.InsertCountB).Select(line => "+" + line)))
            .ToList();
        var text = string.Format(
            CultureInfo.InvariantCulture,
            "at {0}: {1} '{2}' {3} '{4}'",
            first,
            expectedName,
            Clip(first < expected.Count ? expected[first] : "(end)"),
            actualName,
            Clip(first < actual.Count ? actual[first] : "(end)"));
        return new SequenceDifference(text, changed.Count, LintBaseline.Hash(string.Join("\n", changed)));
    }

    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} ({1} lines differ, #{2})", First, Lines, Hash);

    private static string Clip(string text) => text.Length > 160 ? text.Substring(0, 160) + "…" : text;
}

using System.Globalization;

namespace DraftingKit.Comparison;

/// <summary>A stretch where two sequences differ: items deleted from the first and items inserted from the second.</summary>
internal readonly record struct DiffStretch(int DeleteStart, int DeleteCount, int InsertStart, int InsertCount);

/// <summary>
/// The longest-common-subsequence diff of two sequences of keys, computed by DiffPlex: each distinct key becomes a
/// short piece, so that DiffPlex compares whole units or words rather than characters.
/// </summary>
/// <remarks>
/// DiffPlex types appear only inside this method body: the analyzer host loads the engine without DiffPlex, and a
/// DiffPlex type in a signature, a field or an implemented interface would break loading the engine's types there.
/// </remarks>
internal static class SequenceDiff
{
    private const char Separator = '\u001F';

    /// <summary>The stretches where <paramref name="before"/> and <paramref name="after"/> differ, in order.</summary>
    public static List<DiffStretch> Stretches(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var stretches = new List<DiffStretch>();
        if (before.Count == 0 || after.Count == 0)
        {
            if (before.Count + after.Count > 0)
            {
                stretches.Add(new DiffStretch(0, before.Count, 0, after.Count));
            }

            return stretches;
        }

        var codes = new Dictionary<string, string>(System.StringComparer.Ordinal);
        var result = DiffPlex.Differ.Instance.CreateDiffs(
            Encode(before, codes),
            Encode(after, codes),
            ignoreWhiteSpace: false,
            ignoreCase: false,
            new DiffPlex.Chunkers.CustomFunctionChunker(text => text.Split(Separator)));
        foreach (var block in result.DiffBlocks)
        {
            stretches.Add(new DiffStretch(block.DeleteStartA, block.DeleteCountA, block.InsertStartB, block.InsertCountB));
        }

        return stretches;
    }

    private static string Encode(IReadOnlyList<string> keys, Dictionary<string, string> codes)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < keys.Count; i++)
        {
            if (!codes.TryGetValue(keys[i], out var code))
            {
                code = codes.Count.ToString(CultureInfo.InvariantCulture);
                codes.Add(keys[i], code);
            }

            if (i > 0)
            {
                builder.Append(Separator);
            }

            builder.Append(code);
        }

        return builder.ToString();
    }
}

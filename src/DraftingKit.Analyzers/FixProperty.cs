using System.Globalization;
using System.Text;
using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Analyzers;

/// <summary>
/// Carries a finding's fix from the analyzer to the code fix in the diagnostic's properties, so that the code fix
/// applies the engine's edits and never works out a fix of its own.
/// </summary>
public static class FixProperty
{
    /// <summary>The property key.</summary>
    public const string Key = "DraftingKit.Fix";

    /// <summary>The diagnostic properties that carry a finding's fix; empty when it has none.</summary>
    public static ImmutableDictionary<string, string?> Of(DraftingDiagnostic finding) =>
        finding.HasFix
            ? ImmutableDictionary<string, string?>.Empty.Add(Key, Encode(finding.Fix))
            : ImmutableDictionary<string, string?>.Empty;

    /// <summary>The edits as one string: <c>start,length,count:text</c> per edit, text written out in full.</summary>
    public static string Encode(EquatableArray<TextEdit> edits)
    {
        var builder = new StringBuilder();
        foreach (var edit in edits)
        {
            builder.Append(edit.Span.Start.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(edit.Span.Length.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(edit.NewText.Length.ToString(CultureInfo.InvariantCulture)).Append(':')
                .Append(edit.NewText);
        }

        return builder.ToString();
    }

    /// <summary>The edits of an encoded fix; empty when the value is missing or malformed.</summary>
    public static IReadOnlyList<(int Start, int Length, string NewText)> Decode(string? value)
    {
        var edits = new List<(int, int, string)>();
        if (value is null)
        {
            return edits;
        }

        var at = 0;
        while (at < value.Length)
        {
            var firstComma = value.IndexOf(',', at);
            var secondComma = firstComma < 0 ? -1 : value.IndexOf(',', firstComma + 1);
            var colon = secondComma < 0 ? -1 : value.IndexOf(':', secondComma + 1);
            if (colon < 0
                || !int.TryParse(value.Substring(at, firstComma - at), NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(value.Substring(firstComma + 1, secondComma - firstComma - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                || !int.TryParse(value.Substring(secondComma + 1, colon - secondComma - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                || colon + 1 + count > value.Length)
            {
                return new List<(int, int, string)>();
            }

            edits.Add((start, length, value.Substring(colon + 1, count)));
            at = colon + 1 + count;
        }

        return edits;
    }
}

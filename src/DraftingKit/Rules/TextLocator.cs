using DraftingKit.Model;
using DraftingKit.Text;

namespace DraftingKit.Rules;

/// <summary>
/// Finds where a stretch of a paragraph's plain text stands in the template, so that findings point at the
/// words (the lead, a date) rather than at the whole paragraph, and fixes can edit them.
/// </summary>
internal sealed class TextLocator
{
    private readonly string source;
    private readonly LineMap lines;

    public TextLocator(string source, LineMap lines)
    {
        this.source = source;
        this.lines = lines;
    }

    /// <summary>
    /// The span of plain-text characters [<paramref name="start"/>, <paramref name="start"/> +
    /// <paramref name="length"/>) of <paramref name="text"/>. <paramref name="exact"/> is true when the characters
    /// stand verbatim in one run of the source (so an edit may replace them); otherwise the span is the nearest
    /// run's and no edit should be made.
    /// </summary>
    public SourceSpan Locate(InlineText text, int start, int length, out bool exact)
    {
        exact = false;
        SourceSpan? fallback = null;
        foreach (var (run, offset) in Runs(text))
        {
            fallback ??= run.Span;
            var end = offset + run.Text.Length;
            if (start < offset || start >= end && !(length == 0 && start == end))
            {
                continue;
            }

            if (start + length <= end && IsVerbatim(run))
            {
                exact = true;
                return lines.Span(run.Span.Start + (start - offset), length);
            }

            return run.Span;
        }

        return fallback ?? SourceSpan.None;
    }

    /// <summary>The span of the plain-text stretch, exact or not.</summary>
    public SourceSpan Locate(InlineText text, int start, int length) => Locate(text, start, length, out _);

    /// <summary>True when the run's text is exactly the source under its span (no escapes, no entities).</summary>
    public bool IsVerbatim(TextRun run) =>
        run.Span.IsKnown
        && run.Span.Length == run.Text.Length
        && run.Span.Start + run.Span.Length <= source.Length
        && string.CompareOrdinal(source, run.Span.Start, run.Text, 0, run.Text.Length) == 0;

    /// <summary>The text runs of <paramref name="text"/> with their offsets in its plain text, made once per text.</summary>
    public static EquatableArray<(TextRun Run, int Offset)> Runs(InlineText text) => text.RunsWithOffsets;
}

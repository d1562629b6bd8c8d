using System.Text;
using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>
/// The paragraphs of a document as the incremental linter keeps findings for them: every block of the preambles,
/// operative parts and annexes, and every footnote, each keyed by the whole lines it stands on; and the frame, the
/// rest of the text (front matter, titles, formulas, annex headings) that a paragraph rule may also read.
/// </summary>
internal static class DocumentParagraphs
{
    /// <summary>
    /// The paragraphs in source order, each keyed with the notes <paramref name="cited"/> (<see cref="FirstReferences"/>)
    /// before it; null when their spans overlap or leave the text.
    /// </summary>
    public static List<Paragraph>? Of(ResolutionDocument document, string text, List<(int Offset, string Label)> cited)
    {
        // Where an operative paragraph stands is part of what the rules judge (the last of a part ends with a full
        // stop; a declaration's adopted text has no leads), so it is part of the key.
        var roles = new Dictionary<int, string>();
        foreach (var (paragraph, _, isLast) in Paragraphs.Operative(document))
        {
            roles[paragraph.Span.Start] = isLast ? ", last of its part" : string.Empty;
        }

        var paragraphs = new List<Paragraph>();
        foreach (var part in document.Parts)
        {
            Add(paragraphs, "preamble", part.Preamble, text, roles);
            Add(paragraphs, "operative", part.OperativePart, text, roles);
        }

        foreach (var annex in document.Annexes)
        {
            Add(paragraphs, "annex", annex.Blocks, text, roles);
        }

        foreach (var footnote in document.Footnotes)
        {
            paragraphs.Add(Make(footnote, "footnote " + footnote.Label, footnote.Span, text));
        }

        paragraphs.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var noted = 0;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var span = paragraphs[i].Span;
            if (!span.IsKnown || span.Start < 0 || span.End > text.Length || (i > 0 && paragraphs[i - 1].LinesEnd > paragraphs[i].LinesStart))
            {
                return null;
            }

            while (noted < cited.Count && cited[noted].Offset < span.Start)
            {
                noted++;
            }

            paragraphs[i] = paragraphs[i] with { Key = paragraphs[i].Key with { NotesBefore = noted } };
        }

        return paragraphs;
    }

    /// <summary>
    /// The lines no paragraph stands on, blank lines left out, the labels of the footnotes defined and the labels in
    /// the order they are first referenced: a marker "[^3]" is read as a footnote reference only when "[^3]:" is
    /// defined, and superscript digits ("thereto,¹") as the note first referenced in that place, so that a
    /// paragraph's own lines are read alike only while the same footnotes are, cited in the same order.
    /// </summary>
    public static string Frame(string text, List<Paragraph> paragraphs, ResolutionDocument document, List<(int Offset, string Label)> cited)
    {
        var frame = new StringBuilder();
        foreach (var footnote in document.Footnotes)
        {
            frame.Append("[^").Append(footnote.Label).Append("]\n");
        }

        foreach (var (_, label) in cited)
        {
            frame.Append("^").Append(label).Append('\n');
        }

        var from = 0;
        foreach (var paragraph in paragraphs)
        {
            AppendLines(frame, text, from, paragraph.LinesStart);
            from = paragraph.LinesEnd;
        }

        AppendLines(frame, text, from, text.Length);
        return frame.ToString();
    }

    /// <summary>Each label's first reference in the source, in source order.</summary>
    public static List<(int Offset, string Label)> FirstReferences(ResolutionDocument document)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var reference in DocumentText.InReadingOrder(document).SelectMany(t => t.FootnoteReferences()))
        {
            if (reference.Span.IsKnown && (!first.TryGetValue(reference.Label, out var offset) || reference.Span.Start < offset))
            {
                first[reference.Label] = reference.Span.Start;
            }
        }

        var ordered = first.Select(p => (p.Value, p.Key)).ToList();
        ordered.Sort((a, b) => a.Value != b.Value ? a.Value.CompareTo(b.Value) : string.CompareOrdinal(a.Key, b.Key));
        return ordered;
    }

    /// <summary>The document with only the <paramref name="kept"/> paragraphs (by start offset) in its parts, annexes and footnotes.</summary>
    public static ResolutionDocument Only(ResolutionDocument document, HashSet<int> kept)
    {
        var parts = new DocumentPart[document.Parts.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            var part = document.Parts[i];
            parts[i] = part with { Preamble = Filter(part.Preamble, kept), OperativePart = Filter(part.OperativePart, kept) };
        }

        var annexes = new Annex[document.Annexes.Count];
        for (var i = 0; i < annexes.Length; i++)
        {
            annexes[i] = document.Annexes[i] with { Blocks = Filter(document.Annexes[i].Blocks, kept) };
        }

        var footnotes = new List<Footnote>();
        foreach (var footnote in document.Footnotes)
        {
            if (kept.Contains(footnote.Span.Start))
            {
                footnotes.Add(footnote);
            }
        }

        return document with
        {
            Parts = new EquatableArray<DocumentPart>(parts),
            Annexes = new EquatableArray<Annex>(annexes),
            Footnotes = new EquatableArray<Footnote>(footnotes.ToArray()),
        };
    }

    /// <summary>The paragraph of <paramref name="paragraphs"/> (in source order) whose lines hold <paramref name="offset"/>.</summary>
    public static Paragraph? Holding(List<Paragraph> paragraphs, int offset)
    {
        int low = 0, high = paragraphs.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var paragraph = paragraphs[middle];
            if (offset < paragraph.LinesStart)
            {
                high = middle - 1;
            }
            else if (offset >= paragraph.LinesEnd)
            {
                low = middle + 1;
            }
            else
            {
                return paragraph;
            }
        }

        return null;
    }

    private static void Add(List<Paragraph> paragraphs, string where, EquatableArray<BodyBlock> blocks, string text, Dictionary<int, string> roles)
    {
        foreach (var block in blocks)
        {
            var signature = block switch
            {
                OperativeParagraph operative => "operative paragraph " + operative.DisplayNumber
                    + (roles.TryGetValue(operative.Span.Start, out var role) ? role : ", adopted text"),
                TextParagraph paragraph => "paragraph " + paragraph.Label,
                Heading heading => "heading " + heading.Level,
                _ => block.GetType().Name,
            };
            paragraphs.Add(Make(block, where + " " + signature, Extent(block), text));
        }
    }

    /// <summary>The block's span widened to its last subparagraph, which the reader may place on lines of its own.</summary>
    private static SourceSpan Extent(BodyBlock block)
    {
        var items = block switch
        {
            PreambularParagraph preambular => preambular.Subparagraphs,
            OperativeParagraph operative => operative.Subparagraphs,
            TextParagraph paragraph => paragraph.Subparagraphs,
            _ => default,
        };
        var end = block.Span.End;
        Widen(items, ref end);
        return end == block.Span.End ? block.Span : block.Span with { Length = end - block.Span.Start };
    }

    private static void Widen(EquatableArray<Subparagraph> items, ref int end)
    {
        foreach (var item in items)
        {
            if (item.Span.IsKnown)
            {
                end = Math.Max(end, item.Span.End);
            }

            Widen(item.Items, ref end);
        }
    }

    private static EquatableArray<BodyBlock> Filter(EquatableArray<BodyBlock> blocks, HashSet<int> kept)
    {
        var filtered = new List<BodyBlock>();
        foreach (var block in blocks)
        {
            if (kept.Contains(block.Span.Start))
            {
                filtered.Add(block);
            }
        }

        return new EquatableArray<BodyBlock>(filtered.ToArray());
    }

    private static Paragraph Make(object node, string where, SourceSpan span, string text)
    {
        var start = Math.Max(0, Math.Min(span.Start, text.Length));
        var end = Math.Max(start, Math.Min(span.End, text.Length));
        var linesStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        var newline = end > start && text[end - 1] == '\n' ? end - 1 : text.IndexOf('\n', end);
        var linesEnd = newline < 0 ? text.Length : newline + 1;
        var key = new ParagraphKey(where, text.Substring(linesStart, linesEnd - linesStart), start - linesStart, span.Length);
        return new Paragraph(node, span, linesStart, linesEnd, key);
    }

    private static void AppendLines(StringBuilder frame, string text, int from, int to)
    {
        var line = from;
        while (line < to)
        {
            var end = text.IndexOf('\n', line, to - line);
            var next = end < 0 ? to : end + 1;
            if (!string.IsNullOrWhiteSpace(text.Substring(line, next - line)))
            {
                frame.Append(text, line, next - line);
            }

            line = next;
        }
    }

    /// <summary>A paragraph: its node, its span, the whole lines it stands on, and its key.</summary>
    public sealed record Paragraph(object Node, SourceSpan Span, int LinesStart, int LinesEnd, ParagraphKey Key);
}

/// <summary>
/// What a paragraph rule's findings on a paragraph are a function of: where it stands (preamble, operative part,
/// annex, footnote), what it is (its number), the whole lines it stands on, its span within them, and how many notes
/// were first referenced before it (superscript digits in its lines read as the note printed with that number).
/// </summary>
internal readonly record struct ParagraphKey(string Where, string Lines, int Offset, int Length, int NotesBefore = 0);

using System.Globalization;
using System.Text;

namespace DraftingKit.Model;

/// <summary>
/// A readable, span-free outline of a document, one node a line. Two documents with the same outline hold the
/// same text and structure whatever files they came from: the round-trip and import tests compare outlines, and
/// a failing comparison shows the first line that differs.
/// </summary>
public static class ModelDump
{
    /// <summary>The outline of <paramref name="document"/>.</summary>
    public static string Write(ResolutionDocument document)
    {
        var builder = new StringBuilder();
        var header = document.Header;
        Line(builder, 0, "header", string.Join(" | ", new[]
        {
            header.Kind.ToString(), header.Status.ToString(), header.Organ.Name, header.Symbol, header.Number, header.Label,
            header.Session?.ToString(CultureInfo.InvariantCulture), header.AgendaItem, header.AgendaTitle, header.Distribution,
            header.Issued?.ToIsoString(), header.OriginalLanguage, header.Adopted?.ToIsoString(), header.Reference, header.Title, header.Meeting,
        }) + (header.Sponsors is { } sponsors ? " | sponsors: " + sponsors : string.Empty)
            + (header.Language.IsEnglish ? string.Empty : " | language: " + header.Language.Code));
        foreach (var part in document.Parts)
        {
            Line(builder, 0, "part", (part.Designation ?? "-") + (part.DesignationNote is { } note ? " " + Inline(note) : string.Empty));
            if (part.Title is { } title)
            {
                Line(builder, 1, "title", Inline(title));
            }

            if (part.Formula is { } formula)
            {
                Line(builder, 1, formula.RunsOn ? "formula (runs on)" : "formula", Inline(formula.Text));
            }

            Blocks(builder, 1, "preamble", part.Preamble);
            Blocks(builder, 1, "operative", part.OperativePart);
        }

        foreach (var annex in document.Annexes)
        {
            Line(builder, 0, "annex", annex.Label);
            if (annex.Title is { } title)
            {
                Line(builder, 1, "title", Inline(title));
            }

            Blocks(builder, 1, "body", annex.Blocks);
        }

        foreach (var footnote in document.Footnotes)
        {
            Line(builder, 0, "footnote " + footnote.Label, Inline(footnote.Text));
        }

        return builder.ToString();
    }

    /// <summary>Inline text with its formatting marked: <c>*italic*</c>, <c>**bold**</c>, <c>[link→target]</c>, <c>[^label]</c>.</summary>
    public static string Inline(InlineText text)
    {
        var writer = new MarkedText();
        writer.Walk(text);
        return writer.Builder.ToString();
    }

    private static void Blocks(StringBuilder builder, int depth, string section, EquatableArray<BodyBlock> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case PreambularParagraph paragraph:
                    Line(builder, depth, section + " paragraph", Inline(paragraph.Text));
                    Items(builder, depth + 1, paragraph.Subparagraphs);
                    break;
                case OperativeParagraph paragraph:
                    Line(builder, depth, section + " paragraph " + (paragraph.DisplayNumber.Length == 0 ? "(unnumbered)" : paragraph.DisplayNumber), Inline(paragraph.Text));
                    Items(builder, depth + 1, paragraph.Subparagraphs);
                    break;
                case TextParagraph paragraph:
                    Line(builder, depth, section + " text " + (paragraph.Label ?? "-"), Inline(paragraph.Text));
                    Items(builder, depth + 1, paragraph.Subparagraphs);
                    break;
                case Heading heading:
                    Line(builder, depth, section + " heading " + heading.Level.ToString(CultureInfo.InvariantCulture), Inline(heading.Text));
                    break;
                case Table table:
                    foreach (var row in table.Rows)
                    {
                        var cells = new string[row.Cells.Count];
                        for (var i = 0; i < cells.Length; i++)
                        {
                            cells[i] = Inline(row.Cells[i]) + (row.SpanOf(i) > 1 ? " {span " + row.SpanOf(i).ToString(CultureInfo.InvariantCulture) + "}" : string.Empty);
                        }

                        Line(builder, depth, section + (row.IsHeader ? " table header" : " table row"), string.Join(" | ", cells));
                    }

                    break;
            }
        }
    }

    private static void Items(StringBuilder builder, int depth, EquatableArray<Subparagraph> items)
    {
        foreach (var item in items)
        {
            Line(builder, depth, "item " + item.Style + " " + (item.DisplayLabel.Length == 0 ? "-" : item.DisplayLabel), Inline(item.Text));
            Items(builder, depth + 1, item.Items);
        }
    }

    private static void Line(StringBuilder builder, int depth, string kind, string? text) =>
        builder.Append(' ', depth * 2).Append(kind).Append(": ").Append(text).Append('\n');

    private sealed class MarkedText : InlineWalker
    {
        public StringBuilder Builder { get; } = new();

        protected override void VisitText(TextRun run) => Builder.Append(run.Text);

        protected override void VisitEmphasis(Emphasis emphasis) => Around("*", emphasis.Content, "*");

        protected override void VisitStrongEmphasis(StrongEmphasis strong) => Around("**", strong.Content, "**");

        protected override void VisitLink(DocumentLink link) => Around("[", link.Content, "→" + link.Target + "]");

        protected override void VisitFootnoteReference(FootnoteReference reference) => Builder.Append("[^").Append(reference.Label).Append(']');

        private void Around(string open, InlineText content, string close)
        {
            Builder.Append(open);
            Walk(content);
            Builder.Append(close);
        }
    }
}

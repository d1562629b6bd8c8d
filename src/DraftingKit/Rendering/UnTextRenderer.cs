using System.Text;
using DraftingKit.Model;

namespace DraftingKit.Rendering;

/// <summary>
/// Renders a document as UN-format plain text: the header block, the title line, the formula, preambular and
/// numbered operative paragraphs, subparagraphs, annexes, the closing meeting and date, and the footnotes after
/// the body, each opening with its superscript marker. Paragraphs are separated by one blank line; output is
/// byte-identical for the same model on any machine (LF line ends, no culture-dependent formatting).
/// </summary>
public static class UnTextRenderer
{
    /// <summary>The document as UN-format plain text.</summary>
    public static string Render(ResolutionDocument document) => Render(document, FootnoteNumbering.For(document));

    /// <summary>The document as UN-format plain text, its footnotes numbered as <paramref name="numbering"/> says.</summary>
    public static string Render(ResolutionDocument document, FootnoteNumbering numbering)
    {
        var writer = new ParagraphWriter();
        var header = document.Header;

        if (HeaderLines.HasHeaderBlock(header))
        {
            writer.Paragraph(HeaderLines.Masthead(header).ToArray());
            writer.Paragraph(new[] { HeaderLines.SessionLine(header), HeaderLines.AgendaLine(header) }.Concat(HeaderLines.AgendaTitles(header)).ToList());
        }

        writer.Paragraph(HeaderLines.SponsorsLine(header));
        writer.Paragraph(HeaderLines.AdoptionLine(header, document.Parts.Count));
        writer.Paragraph(HeaderLines.ReferenceLine(header));
        writer.Paragraph(header.Label);
        writer.Paragraph(HeaderLines.TitleLine(header));

        var multiPart = document.Parts.Count > 1;
        foreach (var part in document.Parts)
        {
            writer.Paragraph(part.Designation is { } designation && part.DesignationNote is { } note ? designation + Inline(note, numbering) : part.Designation);
            if (part.Title is { } partTitle)
            {
                writer.Paragraph(Inline(partTitle, numbering));
            }

            var operative = part.OperativePart;
            var skipFirstOperative = false;
            if (part.Formula is { } formula)
            {
                if (formula.RunsOn && operative.Count > 0 && operative[0] is OperativeParagraph first)
                {
                    writer.Paragraph(Inline(formula.Text, numbering) + " " + Inline(first.Text, numbering));
                    Subparagraphs(writer, first.Subparagraphs, numbering);
                    skipFirstOperative = true;
                }
                else
                {
                    writer.Paragraph(Inline(formula.Text, numbering));
                }
            }

            Blocks(writer, part.Preamble, numbering);
            Blocks(writer, skipFirstOperative ? Skip(operative) : operative, numbering);
            if (multiPart)
            {
                writer.Paragraph(HeaderLines.Closing(header).ToArray());
            }
        }

        if (!multiPart)
        {
            writer.Paragraph(HeaderLines.Closing(header).ToArray());
        }

        foreach (var annex in document.Annexes)
        {
            writer.Paragraph(annex.Label);
            if (annex.Title is { } annexTitle)
            {
                writer.Paragraph(Inline(annexTitle, numbering));
            }

            Blocks(writer, annex.Blocks, numbering);
        }

        foreach (var footnote in numbering.Ordered)
        {
            writer.Paragraph(Mark(footnote.Label, label => numbering.NumberOf(label) ?? 0) + " " + Inline(footnote.Text, numbering));
        }

        return writer.ToString();
    }

    /// <summary>Inline text as plain text, with footnote markers as superscript numbers.</summary>
    public static string Inline(InlineText text, FootnoteNumbering numbering)
    {
        var builder = new StringBuilder();
        Append(builder, text, numbering);
        return builder.ToString();
    }

    private static EquatableArray<BodyBlock> Skip(EquatableArray<BodyBlock> blocks) =>
        EquatableArray.From(blocks.Skip(1));

    private static void Blocks(ParagraphWriter writer, EquatableArray<BodyBlock> blocks, FootnoteNumbering numbering)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case PreambularParagraph paragraph:
                    writer.Paragraph(Inline(paragraph.Text, numbering));
                    Subparagraphs(writer, paragraph.Subparagraphs, numbering);
                    break;
                case OperativeParagraph paragraph:
                    writer.Paragraph(Labelled(paragraph.DisplayNumber, Inline(paragraph.Text, numbering)));
                    Subparagraphs(writer, paragraph.Subparagraphs, numbering);
                    break;
                case TextParagraph paragraph:
                    writer.Paragraph(Labelled(paragraph.DisplayLabel, Inline(paragraph.Text, numbering)));
                    Subparagraphs(writer, paragraph.Subparagraphs, numbering);
                    break;
                case Heading heading:
                    writer.Paragraph(Inline(heading.Text, numbering));
                    break;
                case Table table:
                    writer.Paragraph(table.Rows.Select(row => string.Join("\t", row.Cells.Select(cell => Inline(cell, numbering)))).ToArray());
                    break;
            }
        }
    }

    private static void Subparagraphs(ParagraphWriter writer, EquatableArray<Subparagraph> items, FootnoteNumbering numbering)
    {
        foreach (var item in items)
        {
            writer.Paragraph(Labelled(item.DisplayLabel, Inline(item.Text, numbering)));
            Subparagraphs(writer, item.Items, numbering);
        }
    }

    private static string Labelled(string label, string text) => label.Length == 0 ? text : label + " " + text;

    private static void Append(StringBuilder builder, InlineText text, FootnoteNumbering numbering) =>
        Append(builder, text, label => numbering.NumberOf(label) ?? 0);

    /// <summary>
    /// The text as printed: emphasis and links as their words, a footnote reference as the superscript number
    /// <paramref name="noteNumber"/> gives its label (the report renderer numbers by the report's scheme).
    /// </summary>
    internal static void Append(StringBuilder builder, InlineText text, System.Func<string, int> noteNumber) =>
        new PrintedText(builder, noteNumber).Walk(text);

    private sealed class PrintedText : InlineWalker
    {
        private readonly StringBuilder builder;
        private readonly System.Func<string, int> noteNumber;

        public PrintedText(StringBuilder builder, System.Func<string, int> noteNumber)
        {
            this.builder = builder;
            this.noteNumber = noteNumber;
        }

        protected override void VisitText(TextRun run) => builder.Append(run.Text);

        protected override void VisitFootnoteReference(FootnoteReference reference) =>
            builder.Append(Mark(reference.Label, noteNumber));
    }

    /// <summary>A note's mark as the UN's text gives it: the number in superscript, or the note's symbol ("*").</summary>
    private static string Mark(string label, System.Func<string, int> noteNumber) =>
        FootnoteMark.Of(label) ?? Numerals.ToSuperscript(noteNumber(label));

    /// <summary>Collects paragraphs (groups of lines) and joins them with blank lines.</summary>
    private sealed class ParagraphWriter
    {
        private readonly List<string> paragraphs = new();

        public void Paragraph(string? line)
        {
            if (!string.IsNullOrEmpty(line))
            {
                paragraphs.Add(line!);
            }
        }

        public void Paragraph(IReadOnlyList<string?> lines)
        {
            var present = lines.Where(line => !string.IsNullOrEmpty(line)).ToArray();
            if (present.Length > 0)
            {
                paragraphs.Add(string.Join("\n", present));
            }
        }

        public override string ToString() => paragraphs.Count == 0 ? string.Empty : string.Join("\n\n", paragraphs) + "\n";
    }
}

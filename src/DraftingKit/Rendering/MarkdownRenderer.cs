using System.Globalization;
using System.Text;
using DraftingKit.Model;
using DraftingKit.Templates;

namespace DraftingKit.Rendering;

/// <summary>
/// Writes a document back as a <c>*.res.md</c> template: front matter and the body in the template format. The
/// output reads back into the same model (the round trip the tests check), so it is also the format the
/// importer writes.
/// </summary>
public static class MarkdownRenderer
{
    /// <summary>The document as a template.</summary>
    public static string Render(ResolutionDocument document)
    {
        var output = new StringBuilder();
        WriteFrontMatter(output, document.Header);
        var blocks = new BodyWriter(label => label, 1, FootnoteNumbering.For(document)).Document(document, document.Footnotes);
        output.Append(string.Join("\n\n", blocks));
        output.Append('\n');
        return output.ToString();
    }

    /// <summary>
    /// The body of <paramref name="document"/> as Markdown blocks, without front matter, for a text included in a
    /// larger Markdown document (a report): footnote labels are the numbers <paramref name="numbering"/> prints, after
    /// <paramref name="labelPrefix"/> (Markdown footnote labels are unique in a document, so a text whose notes restart
    /// at 1 needs a prefix of its own), with the definitions in printed order; headings go
    /// <paramref name="headingOffset"/> levels deeper than in a template ("# A" becomes a level 1 + offset heading).
    /// </summary>
    public static IReadOnlyList<string> BodyBlocks(ResolutionDocument document, FootnoteNumbering numbering, string labelPrefix, int headingOffset)
    {
        string Label(string label) => numbering.NumberOf(label) is int number ? labelPrefix + number.ToString(CultureInfo.InvariantCulture) : label;
        return new BodyWriter(Label, 1 + headingOffset).Document(document, numbering.Ordered);
    }

    /// <summary>Inline text in template Markdown: italics as <c>*…*</c>, footnotes as <c>[^label]</c>.</summary>
    public static string Inline(InlineText text) => new BodyWriter(label => label, 1).Inline(text);

    /// <summary>
    /// Plain text as a Markdown paragraph: escaped, and with what would start a list, heading or quote ("1. ", "# ")
    /// escaped at its start.
    /// </summary>
    public static string PlainParagraph(string text) => BodyWriter.EscapeBlockStart(Inline(InlineText.Plain(text)));

    /// <summary>Inline text with each footnote label written as <paramref name="noteLabel"/> gives it.</summary>
    public static string Inline(InlineText text, System.Func<string, string> noteLabel) => new BodyWriter(noteLabel, 1).Inline(text);

    private static void WriteFrontMatter(StringBuilder output, DocumentHeader header)
    {
        output.Append("---\n");
        Field(output, "kind", header.Kind == DocumentKind.Decision ? "decision" : "resolution");
        Field(output, "status", header.Status == DocumentStatus.Adopted ? "adopted" : "draft");
        Field(output, "organ", header.Organ.Name);
        Field(output, "symbol", header.Symbol);
        Field(output, "number", header.Number);
        Field(output, "label", header.Label);
        Field(output, "sponsors", header.Sponsors);
        Field(output, "session", header.Session?.ToString(CultureInfo.InvariantCulture));
        Field(output, "agenda-item", header.AgendaItem);
        Field(output, "agenda-title", header.AgendaTitle);
        Field(output, "distribution", header.Distribution);
        Field(output, "issued", header.Issued?.ToIsoString());
        Field(output, "original-language", header.OriginalLanguage);
        Field(output, "language", header.Language.IsEnglish ? null : header.Language.Code);
        Field(output, "adopted", header.Adopted?.ToIsoString());
        Field(output, "reference", header.Reference);
        Field(output, "title", header.Title);
        Field(output, "meeting", header.Meeting);
        Field(output, "akn-subparagraphs", header.AknSubparagraphs);
        Field(output, "akn-subparagraph-forms", header.AknSubparagraphExceptions);
        Field(output, "akn-headings", header.AknHeadings);
        Field(output, "akn-heading-forms", header.AknHeadingExceptions);
        Field(output, "akn-heading-containers", header.AknHeadingContainers);
        Field(output, "akn-bullets", header.AknBullets);
        Field(output, "akn-preamble-in-main-body", header.AknPreambleInMainBody);
        output.Append("---\n\n");
    }

    private static void Field(StringBuilder output, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        output.Append(key).Append(": ").Append(YamlScalar(value)).Append('\n');
    }

    /// <summary>A YAML scalar: plain when that is safe, otherwise double-quoted with escapes.</summary>
    private static string YamlScalar(string value)
    {
        var plain = value.Length > 0
            && char.IsLetterOrDigit(value[0])
            && value.Trim() == value
            && value.IndexOfAny(new[] { ':', '#', '"', '\'', '\\', '\n', '\r', '\t', '[', ']', '{', '}', ',' }) < 0
            && value is not ("true" or "false" or "null" or "yes" or "no" or "on" or "off" or "~");
        if (plain)
        {
            return value;
        }

        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    /// <summary>Writes body blocks and inline text, with footnote labels mapped and headings at a given depth.</summary>
    private sealed class BodyWriter
    {
        private readonly System.Func<string, string> noteLabel;
        private readonly int headingBase;
        private readonly FootnoteNumbering? repeats;
        private readonly HashSet<string> referenced = new(System.StringComparer.Ordinal);

        /// <param name="noteLabel">The label a footnote is written with.</param>
        /// <param name="headingBase">The level of a template's "#" heading.</param>
        /// <param name="repeats">
        /// When given, a footnote referenced again is written as its printed number in superscript digits
        /// ("thereto,¹"), as the UN prints a repeated reference: a general Markdown viewer shows a second "[^1]" as a
        /// note of its own, and the template reader reads the superscript number back as the note it prints.
        /// </param>
        public BodyWriter(System.Func<string, string> noteLabel, int headingBase, FootnoteNumbering? repeats = null)
        {
            this.noteLabel = noteLabel;
            this.headingBase = headingBase;
            this.repeats = repeats;
        }

        public List<string> Document(ResolutionDocument document, IEnumerable<Footnote> footnotes)
        {
            var blocks = new List<string>();

            foreach (var part in document.Parts)
            {
                if (part.Designation is { } designation)
                {
                    blocks.Add(Hashes(0) + designation + (part.DesignationNote is { } note ? Inline(note) : string.Empty));
                    if (part.Title is { } partTitle)
                    {
                        blocks.Add(Hashes(1) + Inline(partTitle));
                    }
                }

                var operative = part.OperativePart.ToList();
                if (part.Formula is { } formula)
                {
                    if (formula.RunsOn && operative.Count > 0 && operative[0] is OperativeParagraph first)
                    {
                        blocks.Add(EscapeBlockStart(Inline(formula.Text)) + " " + Inline(first.Text));
                        Subparagraphs(blocks, first.Subparagraphs, string.Empty);
                        operative.RemoveAt(0);
                    }
                    else
                    {
                        blocks.Add(EscapeBlockStart(Inline(formula.Text)));
                    }
                }

                Blocks(blocks, part.Preamble);
                Blocks(blocks, operative);
            }

            foreach (var annex in document.Annexes)
            {
                blocks.Add(Hashes(0) + annex.Label);
                if (annex.Title is { } annexTitle)
                {
                    blocks.Add(Hashes(1) + Inline(annexTitle));
                }

                Blocks(blocks, annex.Blocks);
            }

            foreach (var footnote in footnotes)
            {
                blocks.Add("[^" + noteLabel(footnote.Label) + "]: " + Inline(footnote.Text));
            }

            return blocks;
        }

        private string Hashes(int depth) => new string('#', System.Math.Min(6, headingBase + depth)) + " ";

        private void Blocks(List<string> blocks, IEnumerable<BodyBlock> body)
        {
            foreach (var block in body)
            {
                switch (block)
                {
                    case PreambularParagraph paragraph:
                        blocks.Add(EscapeBlockStart(Inline(paragraph.Text)));
                        Subparagraphs(blocks, paragraph.Subparagraphs, string.Empty);
                        break;
                    case OperativeParagraph { Number: int number, NumberStyle: NumberStyle.Arabic, Addition: null } paragraph:
                    {
                        var marker = number.ToString(CultureInfo.InvariantCulture) + ". ";
                        if (paragraph.Text.IsEmpty && paragraph.Subparagraphs.Count > 0 && paragraph.Subparagraphs[0].Style is ListStyle.LowerLetter or ListStyle.LowerRoman)
                        {
                            // "11. (a) *Expresses* …": a paragraph with no words of its own prints its first subparagraph on
                            // its line; an empty list item would leave the items after it as code.
                            var items = new List<string>();
                            Subparagraphs(items, paragraph.Subparagraphs, new string(' ', marker.Length));
                            blocks.Add(marker + items[0].TrimStart(' ') + string.Concat(items.Skip(1).Select(text => "\n\n" + text)));
                            break;
                        }

                        var item = new StringBuilder(marker + Inline(paragraph.Text));
                        AppendIndented(item, paragraph.Subparagraphs, new string(' ', marker.Length));
                        blocks.Add(item.ToString());
                        break;
                    }

                    case OperativeParagraph paragraph:
                        blocks.Add(paragraph.Number is null ? EscapeBlockStart(Inline(paragraph.Text)) : paragraph.DisplayNumber + " " + Inline(paragraph.Text));
                        Subparagraphs(blocks, paragraph.Subparagraphs, string.Empty);
                        break;
                    case TextParagraph { Label: { } label } paragraph when IsNumber(label):
                    {
                        var marker = label + ". ";
                        var item = new StringBuilder(marker + Inline(paragraph.Text));
                        AppendIndented(item, paragraph.Subparagraphs, new string(' ', marker.Length));
                        blocks.Add(item.ToString());
                        break;
                    }

                    case TextParagraph { Label: { } label } paragraph when TextParagraphLabel.CanWrite(label):
                        // "l. *Decides* …", "4.10. …": the label as printed; the reader takes it back (TextParagraphLabel).
                        blocks.Add(label + ". " + Inline(paragraph.Text));
                        Subparagraphs(blocks, paragraph.Subparagraphs, string.Empty);
                        break;
                    case TextParagraph paragraph:
                        blocks.Add(EscapeBlockStart((paragraph.Label is null ? string.Empty : paragraph.DisplayLabel + " ") + Inline(paragraph.Text)));
                        Subparagraphs(blocks, paragraph.Subparagraphs, string.Empty);
                        break;
                    case Heading heading:
                        blocks.Add(new string('#', System.Math.Min(6, heading.Level + headingBase)) + " " + Inline(heading.Text));
                        break;
                    case Table table:
                        blocks.Add(TableText(table));
                        break;
                }
            }
        }

        private static bool IsNumber(string label) => label.Length is > 0 and < 10 && label.All(c => c is >= '0' and <= '9');

        /// <summary>Subparagraphs as top-level paragraphs "(a) …"; the reader nests them again by their labels.</summary>
        private void Subparagraphs(List<string> blocks, EquatableArray<Subparagraph> items, string indent)
        {
            foreach (var item in items)
            {
                if (item.Style == ListStyle.Decimal)
                {
                    var marker = item.Label + ". ";
                    var text = new StringBuilder(indent + marker + Inline(item.Text));
                    AppendIndented(text, item.Items, indent + new string(' ', marker.Length));
                    blocks.Add(text.ToString());
                    continue;
                }

                blocks.Add(indent + Labelled(item));
                Subparagraphs(blocks, item.Items, indent);
            }
        }

        /// <summary>Subparagraphs inside a list item, indented under its marker.</summary>
        private void AppendIndented(StringBuilder output, EquatableArray<Subparagraph> items, string indent)
        {
            var paragraphs = new List<string>();
            Subparagraphs(paragraphs, items, indent);
            foreach (var paragraph in paragraphs)
            {
                output.Append("\n\n").Append(paragraph);
            }
        }

        private string Labelled(Subparagraph item) =>
            item.Style == ListStyle.Unlabelled ? EscapeBlockStart(Inline(item.Text)) : item.DisplayLabel + " " + Inline(item.Text);

        private string TableText(Table table)
        {
            if (table.Rows.Count == 0)
            {
                return string.Empty;
            }

            var columns = table.Rows.Max(row => row.Width);
            string[] Written(TableRow row)
            {
                // A cell over several columns is followed by a "<" for each further column it spans (TableHeaderRows).
                var cells = new List<string>(columns);
                for (var i = 0; i < row.Cells.Count; i++)
                {
                    cells.Add(Inline(row.Cells[i]));
                    cells.AddRange(Enumerable.Repeat(TableHeaderRows.SpannedCell, row.SpanOf(i) - 1));
                }

                cells.AddRange(Enumerable.Repeat(string.Empty, columns - cells.Count));
                return cells.ToArray();
            }

            var rule = Enumerable.Repeat("---", columns).ToArray();
            var headerRows = table.Rows.TakeWhile(row => row.IsHeader).Count();

            // A pipe table has one header line: further header rows stand between the delimiter line and a second
            // rule, and a table without a header row opens with a blank header line (TableHeaderRows).
            var lines = new List<string[]> { headerRows == 0 ? new string[columns] : Written(table.Rows[0]), rule };
            var body = table.Rows.Skip(System.Math.Max(1, headerRows)).Select(Written).ToList();
            if (headerRows == 0)
            {
                body.Insert(0, Written(table.Rows[0]));
            }
            else
            {
                lines.AddRange(table.Rows.Skip(1).Take(headerRows - 1).Select(Written).Select(LiteralRow));
                if (headerRows > 1 || TableHeaderRows.IsBlank(lines[0]))
                {
                    lines.Add(rule);
                }
            }

            lines.AddRange(body.Select(LiteralRow));
            return string.Join("\n", lines.Select(cells => "| " + string.Join(" | ", cells.Select(cell => cell ?? string.Empty)) + " |"));
        }

        /// <summary>A row whose cells are all dashes is escaped, so that it is not read as the rule that closes the header.</summary>
        private static string[] LiteralRow(string[] cells)
        {
            if (TableHeaderRows.IsRule(cells))
            {
                cells[0] = "\\" + cells[0].TrimStart();
            }

            return cells;
        }

        public string Inline(InlineText text)
        {
            var builder = new StringBuilder();
            Append(builder, text);
            return InlineSeparators.Resolve(builder.ToString());
        }

        private void Append(StringBuilder builder, InlineText text)
        {
            Inline? previous = null;
            foreach (var inline in text.Inlines)
            {
                // "[^3][^4]" reads as one reference-style link; two markers in a row are kept apart.
                // "![^1]" or "![text](…)" reads as an image: a "!" before a marker or a link is kept apart too.
                // "[^1](…" reads as a link: a marker before an opening parenthesis likewise.
                if ((inline is FootnoteReference or DocumentLink && (previous is FootnoteReference || (builder.Length > 0 && builder[builder.Length - 1] == '!')))
                    || (previous is FootnoteReference && inline is TextRun { Text: var after } && after.StartsWith("(", System.StringComparison.Ordinal)))
                {
                    builder.Append(InlineSeparators.Separator);
                }

                previous = inline;
                switch (inline)
                {
                    case TextRun run:
                        builder.Append(Escape(run.Text));
                        break;
                    case Emphasis emphasis:
                        Delimit(builder, emphasis.Content, "*");
                        break;
                    case StrongEmphasis strong:
                        Delimit(builder, strong.Content, "**");
                        break;
                    case DocumentLink link:
                        builder.Append('[');
                        Append(builder, link.Content);
                        builder.Append("](").Append(LinkTarget(link)).Append(')');
                        break;
                    case FootnoteReference reference when !referenced.Add(reference.Label) && RepeatedMarker(builder, reference) is { } marker:
                        builder.Append(marker);
                        break;
                    case FootnoteReference reference:
                        builder.Append("[^").Append(noteLabel(reference.Label)).Append(']');
                        break;
                }
            }
        }

        /// <summary>
        /// A repeated reference as the superscript digits of its printed number, where the template reader reads them
        /// as a marker: straight after a letter or punctuation (not after white space, a digit or another marker).
        /// </summary>
        private string? RepeatedMarker(StringBuilder builder, FootnoteReference reference)
        {
            if (repeats?.NumberOf(reference.Label) is not int number || builder.Length == 0)
            {
                return null;
            }

            var before = builder[builder.Length - 1];
            return char.IsWhiteSpace(before) || char.IsDigit(before) || before == ']' || InlineSeparators.IsMark(before) || before == '>'
                ? null
                : Numerals.ToSuperscript(number);
        }

        private static string LinkTarget(DocumentLink link)
        {
            var target = link.Target == link.Content.PlainText ? "#" : link.Target;
            return target.IndexOfAny(new[] { ' ', '(', ')', '<', '>' }) >= 0 ? "<" + target.Replace("<", "%3C").Replace(">", "%3E") + ">" : target;
        }

        /// <summary>
        /// Wraps emphasis in delimiters so that CommonMark reads back exactly this emphasis, whatever stands at its
        /// edges and around it: where a delimiter could not open or close (punctuation inside, a letter
        /// outside: "*… 2002 (*United") or would join another delimiter, an empty HTML comment separates them
        /// (<see cref="InlineSeparators"/>).
        /// </summary>
        private void Delimit(StringBuilder builder, InlineText content, string delimiter)
        {
            var inner = new StringBuilder();
            Append(inner, content);
            if (inner.ToString().Trim().Length == 0)
            {
                // Emphasis on white space alone is nothing a reader sees (the import never makes it); its spaces stay.
                builder.Append(inner);
                return;
            }

            // White space at an edge stands outside the delimiters (a delimiter next to white space neither opens
            // nor closes, and Markdig reads a character reference there as the space itself): the model's normal
            // form, which the import and the template reader also keep.
            var written = inner.ToString();
            var text = written.Trim();
            var leading = written.Substring(0, written.IndexOf(text, System.StringComparison.Ordinal));
            var trailing = written.Substring(leading.Length + text.Length);
            builder.Append(leading).Append(InlineSeparators.BeforeOpening(text)).Append(delimiter).Append(text).Append(delimiter).Append(InlineSeparators.AfterClosing(text)).Append(trailing);
        }

        /// <summary>Escapes the characters that Markdown would read as formatting inside a paragraph.</summary>
        private static string Escape(string text)
        {
            var builder = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                // A superscript digit in the text is written as a character reference: typed, it would read as a marker.
                if (InlineSeparators.IsMark(c) || Numerals.IsSuperscriptDigit(c))
                {
                    // The writer's own marks, should a text hold them, are written as character references.
                    builder.Append("&#x").Append(((int)c).ToString("X", System.Globalization.CultureInfo.InvariantCulture)).Append(';');
                    continue;
                }

                // "&amp;" or "&#160;" typed in the text is text, not a character reference.
                if (c is '\\' or '*' or '_' or '[' or ']' or '`' or '<' or '|' || (c == '&' && StartsReference(text, i + 1)))
                {
                    builder.Append('\\');
                }

                builder.Append(c);
            }

            return builder.ToString();
        }

        /// <summary>True when "&amp;" followed by the text at <paramref name="start"/> reads as a character reference ("&amp;amp;", "&amp;#160;").</summary>
        private static bool StartsReference(string text, int start)
        {
            var i = start;
            if (i < text.Length && text[i] == '#')
            {
                i++;
            }

            var first = i;
            while (i < text.Length && i - first < 32 && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            return i > first && i < text.Length && text[i] == ';';
        }

        /// <summary>
        /// Escapes what Markdown would read as the start of a list, heading or quote when it opens a paragraph:
        /// "1. ", "- ", "# ", "> "; and what the template reader would read as a paragraph's label, "l. ", "iv. ",
        /// "4.10. " (TextParagraphLabel), as "l\. ".
        /// </summary>
        public static string EscapeBlockStart(string text)
        {
            if (text.Length == 0)
            {
                return text;
            }

            if (TextParagraphLabel.Read(text) is { } label)
            {
                return text.Substring(0, label.Label.Length) + "\\" + text.Substring(label.Label.Length);
            }

            var digits = 0;
            while (digits < text.Length && digits < 10 && char.IsDigit(text[digits]))
            {
                digits++;
            }

            if (digits > 0 && digits + 1 < text.Length && text[digits] is '.' or ')' && (text[digits + 1] == ' '))
            {
                return text.Substring(0, digits) + "\\" + text.Substring(digits);
            }

            if (text[0] is '-' or '+' or '#' or '>' or '=' && (text.Length == 1 || text[1] == ' ' || text[0] == '#' || text[0] == '='))
            {
                return "\\" + text;
            }

            return text;
        }
    }
}

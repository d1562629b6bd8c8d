using System.Globalization;
using DraftingKit.Model;
using DraftingKit.Rendering;

namespace DraftingKit.Comparison;

/// <summary>
/// Cuts a document into the <see cref="TextUnit"/>s a comparison aligns, in the order and the Word styles in which
/// <see cref="DocxRenderer"/> prints them: header lines, title, formula, preambular and operative paragraphs with
/// each subparagraph a unit of its own, headings, table rows, closing lines and annexes.
/// </summary>
internal static class DocumentUnits
{
    /// <summary>The footnotes of <paramref name="document"/> as units, in printed order, with their labels.</summary>
    public static List<(string Label, TextUnit Unit)> Notes(ResolutionDocument document)
    {
        var numbering = FootnoteNumbering.For(document);
        var notes = new List<(string, TextUnit)>();
        foreach (var footnote in numbering.Ordered)
        {
            var number = numbering.NumberOf(footnote.Label) ?? 0;
            var tokens = WordTokens.Of(footnote.Text, label => label);
            notes.Add((footnote.Label, new TextUnit(ComparedSection.Footnotes, Roles.Note, DocxStyles.FootnoteText, string.Empty, tokens, "footnote " + number.ToString(CultureInfo.InvariantCulture))));
        }

        return notes;
    }

    /// <summary>The body of <paramref name="document"/> as units; <paramref name="noteKey"/> gives the key of a footnote label.</summary>
    public static List<TextUnit> Body(ResolutionDocument document, Func<string, string> noteKey)
    {
        var units = new List<TextUnit>();
        var header = document.Header;
        void Line(string role, string style, string? text)
        {
            if (!string.IsNullOrEmpty(text))
            {
                units.Add(new TextUnit(ComparedSection.Header, role, style, string.Empty, WordTokens.Of(text!), role));
            }
        }

        if (HeaderLines.HasHeaderBlock(header))
        {
            foreach (var line in HeaderLines.MastheadLines(header))
            {
                var style = line.Kind switch
                {
                    HeaderLineKind.Symbol => DocxStyles.Symbol,
                    HeaderLineKind.Organ => DocxStyles.Organ,
                    _ => DocxStyles.Distribution,
                };
                Line(line.Kind.ToString().ToLowerInvariant(), style, line.Text);
            }

            Line("session", DocxStyles.Session, HeaderLines.SessionLine(header));
            Line("agenda item", DocxStyles.AgendaItem, HeaderLines.AgendaLine(header));
            foreach (var title in HeaderLines.AgendaTitles(header))
            {
                Line("agenda title", DocxStyles.AgendaTitle, title);
            }
        }

        Line("adoption line", DocxStyles.AdoptionLine, HeaderLines.AdoptionLine(header, document.Parts.Count));
        Line("reference line", DocxStyles.ReferenceLine, HeaderLines.ReferenceLine(header));
        Line("label", DocxStyles.DraftLabel, header.Label);
        AddTitle(units, header);

        var cutter = new BlockCutter(units, noteKey);
        var multiPart = document.Parts.Count > 1;
        foreach (var part in document.Parts)
        {
            var partName = part.Designation is { } letter ? "part " + letter + " " : string.Empty;
            if (part.Designation is { } designation)
            {
                var tokens = WordTokens.Of(designation);
                if (part.DesignationNote is { } note)
                {
                    tokens.AddRange(WordTokens.Of(note, noteKey));
                }

                units.Add(new TextUnit(ComparedSection.Header, "part designation", DocxStyles.PartDesignation, string.Empty, tokens, "part designation"));
            }

            if (part.Title is { } partTitle)
            {
                units.Add(new TextUnit(ComparedSection.Header, "part title", DocxStyles.PartTitle, string.Empty, WordTokens.Of(partTitle, noteKey), partName + "title"));
            }

            var operative = new List<BodyBlock>(part.OperativePart);
            if (part.Formula is { } formula)
            {
                if (formula.RunsOn && operative.Count > 0 && operative[0] is OperativeParagraph first)
                {
                    var tokens = WordTokens.Of(formula.Text, noteKey);
                    tokens.AddRange(WordTokens.Of(" "));
                    tokens.AddRange(WordTokens.Of(first.Text, noteKey));
                    units.Add(new TextUnit(ComparedSection.Operative, Roles.Paragraph, DocxStyles.TextParagraph, string.Empty, tokens, partName + "operative paragraph"));
                    cutter.Subparagraphs(ComparedSection.Operative, first.Subparagraphs, 1, partName + "operative paragraph");
                    operative.RemoveAt(0);
                }
                else
                {
                    units.Add(new TextUnit(ComparedSection.Header, "formula", DocxStyles.Formula, string.Empty, WordTokens.Of(formula.Text, noteKey), partName + "enacting formula"));
                }
            }

            cutter.Blocks(ComparedSection.Preamble, part.Preamble, partName);
            cutter.Blocks(ComparedSection.Operative, operative, partName);
            if (multiPart)
            {
                AddClosing(units, header);
            }
        }

        if (!multiPart)
        {
            AddClosing(units, header);
        }

        foreach (var annex in document.Annexes)
        {
            units.Add(new TextUnit(ComparedSection.Annex, "annex label", DocxStyles.AnnexLabel, string.Empty, WordTokens.Of(annex.Label), annex.Label.ToLowerInvariant()));
            if (annex.Title is { } annexTitle)
            {
                units.Add(new TextUnit(ComparedSection.Annex, "annex title", DocxStyles.AnnexTitle, string.Empty, WordTokens.Of(annexTitle, noteKey), annex.Label.ToLowerInvariant() + " title"));
            }

            cutter.Blocks(ComparedSection.Annex, annex.Blocks, annex.Label.ToLowerInvariant() + " ");
        }

        return units;
    }

    /// <summary>"74/177." hangs as a label before the title, as <see cref="DocxRenderer"/> prints it.</summary>
    private static void AddTitle(List<TextUnit> units, DocumentHeader header)
    {
        if (HeaderLines.TitleLine(header) is not { } line)
        {
            return;
        }

        if (header.Number is { } number && header.Title is not null && line.StartsWith(number + ". ", StringComparison.Ordinal))
        {
            units.Add(new TextUnit(ComparedSection.Header, "title", DocxStyles.Title, number + ".", WordTokens.Of(line.Substring(number.Length + 2)), "title"));
            return;
        }

        units.Add(new TextUnit(ComparedSection.Header, "title", DocxStyles.UnnumberedTitle, string.Empty, WordTokens.Of(line), "title"));
    }

    private static void AddClosing(List<TextUnit> units, DocumentHeader header)
    {
        var lines = new List<string>(HeaderLines.Closing(header));
        if (lines.Count > 0)
        {
            units.Add(new TextUnit(ComparedSection.Closing, "closing", DocxStyles.Closing, string.Empty, WordTokens.Of(string.Join("\n", lines)), "closing lines"));
        }
    }

    /// <summary>Cuts body blocks into units, numbering the paragraphs of each section as a reader counts them.</summary>
    private sealed class BlockCutter(List<TextUnit> units, Func<string, string> noteKey)
    {
        private int preambular;

        public void Blocks(ComparedSection section, IEnumerable<BodyBlock> blocks, string partName)
        {
            foreach (var block in blocks)
            {
                switch (block)
                {
                    case PreambularParagraph paragraph:
                        preambular++;
                        var name = partName + "preambular paragraph " + preambular.ToString(CultureInfo.InvariantCulture);
                        Add(section, Roles.Paragraph, DocxStyles.Preambular, string.Empty, paragraph.Text, name);
                        Subparagraphs(section, paragraph.Subparagraphs, 1, name);
                        break;
                    case OperativeParagraph paragraph:
                        var operativeName = partName + (section == ComparedSection.Operative ? "operative paragraph" : "paragraph") + (paragraph.Number is null ? string.Empty : " " + paragraph.DisplayNumber.TrimEnd('.'));
                        Add(section, Roles.Paragraph, paragraph.Number is null ? DocxStyles.TextParagraph : DocxStyles.Operative, paragraph.DisplayNumber, paragraph.Text, operativeName);
                        Subparagraphs(section, paragraph.Subparagraphs, 1, operativeName);
                        break;
                    case TextParagraph paragraph:
                        var textName = partName + "paragraph" + (paragraph.Label is { } label ? " " + label : string.Empty);
                        Add(section, Roles.Paragraph, paragraph.Label is null ? DocxStyles.TextParagraph : DocxStyles.NumberedParagraph, paragraph.Label is null ? string.Empty : paragraph.Label + ".", paragraph.Text, textName);
                        Subparagraphs(section, paragraph.Subparagraphs, 1, textName);
                        break;
                    case Heading heading:
                        Add(section, Roles.Heading, DocxStyles.HeadingAt(heading.Level), string.Empty, heading.Text, partName + "heading");
                        break;
                    case Table table:
                        // Every row fills the widest row's columns, a cell spanning columns counting for each, as
                        // DocxBodyWriter lays it out (w:gridSpan); a short row is padded with empty cells.
                        var columns = table.Rows.Count == 0 ? 0 : table.Rows.Max(row => row.Width);
                        foreach (var row in table.Rows)
                        {
                            var tokens = new List<WordToken>();
                            for (int cell = 0, column = 0; column < columns; cell++)
                            {
                                if (cell > 0)
                                {
                                    tokens.Add(new WordToken(TokenKind.Tab, string.Empty));
                                }

                                if (cell < row.Cells.Count)
                                {
                                    tokens.AddRange(WordTokens.Of(row.Cells[cell], noteKey));
                                }

                                column += cell < row.Cells.Count ? Math.Min(row.SpanOf(cell), columns - column) : 1;
                            }

                            units.Add(new TextUnit(section, Roles.TableRow, DocxStyles.TableText, string.Empty, tokens, partName + "table row"));
                        }

                        break;
                }
            }
        }

        public void Subparagraphs(ComparedSection section, IEnumerable<Subparagraph> items, int depth, string parent)
        {
            foreach (var item in items)
            {
                var name = parent + " " + item.DisplayLabel.TrimEnd('.');
                Add(section, Roles.Subparagraph, DocxStyles.SubparagraphAt(depth), item.DisplayLabel, item.Text, name);
                Subparagraphs(section, item.Items, depth + 1, name);
            }
        }

        private void Add(ComparedSection section, string role, string style, string label, InlineText text, string name) =>
            units.Add(new TextUnit(section, role, style, label, WordTokens.Of(text, noteKey), name));
    }
}

using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using DraftingKit.Model;
using DraftingKit.Templates;
using Emphasis = DraftingKit.Model.Emphasis;
using Footnote = DocumentFormat.OpenXml.Wordprocessing.Footnote;
using FootnoteReference = DraftingKit.Model.FootnoteReference;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace DraftingKit.Rendering;

/// <summary>
/// Builds the body and the footnotes of a DOCX rendering, block by block in reading order. A footnote is a real
/// Word footnote at its first reference; a later reference to the same footnote (the practice of texts before
/// 2020) is a NOTEREF field to a bookmark on the first, as Word's own cross-reference to a footnote is.
/// </summary>
internal sealed class DocxBodyWriter
{
    private const int PageWidth = 12240;
    private const int PageHeight = 15840;
    private const int Margin = 1080;

    private readonly ResolutionDocument document;
    private readonly FootnoteNumbering numbering;
    private readonly DocxOutput output;
    private readonly Dictionary<string, Model.Footnote> definitions = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, int> placed = new(System.StringComparer.Ordinal);
    private readonly Body body;

    public DocxBodyWriter(ResolutionDocument document)
        : this(document, FootnoteNumbering.For(document))
    {
    }

    // A text with a note the UN marks with a symbol writes every mark out, the numbers too (DocxOutput.WritesNoteNumbers).
    private DocxBodyWriter(ResolutionDocument document, FootnoteNumbering numbering)
        : this(document, numbering, new DocxOutput { WritesNoteNumbers = numbering.HasMarks })
    {
    }

    /// <summary>True when the notes carry their marks written out, as the style sheet must know.</summary>
    public bool WritesNoteNumbers => output.WritesNoteNumbers;

    /// <summary>
    /// A writer that adds <paramref name="document"/> to <paramref name="output"/>, which other texts may share,
    /// printing the footnote numbers <paramref name="numbering"/> gives (a report's scheme decides them).
    /// </summary>
    public DocxBodyWriter(ResolutionDocument document, FootnoteNumbering numbering, DocxOutput output)
    {
        this.document = document;
        this.numbering = numbering;
        this.output = output;
        body = output.Body;
        foreach (var footnote in document.Footnotes)
        {
            if (!definitions.ContainsKey(footnote.Label))
            {
                definitions.Add(footnote.Label, footnote);
            }
        }
    }

    /// <summary>The footnotes part content, filled while the body is written.</summary>
    public Footnotes Footnotes => output.Footnotes;

    /// <summary>
    /// Document settings: different heads on even and odd pages (<see cref="DocxPageFurniture"/>), the footnote
    /// separators and Word 2013+ layout (no compatibility mode).
    /// </summary>
    public static Settings Settings() => new(
        DocxPageFurniture.EvenAndOddHeaders(),
        new FootnoteDocumentWideProperties(
            new FootnoteSpecialReference { Id = -1 },
            new FootnoteSpecialReference { Id = 0 }),
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }));

    /// <summary>The whole document as one section carrying <paramref name="furniture"/> (<see cref="DocxPageFurniture"/>).</summary>
    public Document WriteDocument(IReadOnlyList<OpenXmlElement> furniture)
    {
        WriteText();
        body.Append(PageSection(furniture));
        return new Document(body);
    }

    /// <summary>
    /// A section on the page of a UN document (US Letter with the UN margins), its children in the order the schema
    /// requires. The first section carries the running heads and feet and a first page without them; a later
    /// section (<paramref name="furniture"/> empty) takes them over from it, as Word does.
    /// </summary>
    public static SectionProperties PageSection(IReadOnlyList<OpenXmlElement> furniture, FootnoteProperties? notes = null, bool continuous = false)
    {
        var section = new SectionProperties();
        foreach (var reference in furniture)
        {
            section.Append(reference.CloneNode(true));
        }

        if (notes is not null)
        {
            section.Append(notes);
        }

        if (continuous)
        {
            section.Append(new SectionType { Val = SectionMarkValues.Continuous });
        }

        section.Append(
            new PageSize { Width = PageWidth, Height = PageHeight },
            new PageMargin { Top = 1440, Right = Margin, Bottom = 1440, Left = Margin, Header = 720, Footer = 720, Gutter = 0 });
        if (furniture.Count > 0)
        {
            section.Append(DocxPageFurniture.TitlePage());
        }

        return section;
    }

    /// <summary>Adds the text's paragraphs and footnotes to the output, without the closing section properties.</summary>
    public void WriteText()
    {
        var header = document.Header;
        if (HeaderLines.HasHeaderBlock(header))
        {
            foreach (var line in HeaderLines.MastheadLines(header))
            {
                AddText(MastheadStyle(line.Kind), line.Text);
            }

            AddText(DocxStyles.Session, HeaderLines.SessionLine(header));
            AddText(DocxStyles.AgendaItem, HeaderLines.AgendaLine(header));
            foreach (var title in HeaderLines.AgendaTitles(header))
            {
                AddText(DocxStyles.AgendaTitle, title);
            }
        }

        AddText(DocxStyles.DraftLabel, HeaderLines.SponsorsLine(header));
        AddText(DocxStyles.AdoptionLine, HeaderLines.AdoptionLine(header, document.Parts.Count));
        AddReferenceLine(HeaderLines.ReferenceLine(header));
        AddText(DocxStyles.DraftLabel, header.Label);
        AddTitle(header);

        var multiPart = document.Parts.Count > 1;
        foreach (var part in document.Parts)
        {
            if (part.Designation is { } designation && part.DesignationNote is { } note)
            {
                // "B" with the footnote the UN sets on the designation of a part issued on its own.
                var text = new List<Inline> { new TextRun(designation, SourceSpan.None) };
                text.AddRange(note.Inlines);
                Add(DocxStyles.PartDesignation, paragraph => AppendInline(paragraph, new InlineText(EquatableArray.From(text))));
            }
            else
            {
                AddText(DocxStyles.PartDesignation, part.Designation);
            }
            if (part.Title is { } partTitle)
            {
                Add(DocxStyles.PartTitle, paragraph => AppendInline(paragraph, partTitle));
            }

            var operative = part.OperativePart.ToList();
            if (part.Formula is { } formula)
            {
                if (formula.RunsOn && operative.Count > 0 && operative[0] is OperativeParagraph first)
                {
                    Add(DocxStyles.TextParagraph, paragraph =>
                    {
                        AppendInline(paragraph, formula.Text);
                        paragraph.Append(TextRun(" "));
                        AppendInline(paragraph, first.Text);
                    });
                    Subparagraphs(first.Subparagraphs, 1);
                    operative.RemoveAt(0);
                }
                else
                {
                    Add(DocxStyles.Formula, paragraph => AppendInline(paragraph, formula.Text));
                }
            }

            Blocks(part.Preamble);
            Blocks(operative);
            if (multiPart)
            {
                AddClosing(header);
            }
        }

        if (!multiPart)
        {
            AddClosing(header);
        }

        foreach (var annex in document.Annexes)
        {
            AddText(DocxStyles.AnnexLabel, annex.Label);
            if (annex.Title is { } annexTitle)
            {
                Add(DocxStyles.AnnexTitle, paragraph => AppendInline(paragraph, annexTitle));
            }

            Blocks(annex.Blocks);
        }

        AddUnreferencedFootnotes();
    }

    /// <summary>"[on the report of the Third Committee (A/74/400)]": italic, with the square brackets in roman as the UN prints them.</summary>
    private void AddReferenceLine(string? line)
    {
        if (string.IsNullOrEmpty(line))
        {
            return;
        }

        Add(DocxStyles.ReferenceLine, paragraph =>
        {
            var text = line!;
            var open = text.StartsWith("[", System.StringComparison.Ordinal) ? 1 : 0;
            var close = text.EndsWith("]", System.StringComparison.Ordinal) && text.Length > open ? 1 : 0;
            if (open > 0)
            {
                paragraph.Append(RomanRun("["));
            }

            paragraph.Append(TextRun(text.Substring(open, text.Length - open - close)));
            if (close > 0)
            {
                paragraph.Append(RomanRun("]"));
            }
        });
    }

    private static Run RomanRun(string text) =>
        new(new RunProperties(new Italic { Val = false }, new ItalicComplexScript { Val = false }), Text(text));

    private static string MastheadStyle(HeaderLineKind kind) => kind switch
    {
        HeaderLineKind.Symbol => DocxStyles.Symbol,
        HeaderLineKind.Organ => DocxStyles.Organ,
        _ => DocxStyles.Distribution,
    };

    /// <summary>"74/177.", a tab, and the title, so that the title hangs beside its number as the UN prints it.</summary>
    private void AddTitle(DocumentHeader header)
    {
        if (HeaderLines.TitleLine(header) is not { } line)
        {
            return;
        }

        var numbered = header.Number is { } number && header.Title is not null && line.StartsWith(number + ". ", System.StringComparison.Ordinal)
            ? number + "."
            : null;
        if (numbered is null)
        {
            // A draft's title stands in the text block, without the hanging indent a number needs.
            AddText(DocxStyles.UnnumberedTitle, line);
            return;
        }

        Add(DocxStyles.Title, paragraph => paragraph.Append(TextRun(numbered), new Run(new TabChar()), TextRun(line.Substring(numbered.Length + 1))));
    }

    private void AddClosing(DocumentHeader header)
    {
        var lines = HeaderLines.Closing(header).ToList();
        if (lines.Count == 0)
        {
            return;
        }

        Add(DocxStyles.Closing, paragraph =>
        {
            for (var i = 0; i < lines.Count; i++)
            {
                if (i > 0)
                {
                    paragraph.Append(new Run(new Break()));
                }

                paragraph.Append(TextRun(lines[i]));
            }
        });
    }

    private void Blocks(IEnumerable<BodyBlock> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case PreambularParagraph paragraph:
                    Add(DocxStyles.Preambular, p => AppendInline(p, paragraph.Text));
                    Subparagraphs(paragraph.Subparagraphs, 1);
                    break;
                case OperativeParagraph { Number: null } paragraph:
                    Add(DocxStyles.TextParagraph, p => AppendInline(p, paragraph.Text));
                    Subparagraphs(paragraph.Subparagraphs, 1);
                    break;
                case OperativeParagraph paragraph:
                    AddLabelled(DocxStyles.Operative, paragraph.DisplayNumber, paragraph.Text);
                    Subparagraphs(paragraph.Subparagraphs, 1);
                    break;
                case TextParagraph { Label: null } paragraph when SubparagraphLabel.TryRead(paragraph.Text.PlainText, out var label):
                    // A report's "(a) Report of the Secretary-General …" under its numbered paragraph: the label hangs.
                    AddLabelled(DocxStyles.SubparagraphAt(1), "(" + label.Text + ")", InlineSlicing.TrimStart(paragraph.Text, label.Length));
                    Subparagraphs(paragraph.Subparagraphs, 2);
                    break;
                case TextParagraph { Label: null } paragraph:
                    Add(DocxStyles.TextParagraph, p => AppendInline(p, paragraph.Text));
                    Subparagraphs(paragraph.Subparagraphs, 1);
                    break;
                case TextParagraph paragraph:
                    AddLabelled(DocxStyles.NumberedParagraph, paragraph.DisplayLabel, paragraph.Text);
                    Subparagraphs(paragraph.Subparagraphs, 1);
                    break;
                case Heading heading:
                    Add(DocxStyles.HeadingAt(heading.Level), p => AppendInline(p, heading.Text));
                    break;
                case Model.Table table:
                    AddTable(table);
                    break;
            }
        }
    }

    private void Subparagraphs(EquatableArray<Subparagraph> items, int depth)
    {
        foreach (var item in items)
        {
            AddLabelled(DocxStyles.SubparagraphAt(depth), item.DisplayLabel, item.Text);
            Subparagraphs(item.Items, depth + 1);
        }
    }

    /// <summary>A paragraph whose number or label hangs in the indent, separated from the text by a tab.</summary>
    private void AddLabelled(string style, string label, InlineText text) =>
        Add(style, paragraph =>
        {
            if (label.Length > 0)
            {
                paragraph.Append(TextRun(label), new Run(new TabChar()));
            }

            AppendInline(paragraph, text);
        });

    private void AddTable(Model.Table model)
    {
        var columns = model.Rows.Count == 0 ? 0 : model.Rows.Max(row => row.Width);
        if (columns == 0)
        {
            return;
        }

        var width = (PageWidth - (2 * Margin) - (2 * DocxStyles.TextIndent)) / columns;
        var border = new System.Func<BorderType>[]
        {
            () => new TopBorder(), () => new LeftBorder(), () => new BottomBorder(), () => new RightBorder(),
            () => new InsideHorizontalBorder(), () => new InsideVerticalBorder(),
        };
        var borders = new TableBorders();
        foreach (var make in border)
        {
            var element = make();
            element.Val = BorderValues.Single;
            element.Size = 4;
            element.Color = "auto";
            borders.Append(element);
        }

        var table = new Table(
            new TableProperties(
                new TableWidth { Width = (width * columns).ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableIndentation { Width = DocxStyles.TextIndent, Type = TableWidthUnitValues.Dxa },
                borders),
            new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = width.ToString(CultureInfo.InvariantCulture) })));
        foreach (var row in model.Rows)
        {
            var tableRow = new TableRow();
            if (row.IsHeader)
            {
                tableRow.Append(new TableRowProperties(new TableHeader()));
            }

            // A cell spanning columns is one cell over them (w:gridSpan); a short row is filled with empty cells.
            for (int i = 0, column = 0; column < columns; i++)
            {
                var paragraph = StyledParagraph(DocxStyles.TableText);
                var span = i < row.Cells.Count ? Math.Min(row.SpanOf(i), columns - column) : 1;
                if (i < row.Cells.Count)
                {
                    AppendInline(paragraph, row.Cells[i], bold: row.IsHeader);
                }

                var properties = new TableCellProperties(new TableCellWidth { Width = (width * span).ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
                if (span > 1)
                {
                    properties.Append(new GridSpan { Val = span });
                }

                tableRow.Append(new TableCell(properties, paragraph));
                column += span;
            }

            table.Append(tableRow);
        }

        body.Append(table);

        // A table directly followed by another block needs no spacer, but Word merges two adjacent tables.
        body.Append(StyledParagraph(DocxStyles.TableText));
    }

    /// <summary>Footnotes nobody references cannot be Word footnotes; they follow the text so that none is lost.</summary>
    private void AddUnreferencedFootnotes()
    {
        foreach (var footnote in numbering.Ordered)
        {
            if (placed.ContainsKey(footnote.Label))
            {
                continue;
            }

            var printed = numbering.Printed(footnote.Label);
            Add(DocxStyles.FootnoteText, paragraph =>
            {
                paragraph.Append(new Run(new RunProperties(new RunStyle { Val = DocxStyles.FootnoteReference }), Text(printed)), new Run(new TabChar()));
                AppendInline(paragraph, footnote.Text);
            });
        }
    }

    /// <summary>A paragraph of plain text in <paramref name="style"/>, its lines ("\n") kept apart by line breaks.</summary>
    public void AddLines(string style, string text) =>
        Add(style, paragraph =>
        {
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                {
                    paragraph.Append(new Run(new Break()));
                }

                paragraph.Append(TextRun(lines[i]));
            }
        });

    /// <summary>A paragraph in <paramref name="style"/> with the formatting of <paramref name="text"/> (bold, italics).</summary>
    public void AddInline(string style, InlineText text) => Add(style, paragraph => AppendInline(paragraph, text));

    private void AddText(string style, string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            Add(style, paragraph => paragraph.Append(TextRun(text!)));
        }
    }

    private void Add(string style, System.Action<Paragraph> fill)
    {
        var paragraph = StyledParagraph(style);
        fill(paragraph);
        body.Append(paragraph);
    }

    private static Paragraph StyledParagraph(string style) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }));

    private void AppendInline(OpenXmlElement paragraph, InlineText text, bool italic = false, bool bold = false) =>
        new Runs(this, paragraph, italic, bold).Walk(text);

    /// <summary>The runs of a paragraph: italic and bold as run properties, footnote markers as references.</summary>
    private sealed class Runs : TypefaceWalker
    {
        private readonly DocxBodyWriter writer;
        private readonly OpenXmlElement paragraph;

        public Runs(DocxBodyWriter writer, OpenXmlElement paragraph, bool italic, bool bold)
            : base(italic, bold)
        {
            this.writer = writer;
            this.paragraph = paragraph;
        }

        protected override void VisitText(TextRun run) => paragraph.Append(DocxBodyWriter.TextRun(run.Text, Italic, Bold));

        protected override void VisitFootnoteReference(FootnoteReference reference) => writer.AppendFootnoteReference(paragraph, reference.Label);
    }

    private void AppendFootnoteReference(OpenXmlElement paragraph, string label)
    {
        var number = numbering.NumberOf(label) ?? 0;
        var markStyle = new RunProperties(new RunStyle { Val = DocxStyles.FootnoteReference });
        if (placed.ContainsKey(label) && output.WritesNoteNumbers)
        {
            // The mark again, as printed: a cross-reference field would print it beside the custom mark's own text.
            paragraph.Append(new Run(markStyle, Text(numbering.Printed(label))));
            return;
        }

        if (placed.TryGetValue(label, out var placedId))
        {
            paragraph.Append(new SimpleField(new Run(markStyle, Text(number.ToString(CultureInfo.InvariantCulture))))
            {
                Instruction = " NOTEREF " + Bookmark(placedId) + " \\f \\h ",
            });
            return;
        }

        // The id is the footnote's place in the file; the number printed is Word's count, or the number written out
        // as a custom mark where the output says so (see DocxOutput.WritesNoteNumbers).
        var footnoteId = output.NextFootnoteId();
        placed.Add(label, footnoteId);
        var id = footnoteId.ToString(CultureInfo.InvariantCulture);
        var printed = numbering.Printed(label);
        paragraph.Append(new BookmarkStart { Id = id, Name = Bookmark(footnoteId) });
        if (output.WritesNoteNumbers)
        {
            // The custom mark's run holds the first digit only, the others follow in runs of the same style: LibreOffice
            // (7.4) prints a mark of two digits or more a second time after itself, and the page reads the same in Word.
            paragraph.Append(new Run(markStyle.CloneNode(true), new DocumentFormat.OpenXml.Wordprocessing.FootnoteReference { Id = footnoteId, CustomMarkFollows = true }, Text(printed.Substring(0, 1))));
            foreach (var digit in printed.Substring(1))
            {
                paragraph.Append(new Run(markStyle.CloneNode(true), Text(digit.ToString())));
            }
        }
        else
        {
            paragraph.Append(new Run(markStyle, new DocumentFormat.OpenXml.Wordprocessing.FootnoteReference { Id = footnoteId }));
        }

        paragraph.Append(new BookmarkEnd { Id = id });

        var note = StyledParagraph(DocxStyles.FootnoteText);
        note.Append(
            output.WritesNoteNumbers
                ? new Run(new RunProperties(new RunStyle { Val = DocxStyles.FootnoteReference }), Text(printed))
                : new Run(new RunProperties(new RunStyle { Val = DocxStyles.FootnoteReference }), new FootnoteReferenceMark()),
            new Run(new TabChar()));

        // A reference without a definition still gets its (empty) footnote, so Word's numbers stay in step.
        if (definitions.TryGetValue(label, out var definition))
        {
            AppendInline(note, definition.Text);
        }

        Footnotes.Append(new Footnote(note) { Id = footnoteId });
    }

    private static string Bookmark(int footnoteId) => "_RefFootnote" + footnoteId.ToString(CultureInfo.InvariantCulture);

    private static Run TextRun(string text, bool italic = false, bool bold = false)
    {
        var run = new Run();
        if (italic || bold)
        {
            var properties = new RunProperties();
            if (bold)
            {
                properties.Append(new Bold(), new BoldComplexScript());
            }

            if (italic)
            {
                properties.Append(new Italic(), new ItalicComplexScript());
            }

            run.Append(properties);
        }

        run.Append(Text(text));
        return run;
    }

    private static DocumentFormat.OpenXml.Wordprocessing.Text Text(string text) => new(XmlText.Safe(text)) { Space = SpaceProcessingModeValues.Preserve };
}

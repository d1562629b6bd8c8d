using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DraftingKit.Model;
using DraftingKit.Rendering;
using ModelFootnoteReference = DraftingKit.Model.FootnoteReference;
using ModelTable = DraftingKit.Model.Table;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using WordTableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;
using Footnote = DocumentFormat.OpenXml.Wordprocessing.Footnote;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A text of the corpus written as a Word file in the shapes of the UN's own template, as the UN's documents system
/// hands out "A/RES/77/1" or "A/C.3/77/L.12" as .docx: body paragraphs in the template's styles ("SingleTxtG", headings
/// "HChG", "H1G", "H23G", notes "FootnoteText" with marks in "FootnoteReference"); labels typed as text between tabs
/// ("&lt;tab/&gt;1.&lt;tab/&gt;Decides"), never Word's numbering; runs split anywhere, as Word's revision ids split them
/// (mid-word, an italic lead in three runs), with proofing marks, bookmarks, rendered page breaks, optional and
/// non-breaking hyphens; the masthead as a table in the first page's own header (<c>w:titlePg</c>) with the emblem as a
/// picture (or, as some files set it, as a table at the text's top); the job number, the barcode in a frame or a text
/// box and pictures in the first page's footer; the symbol and "2/4" as
/// PAGE / NUMPAGES fields on later pages; a note's mark then a tab in its text, separator notes, a note cited again by
/// a NOTEREF field; a closing rule at the text's end. Test-side code: it shares nothing with the importer.
/// </summary>
internal static class UnWordFile
{
    private const string Png1x1 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNgYPgPAAEDAQAIicLsAAAAAElFTkSuQmCC";
    private static readonly Regex HeadingLabel = new(@"^((?:[IVXLC]+|[A-Z]|\d{1,2})\.)\s+(?=\S)");

    /// <summary>The document as the UN's Word file; the same model gives the same bytes' content on every run.</summary>
    public static byte[] Write(ResolutionDocument document)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            new Writer(word, document).Write();
        }

        return stream.ToArray();
    }

    private sealed class Writer
    {
        private readonly WordprocessingDocument word;
        private readonly ResolutionDocument document;
        private readonly FootnoteNumbering numbering;
        private readonly Random random;
        private readonly MainDocumentPart main;
        private readonly Body body = new();
        private readonly Footnotes footnotes;
        private readonly Dictionary<string, long> noteIds = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> noteBookmarks = new(StringComparer.Ordinal);
        private readonly long firstNoteId;
        private int bookmarkId;
        private bool mastheadInText;
        private int paragraphs;

        public Writer(WordprocessingDocument word, ResolutionDocument document)
        {
            this.word = word;
            this.document = document;
            numbering = FootnoteNumbering.For(document);
            random = new Random(Seed(document.Header.Symbol ?? document.Header.Title ?? string.Empty));
            main = word.AddMainDocumentPart();

            // Word writes the separators as notes -1 and 0; files that went through other tools number them 0 and 1.
            var low = random.Next(2) == 0 ? -1 : 0;
            footnotes = new Footnotes(
                new Footnote(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }), new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = low },
                new Footnote(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }), new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = low + 1 });
            firstNoteId = low + 2;
        }

        public void Write()
        {
            var header = document.Header;
            main.Document = new Document(body);
            main.AddNewPart<StyleDefinitionsPart>().Styles = StyleSheet(header.Language.WordTag);

            // The masthead stands in the first page's own header, or (as some of the UN's files set it) as a table at
            // the top of the text's first page.
            mastheadInText = HeaderLines.HasHeaderBlock(header) && random.Next(3) == 0;
            if (mastheadInText)
            {
                body.Append(Masthead(main, header));
            }

            if (HeaderLines.HasHeaderBlock(header))
            {
                // The session, the agenda item and its title: a paragraph each, or one paragraph in lines (w:br).
                var lines = new[] { (HeaderLines.SessionLine(header), true), (HeaderLines.AgendaLine(header), false) }
                    .Concat(HeaderLines.AgendaTitles(header).Select(title => ((string?)title, true)))
                    .Where(line => line.Item1 is not null)
                    .ToList();
                if (random.Next(2) == 0)
                {
                    body.Append(lines.Select(line => Plain(line.Item1!, line.Item2)).ToArray());
                }
                else if (lines.Count > 0)
                {
                    var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Normal" }));
                    for (var i = 0; i < lines.Count; i++)
                    {
                        if (i > 0)
                        {
                            paragraph.Append(new Run(new Break()));
                        }

                        paragraph.Append(TextRun(lines[i].Item1!, false, lines[i].Item2));
                    }

                    body.Append(paragraph);
                }

                // An empty paragraph keeps the masthead's block apart from the title's.
                body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Normal" })));
            }

            Line("H1G", HeaderLines.SponsorsLine(header));
            Line("HChG", HeaderLines.AdoptionLine(header, document.Parts.Count));
            Line("SingleTxtG", HeaderLines.ReferenceLine(header));
            Line("HChG", header.Label);
            if (HeaderLines.TitleLine(header) is { } titleLine)
            {
                // "75/10.<tab>Cooperation between …": the number and the title apart by a tab.
                var numbered = header.Number is { } number && titleLine.StartsWith(number + ". ", StringComparison.Ordinal)
                    ? Styled("HChG", TypedLabel(number + ".", false).Concat(Runs(Plain(titleLine.Substring(number.Length + 2)))).ToArray())
                    : Styled("HChG", Runs(Plain(titleLine)));
                body.Append(numbered);
            }

            var multiPart = document.Parts.Count > 1;
            foreach (var part in document.Parts)
            {
                if (part.Designation is { } designation)
                {
                    var paragraph = Styled("HChG", Runs(Plain(designation)));
                    if (part.DesignationNote is { } note)
                    {
                        Inline(paragraph, note);
                    }

                    body.Append(paragraph);
                }

                if (part.Title is { } partTitle)
                {
                    body.Append(Inline(Styled(WhollyBold(partTitle) ? "SingleTxtG" : "HChG"), partTitle));
                }

                var operative = part.OperativePart.ToList();
                if (part.Formula is { } formula)
                {
                    var paragraph = Styled("SingleTxtG", new Run(new TabChar()));
                    Inline(paragraph, formula.Text);
                    if (formula.RunsOn && operative.Count > 0 && operative[0] is OperativeParagraph first)
                    {
                        paragraph.Append(TextRun(" ", false, false));
                        Inline(paragraph, first.Text);
                        body.Append(paragraph);
                        Items(first.Subparagraphs, 1);
                        operative.RemoveAt(0);
                    }
                    else
                    {
                        body.Append(paragraph);
                    }
                }

                Blocks(part.Preamble);
                Blocks(operative);
                if (multiPart)
                {
                    Closing();
                }
            }

            if (!multiPart)
            {
                Closing();
            }

            foreach (var annex in document.Annexes)
            {
                // An annex opens a page: a page break in the label's paragraph, and the page Word last laid out begins there.
                var label = Styled("HChG", new Run(new Break { Type = BreakValues.Page }), new Run(new LastRenderedPageBreak(), new WordText(annex.Label)));
                body.Append(label);
                if (annex.Title is { } annexTitle)
                {
                    body.Append(Inline(Styled("HChG"), annexTitle));
                }

                Blocks(annex.Blocks);
            }

            body.Append(ClosingRule());
            main.AddNewPart<FootnotesPart>().Footnotes = footnotes;
            body.Append(Section(header));
            main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(new FootnoteDocumentWideProperties(
                new FootnoteSpecialReference { Id = (int)firstNoteId - 2 }, new FootnoteSpecialReference { Id = (int)firstNoteId - 1 }));
            main.Document.Save();
        }

        private void Line(string style, string? text)
        {
            if (!string.IsNullOrEmpty(text))
            {
                body.Append(Styled(style, Runs(Plain(text!))));
            }
        }

        private void Closing()
        {
            var lines = HeaderLines.Closing(document.Header).ToList();
            if (lines.Count == 0)
            {
                return;
            }

            // "30th plenary meeting" / "23 November 2020": one paragraph set right, its lines apart by a line break.
            var paragraph = Styled("SingleTxtG");
            paragraph.ParagraphProperties!.Append(new Justification { Val = JustificationValues.Right });
            for (var i = 0; i < lines.Count; i++)
            {
                if (i > 0)
                {
                    paragraph.Append(new Run(new Break()));
                }

                paragraph.Append(TextRun(lines[i], false, false));
            }

            body.Append(paragraph);
        }

        /// <summary>The rule the UN sets under a text's end: a short centred line of underscores, or a paragraph's border.</summary>
        private Paragraph ClosingRule() => random.Next(2) == 0
            ? new Paragraph(
                new ParagraphProperties(new SpacingBetweenLines { Before = "240" }, new Justification { Val = JustificationValues.Center }),
                new Run(new WordText(new string('_', 20))))
            : new Paragraph(new ParagraphProperties(
                new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 1, Color = "auto" }),
                new SpacingBetweenLines { Before = "240" },
                new Indentation { Left = "3969", Right = "3969" }));

        private void Blocks(IEnumerable<BodyBlock> blocks)
        {
            foreach (var block in blocks)
            {
                switch (block)
                {
                    case PreambularParagraph preambular:
                        body.Append(Inline(Styled("SingleTxtG", new Run(new TabChar())), preambular.Text, splitLead: true));
                        Items(preambular.Subparagraphs, 1);
                        break;
                    case OperativeParagraph operative:
                        body.Append(Inline(Styled("SingleTxtG", TypedLabel(operative.DisplayNumber, true)), operative.Text, splitLead: true));
                        Items(operative.Subparagraphs, 1);
                        break;
                    case TextParagraph text:
                        body.Append(Inline(Styled("SingleTxtG", TypedLabel(text.DisplayLabel, true)), text.Text));
                        Items(text.Subparagraphs, 1);
                        break;
                    case Heading heading:
                        body.Append(HeadingParagraph(heading));
                        break;
                    case ModelTable table:
                        body.Append(TableOf(table));
                        break;
                }
            }
        }

        private void Items(EquatableArray<Subparagraph> items, int depth)
        {
            foreach (var item in items)
            {
                var paragraph = Styled("SingleTxtG");
                paragraph.ParagraphProperties!.Append(new Indentation { Left = (1134 + (567 * depth)).ToString(CultureInfo.InvariantCulture), Hanging = "567" });
                for (var tab = 1; tab < depth; tab++)
                {
                    paragraph.Append(new Run(new TabChar()));
                }

                paragraph.Append(TypedLabel(item.DisplayLabel, true));
                body.Append(Inline(paragraph, item.Text));
                Items(item.Items, depth + 1);
            }
        }

        /// <summary>A heading in the style of its level; a typed label ("I.", "A.") apart from its words by a tab.</summary>
        private Paragraph HeadingParagraph(Heading heading)
        {
            // A heading set bold in the text's own style, as the Council sets "Measures", is bold on its runs.
            var style = WhollyBold(heading.Text) ? "SingleTxtG" : heading.Level <= 1 ? "HChG" : heading.Level == 2 ? "H1G" : "H23G";
            var paragraph = Styled(style);
            var inlines = heading.Text.Inlines.ToList();
            if (inlines.Count > 0 && inlines[0] is DraftingKit.Model.TextRun first && HeadingLabel.Match(first.Text) is { Success: true } match)
            {
                paragraph.Append(TypedLabel(match.Groups[1].Value, false));
                inlines[0] = first with { Text = first.Text.Substring(match.Length) };
            }

            return Inline(paragraph, new InlineText(EquatableArray.From(inlines)));
        }

        private static bool WhollyBold(InlineText text) =>
            text.Inlines.Any(inline => inline is StrongEmphasis) && text.Inlines.All(inline => inline is StrongEmphasis or ModelFootnoteReference || inline is DraftingKit.Model.TextRun { Text: var words } && words.Trim().Length == 0);

        private WordTable TableOf(ModelTable table)
        {
            var columns = Math.Max(1, table.Rows.Max(row => row.Width));
            var width = 8505 / columns;
            var grid = new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = width.ToString(CultureInfo.InvariantCulture) }));
            var word = new WordTable(new TableProperties(new TableWidth { Width = (width * columns).ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }, new TableIndentation { Width = 1134, Type = TableWidthUnitValues.Dxa }), grid);
            foreach (var row in table.Rows)
            {
                var wordRow = new WordTableRow();
                if (row.IsHeader)
                {
                    wordRow.Append(new TableRowProperties(new TableHeader()));
                }

                for (var i = 0; i < row.Cells.Count; i++)
                {
                    var properties = new TableCellProperties(new TableCellWidth { Width = (width * row.SpanOf(i)).ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
                    if (row.SpanOf(i) > 1)
                    {
                        properties.Append(new GridSpan { Val = row.SpanOf(i) });
                    }

                    wordRow.Append(new TableCell(properties, Inline(Styled("Normal"), row.Cells[i])));
                }

                word.Append(wordRow);
            }

            return word;
        }

        /// <summary>"&lt;tab/&gt;1.&lt;tab/&gt;": a label typed as text, between tabs (<paramref name="leadingTab"/>) as the body's, or before one as a heading's.</summary>
        private static OpenXmlElement[] TypedLabel(string label, bool leadingTab)
        {
            if (label.Length == 0)
            {
                return new OpenXmlElement[] { new Run(new TabChar()) };
            }

            var run = leadingTab ? new Run(new TabChar(), new WordText(label), new TabChar()) : new Run(new WordText(label), new TabChar());
            return new OpenXmlElement[] { run };
        }

        private static IReadOnlyList<(string Text, bool Italic, bool Bold)> Plain(string text) => new[] { (text, false, false) };

        private OpenXmlElement[] Runs(IReadOnlyList<(string Text, bool Italic, bool Bold)> pieces) =>
            pieces.SelectMany(piece => Split(piece.Text).Select(part => (OpenXmlElement)TextRun(part, piece.Italic, piece.Bold))).ToArray();

        private Paragraph Plain(string text, bool bold) => new(new ParagraphProperties(new ParagraphStyleId { Val = "Normal" }), TextRun(text, false, bold));

        private Paragraph Styled(string style, params OpenXmlElement[] content)
        {
            var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
            paragraph.SetAttribute(new OpenXmlAttribute("w", "rsidR", "http://schemas.openxmlformats.org/wordprocessingml/2006/main", Rsid()));
            foreach (var element in content)
            {
                paragraph.Append(element);
            }

            // Now and then the page Word last laid out began in this paragraph.
            if (++paragraphs % 9 == 0)
            {
                paragraph.Append(new Run(new LastRenderedPageBreak()));
            }

            return paragraph;
        }

        /// <summary>
        /// The inline text in runs as Word's editing splits them: each run cut anywhere (mid-word, "Re" + "calling"),
        /// with the italic lead of a paragraph in three runs (<paramref name="splitLead"/>), proofing marks around some
        /// runs and a bookmark between others.
        /// </summary>
        private Paragraph Inline(Paragraph paragraph, InlineText text, bool splitLead = false)
        {
            var leadSplit = !splitLead;
            void Walk(InlineText content, bool italic, bool bold)
            {
                foreach (var inline in content.Inlines)
                {
                    switch (inline)
                    {
                        case DraftingKit.Model.TextRun run:
                            var pieces = !leadSplit && italic ? InThree(run.Text) : Split(run.Text);
                            leadSplit |= italic;
                            foreach (var piece in pieces)
                            {
                                var spelled = random.Next(12) == 0;
                                if (spelled)
                                {
                                    paragraph.Append(new ProofError { Type = ProofingErrorValues.SpellStart });
                                }

                                paragraph.Append(TextRun(piece, italic, bold));
                                if (spelled)
                                {
                                    paragraph.Append(new ProofError { Type = ProofingErrorValues.SpellEnd });
                                }

                                if (random.Next(25) == 0)
                                {
                                    var id = (++bookmarkId).ToString(CultureInfo.InvariantCulture);
                                    paragraph.Append(new BookmarkStart { Id = id, Name = "_Hlk" + random.Next(10000000, 99999999).ToString(CultureInfo.InvariantCulture) }, new BookmarkEnd { Id = id });
                                }
                            }

                            break;
                        case DraftingKit.Model.Emphasis emphasis:
                            Walk(emphasis.Content, true, bold);
                            break;
                        case StrongEmphasis strong:
                            Walk(strong.Content, italic, true);
                            break;
                        case DocumentLink link:
                            Walk(link.Content, italic, bold);
                            break;
                        case ModelFootnoteReference reference:
                            Reference(paragraph, reference.Label);
                            break;
                    }
                }
            }

            Walk(text, false, false);
            return paragraph;
        }

        private void Reference(Paragraph paragraph, string label)
        {
            var mark = new RunProperties(new RunStyle { Val = "FootnoteReference" });
            var symbol = FootnoteMark.Of(label);
            if (noteIds.TryGetValue(label, out var id))
            {
                // A note cited again: a cross-reference to the bookmark on its first mark, printing the mark's number.
                var printed = symbol ?? (numbering.NumberOf(label) ?? 0).ToString(CultureInfo.InvariantCulture);
                paragraph.Append(
                    new Run(mark.CloneNode(true), new FieldChar { FieldCharType = FieldCharValues.Begin }),
                    new Run(mark.CloneNode(true), new FieldCode(" NOTEREF " + noteBookmarks[label] + " \\h ") { Space = SpaceProcessingModeValues.Preserve }),
                    new Run(mark.CloneNode(true), new FieldChar { FieldCharType = FieldCharValues.Separate }),
                    new Run(mark.CloneNode(true), new WordText(printed)),
                    new Run(mark.CloneNode(true), new FieldChar { FieldCharType = FieldCharValues.End }));
                return;
            }

            id = firstNoteId + noteIds.Count;
            noteIds[label] = id;
            var bookmark = "_Ref" + random.Next(10000000, 99999999).ToString(CultureInfo.InvariantCulture);
            noteBookmarks[label] = bookmark;
            var bookmarkNumber = (++bookmarkId).ToString(CultureInfo.InvariantCulture);
            paragraph.Append(new BookmarkStart { Id = bookmarkNumber, Name = bookmark });
            paragraph.Append(symbol is null
                ? new Run(mark, new DocumentFormat.OpenXml.Wordprocessing.FootnoteReference { Id = id })
                : new Run(mark, new DocumentFormat.OpenXml.Wordprocessing.FootnoteReference { Id = id, CustomMarkFollows = true }, new WordText(symbol)));
            paragraph.Append(new BookmarkEnd { Id = bookmarkNumber });

            var note = document.Footnotes.FirstOrDefault(footnote => footnote.Label == label);
            var text = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "FootnoteText" }));

            // "<tab/>1<tab/>See …": the mark hangs in the note's indent, a tab before it and a tab after it.
            text.Append(new Run(new TabChar()));
            text.Append(symbol is null
                ? new Run(new RunProperties(new RunStyle { Val = "FootnoteReference" }), new FootnoteReferenceMark())
                : new Run(new RunProperties(new RunStyle { Val = "FootnoteReference" }), new WordText(symbol)));
            text.Append(new Run(new TabChar()));
            footnotes.Append(new Footnote { Id = id });
            var footnote = footnotes.Elements<Footnote>().Last();
            footnote.Append(text);
            if (note is not null)
            {
                Inline(text, note.Text);
            }
        }

        /// <summary>An italic lead in three runs: "Re" + "call" + "ing also".</summary>
        private static IReadOnlyList<string> InThree(string text)
        {
            if (text.Length < 3)
            {
                return new[] { text };
            }

            var first = Math.Max(1, text.Length / 4);
            var second = Math.Max(first + 1, text.Length / 2);
            return new[] { text.Substring(0, first), text.Substring(first, second - first), text.Substring(second) };
        }

        /// <summary>A run's text cut at random places, about one cut in thirty characters, mid-word as often as not.</summary>
        private IReadOnlyList<string> Split(string text)
        {
            var pieces = new List<string>();
            var start = 0;
            for (var i = 1; i < text.Length; i++)
            {
                if (random.Next(30) == 0 && !char.IsLowSurrogate(text[i]))
                {
                    pieces.Add(text.Substring(start, i - start));
                    start = i;
                }
            }

            pieces.Add(text.Substring(start));
            return pieces;
        }

        /// <summary>
        /// A run of <paramref name="text"/>: a non-breaking hyphen as <c>w:noBreakHyphen</c>, an optional hyphen now and
        /// then inside a long word (it prints nothing), the run's language on some runs.
        /// </summary>
        private Run TextRun(string text, bool italic, bool bold)
        {
            var properties = new RunProperties();
            if (bold)
            {
                properties.Append(new Bold());
            }

            if (italic)
            {
                properties.Append(new Italic());
            }

            if (random.Next(6) == 0)
            {
                properties.Append(new Languages { Val = document.Header.Language.WordTag });
            }

            var run = new Run();
            run.SetAttribute(new OpenXmlAttribute("w", "rsidR", "http://schemas.openxmlformats.org/wordprocessingml/2006/main", Rsid()));
            if (properties.HasChildren)
            {
                run.Append(properties);
            }

            var pieces = text.Split('\u2011');
            for (var i = 0; i < pieces.Length; i++)
            {
                if (i > 0)
                {
                    run.Append(new NoBreakHyphen());
                }

                var piece = pieces[i];
                var soft = Regex.Match(piece, @"\p{L}{6}(?=\p{L}{6})");
                if (soft.Success && random.Next(8) == 0)
                {
                    var at = soft.Index + soft.Length;
                    run.Append(new WordText(piece.Substring(0, at)) { Space = SpaceProcessingModeValues.Preserve }, new SoftHyphen(), new WordText(piece.Substring(at)) { Space = SpaceProcessingModeValues.Preserve });
                }
                else if (piece.Length > 0)
                {
                    run.Append(new WordText(piece) { Space = SpaceProcessingModeValues.Preserve });
                }
            }

            return run;
        }

        private string Rsid() => random.Next(0x100000, 0xFFFFFF).ToString("X8", CultureInfo.InvariantCulture);

        /// <summary>The section: A4, a distinct first page (<c>w:titlePg</c>) with the masthead and the job's footer, the symbol and "2/4" after it.</summary>
        private SectionProperties Section(DocumentHeader header)
        {
            var symbol = header.Symbol ?? string.Empty;
            var job = JobNumber();
            var firstHeader = main.AddNewPart<HeaderPart>("rIdFirstHeader");
            firstHeader.Header = mastheadInText || !HeaderLines.HasHeaderBlock(header)
                ? new Header(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Header" })))
                : new Header(Masthead(firstHeader, header), new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Header" })));
            var laterHeader = main.AddNewPart<HeaderPart>("rIdHeader");
            laterHeader.Header = new Header(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Header" }, new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "auto" })), new Run(new RunProperties(new Bold()), new WordText(symbol))));
            var firstFooter = main.AddNewPart<FooterPart>("rIdFirstFooter");
            firstFooter.Footer = FirstFooter(firstFooter, job);
            var laterFooter = main.AddNewPart<FooterPart>("rIdFooter");
            laterFooter.Footer = new Footer(new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }, new Justification { Val = JustificationValues.Right }),
                new Run(new WordText(job + "  ") { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new RunProperties(new Bold()), new FieldChar { FieldCharType = FieldCharValues.Begin }),
                new Run(new RunProperties(new Bold()), new FieldCode(" PAGE  \\* Arabic  \\* MERGEFORMAT ") { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new RunProperties(new Bold()), new FieldChar { FieldCharType = FieldCharValues.Separate }),
                new Run(new RunProperties(new Bold()), new WordText("2")),
                new Run(new RunProperties(new Bold()), new FieldChar { FieldCharType = FieldCharValues.End }),
                new Run(new RunProperties(new Bold()), new WordText("/")),
                new Run(new RunProperties(new Bold()), new SimpleField(new Run(new RunProperties(new Bold()), new WordText("4"))) { Instruction = " NUMPAGES  \\* Arabic  \\* MERGEFORMAT " })));

            return new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = "rIdHeader" },
                new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdFooter" },
                new HeaderReference { Type = HeaderFooterValues.First, Id = "rIdFirstHeader" },
                new FooterReference { Type = HeaderFooterValues.First, Id = "rIdFirstFooter" },
                new FootnoteProperties(new NumberingRestart { Val = RestartNumberValues.Continuous }),
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1701, Right = 1134, Bottom = 2268, Left = 1134, Header = 567U, Footer = 567U, Gutter = 0U },
                new TitlePage());
        }

        /// <summary>
        /// The masthead as the UN's template sets it in the first page's header: a table, "United Nations" over the
        /// symbol on its first row, the emblem (a picture), the organ and the distribution with the date on the second.
        /// </summary>
        private WordTable Masthead(OpenXmlPart part, DocumentHeader header)
        {
            var lines = HeaderLines.MastheadLines(header).ToList();
            string? Of(HeaderLineKind kind) => lines.FirstOrDefault(line => line.Kind == kind)?.Text;
            TableCell Cell(int width, params Paragraph[] content) =>
                new(new OpenXmlElement[] { new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }) }.Concat(content.Length == 0 ? new[] { new Paragraph() } : content));
            Paragraph Big(string? text, bool bold, int size) => text is null
                ? new Paragraph()
                : new Paragraph(new Run(bold ? new RunProperties(new Bold(), new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) }) : new RunProperties(new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) }), new WordText(text)));
            var rightColumn = new List<Paragraph>();
            foreach (var kind in new[] { HeaderLineKind.Distribution, HeaderLineKind.Issued })
            {
                if (Of(kind) is { } text)
                {
                    rightColumn.Add(new Paragraph(new Run(new WordText(text))));
                }
            }

            if (Of(HeaderLineKind.OriginalLanguage) is { } original)
            {
                rightColumn.Add(new Paragraph());
                rightColumn.Add(new Paragraph(new Run(new WordText(original))));
            }

            var symbolRun = new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Right }), new Run(new RunProperties(new FontSize { Val = "40" }), new WordText(Of(HeaderLineKind.Symbol) ?? string.Empty)));
            var table = new WordTable(
                new TableProperties(new TableWidth { Width = "9638", Type = TableWidthUnitValues.Dxa }, new TableLayout { Type = TableLayoutValues.Fixed }),
                new TableGrid(new GridColumn { Width = "1267" }, new GridColumn { Width = "5387" }, new GridColumn { Width = "2984" }),
                new WordTableRow(
                    new TableRowProperties(new TableRowHeight { Val = 851U }),
                    Cell(1267),
                    Cell(5387, Big("United Nations", false, 28)),
                    Cell(2984, symbolRun)),
                new WordTableRow(
                    new TableRowProperties(new TableRowHeight { Val = 2835U }),
                    Cell(1267, new Paragraph(Picture(part, "Emblem", 1, 720000, 590000))),
                    Cell(5387, Big(Of(HeaderLineKind.Organ), true, 40)),
                    Cell(2984, rightColumn.ToArray())));
            return table;
        }

        /// <summary>The first page's footer: the job number and dates, the barcode in a frame or a text box, "Please recycle" and the QR code as pictures.</summary>
        private Footer FirstFooter(FooterPart part, string job)
        {
            var digits = new string(job.Where(char.IsDigit).ToArray());
            var barcode = random.Next(2) == 0
                ? new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Picture(
                    $@"<w:pict xmlns:w=""http://schemas.openxmlformats.org/wordprocessingml/2006/main"" xmlns:v=""urn:schemas-microsoft-com:vml""><v:shape id=""Barcode"" style=""position:absolute;margin-left:340pt;margin-top:-24pt;width:130pt;height:22pt;z-index:1"" stroked=""f""><v:textbox><w:txbxContent><w:p><w:r><w:rPr><w:rFonts w:ascii=""Free 3 of 9 Extended"" w:hAnsi=""Free 3 of 9 Extended""/><w:sz w:val=""40""/></w:rPr><w:t>*{digits}*</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict>")))
                : new Paragraph(
                new ParagraphProperties(new FrameProperties { Width = "2268", HorizontalSpace = "141", Wrap = TextWrappingValues.Around, HorizontalPosition = HorizontalAnchorValues.Page, VerticalPosition = VerticalAnchorValues.Page, X = "6804", Y = "15706" }),
                new Run(new RunProperties(new RunFonts { Ascii = "Free 3 of 9 Extended" }, new FontSize { Val = "40" }), new WordText("*" + digits + "*")));
            return new Footer(
                new Paragraph(
                    new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }),
                    new Run(new RunProperties(new FontSize { Val = "20" }), new WordText(job + "   301120   011220") { Space = SpaceProcessingModeValues.Preserve })),
                barcode,
                new Paragraph(
                    new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }),
                    Picture(part, "Please recycle", 2, 1080000, 180000),
                    new Run(new TabChar()),
                    Picture(part, "QR code", 3, 540000, 540000)));
        }

        private static Run Picture(OpenXmlPart part, string name, int number, long cx, long cy)
        {
            var image = part switch
            {
                HeaderPart header => header.AddImagePart(ImagePartType.Png, "rIdImage" + number),
                FooterPart footer => footer.AddImagePart(ImagePartType.Png, "rIdImage" + number),
                MainDocumentPart text => text.AddImagePart(ImagePartType.Png, "rIdImage" + number),
                _ => throw new ArgumentException("a header or a footer", nameof(part)),
            };
            using (var png = new MemoryStream(Convert.FromBase64String(Png1x1)))
            {
                image.FeedData(png);
            }

            var xml = $@"<w:drawing xmlns:w=""http://schemas.openxmlformats.org/wordprocessingml/2006/main"" xmlns:wp=""http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"" xmlns:a=""http://schemas.openxmlformats.org/drawingml/2006/main"" xmlns:pic=""http://schemas.openxmlformats.org/drawingml/2006/picture"" xmlns:r=""http://schemas.openxmlformats.org/officeDocument/2006/relationships"">
<wp:inline distT=""0"" distB=""0"" distL=""0"" distR=""0""><wp:extent cx=""{cx}"" cy=""{cy}""/><wp:docPr id=""{number}"" name=""{name}"" descr=""{name}""/>
<a:graphic><a:graphicData uri=""http://schemas.openxmlformats.org/drawingml/2006/picture""><pic:pic><pic:nvPicPr><pic:cNvPr id=""{number}"" name=""{name}""/><pic:cNvPicPr/></pic:nvPicPr>
<pic:blipFill><a:blip r:embed=""rIdImage{number}""/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>
<pic:spPr><a:xfrm><a:off x=""0"" y=""0""/><a:ext cx=""{cx}"" cy=""{cy}""/></a:xfrm><a:prstGeom prst=""rect""><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>";
            return new Run(new Drawing(xml));
        }

        /// <summary>A job number as the UN's documents print it, "20-15893 (E)", drawn from the text's own seed.</summary>
        private string JobNumber() => random.Next(20, 24).ToString(CultureInfo.InvariantCulture) + "-" + random.Next(10000, 30000).ToString(CultureInfo.InvariantCulture) + " (E)";

        /// <summary>
        /// The UN template's styles with their indents: "SingleTxtG" for the text (indented 1134 on both sides, a
        /// first-line tab stop at 1701), headings "HChG", "H1G", "H23G" (a label hanging), "FootnoteText" with its
        /// hanging mark and "FootnoteReference" raised.
        /// </summary>
        private static Styles StyleSheet(string language)
        {
            Style Paragraph(string id, string name, params OpenXmlElement[] properties)
            {
                var style = new Style(new StyleName { Val = name }, new BasedOn { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = id };
                var paragraph = new StyleParagraphProperties();
                var run = new StyleRunProperties();
                foreach (var property in properties)
                {
                    if (property is Bold or FontSize or Italic)
                    {
                        run.Append(property);
                    }
                    else
                    {
                        paragraph.Append(property);
                    }
                }

                style.Append(paragraph, run);
                return style;
            }

            var text = new Tabs(new TabStop { Val = TabStopValues.Left, Position = 1701 }, new TabStop { Val = TabStopValues.Left, Position = 2268 }, new TabStop { Val = TabStopValues.Left, Position = 2835 });
            return new Styles(
                new DocDefaults(
                    new RunPropertiesDefault(new RunPropertiesBaseStyle(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman" }, new FontSize { Val = "20" }, new Languages { Val = language, EastAsia = "en-US", Bidi = "ar-SA" })),
                    new ParagraphPropertiesDefault()),
                new Style(new StyleName { Val = "Normal" }, new PrimaryStyle(), new StyleParagraphProperties(new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.AtLeast })) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
                new Style(new StyleName { Val = "Default Paragraph Font" }) { Type = StyleValues.Character, StyleId = "DefaultParagraphFont", Default = true },
                Paragraph("SingleTxtG", "_ Single Txt_G", new SpacingBetweenLines { After = "120" }, new Indentation { Left = "1134", Right = "1134" }, new Justification { Val = JustificationValues.Both }, text),
                Paragraph("HChG", "_ H _Ch_G", new KeepNext(), new KeepLines(), new SpacingBetweenLines { Before = "360", After = "240", Line = "270", LineRule = LineSpacingRuleValues.Exact }, new Indentation { Left = "1134", Right = "1134", Hanging = "1134" }, new Bold(), new FontSize { Val = "28" }),
                Paragraph("H1G", "_ H_1_G", new KeepNext(), new KeepLines(), new SpacingBetweenLines { Before = "360", After = "240", Line = "270", LineRule = LineSpacingRuleValues.Exact }, new Indentation { Left = "1134", Right = "1134", Hanging = "567" }, new Bold(), new FontSize { Val = "24" }),
                Paragraph("H23G", "_ H_2/3_G", new KeepNext(), new KeepLines(), new SpacingBetweenLines { Before = "240", After = "120", Line = "240", LineRule = LineSpacingRuleValues.Exact }, new Indentation { Left = "1134", Right = "1134", Hanging = "567" }, new Bold()),
                Paragraph("FootnoteText", "footnote text", new Tabs(new TabStop { Val = TabStopValues.Right, Position = 1021 }), new SpacingBetweenLines { Line = "220", LineRule = LineSpacingRuleValues.Exact }, new Indentation { Left = "1134", Right = "1134", Hanging = "1134" }, new FontSize { Val = "18" }),
                Paragraph("Header", "header", new FontSize { Val = "18" }, new Bold()),
                Paragraph("Footer", "footer", new FontSize { Val = "16" }),
                new Style(new StyleName { Val = "footnote reference" }, new BasedOn { Val = "DefaultParagraphFont" }, new StyleRunProperties(new FontSize { Val = "18" }, new VerticalTextAlignment { Val = VerticalPositionValues.Superscript })) { Type = StyleValues.Character, StyleId = "FootnoteReference" });
        }

        private static int Seed(string text)
        {
            var hash = 17;
            foreach (var c in text)
            {
                hash = unchecked((hash * 31) + c);
            }

            return hash & 0x7FFFFFFF;
        }
    }
}

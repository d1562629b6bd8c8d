using System.Globalization;
using System.Text.RegularExpressions;
using DraftingKit.Diagnostics;
using DraftingKit.Model;
using DraftingKit.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Footnote = DraftingKit.Model.Footnote;
using MarkdownTable = Markdig.Extensions.Tables.Table;
using SourceSpan = DraftingKit.Model.SourceSpan;
using TableRow = DraftingKit.Model.TableRow;

namespace DraftingKit.Templates;

/// <summary>
/// Places the Markdown blocks of a template body into parts, preamble, operative part and annexes, the way a
/// reader of the published text would: the formula opens a part, paragraphs before the first numbered
/// paragraph are preambular, numbered list items are operative paragraphs, "(a)" paragraphs are subparagraphs.
/// </summary>
internal sealed class BodyBuilder
{
    // "5 bis. ", "12ter. ": an operative paragraph added in negotiation, numbered after the one it follows.
    private static readonly Regex AddedParagraph = new(@"^(?<number>[0-9]{1,3})\s?(?<latin>bis|ter|quater|quinquies|sexies|septies|octies|novies|decies)\.\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
    // "1.1. ", "4.10. ": the decimal label of a paragraph without a lead.
    private static readonly Regex DecimalLabel = new(@"^(?<label>[0-9]{1,3}(?:\.[0-9]{1,3})+)\.\s+", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex PartHeading = new(@"^(?<letter>[A-Z])(?:[.:]\s+(?<title>.+))?$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex AnnexHeading = new(@"^Annex(?:\s+(?<number>[IVXLC]+|\d+|[A-Z]))?(?:(?:[.:]|\s[–—])\s+(?<title>.+))?$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private readonly string source;
    private readonly LineMap lines;
    private readonly DocumentHeader header;
    private readonly List<DraftingDiagnostic> diagnostics;
    private readonly InlineConverter inlines;
    private readonly List<DocumentPart> parts = new();
    private readonly List<Annex> annexes = new();
    private readonly List<Footnote> footnotes = new();

    private PartBuilder? part;
    private AnnexBuilder? annex;

    public BodyBuilder(string source, LineMap lines, DocumentHeader header, List<DraftingDiagnostic> diagnostics)
    {
        this.source = source;
        this.lines = lines;
        this.header = header;
        this.diagnostics = diagnostics;
        inlines = new InlineConverter(source, lines, diagnostics);
    }

    public (EquatableArray<DocumentPart> Parts, EquatableArray<Annex> Annexes, EquatableArray<Footnote> Footnotes) Build(MarkdownDocument document)
    {
        foreach (var block in document)
        {
            AddTopLevel(block);
        }

        FinishPart();
        FinishAnnex();
        return (EquatableArray.From(parts), EquatableArray.From(annexes), EquatableArray.From(footnotes));
    }

    private SourceSpan SpanOf(Block block) => lines.Inclusive(block.Span.Start, block.Span.End);

    private void AddTopLevel(Block block)
    {
        switch (block)
        {
            case HeadingBlock heading:
                AddHeading(heading);
                break;
            case ParagraphBlock paragraph:
                AddParagraph(inlines.Convert(paragraph.Inline), SpanOf(paragraph));
                break;
            case ListBlock list:
                AddList(list);
                break;
            case MarkdownTable table:
                AddBlock(ConvertTable(table));
                break;
            case FootnoteGroup group:
                AddFootnotes(group);
                break;
            case ThematicBreakBlock:
            case LinkReferenceDefinitionGroup:
            case BlankLineBlock:
                // A separator line or a link definition carries no text of the resolution.
                break;
            case QuoteBlock quote:
                diagnostics.Add(DraftingDiagnostic.Create(TemplateDiagnostics.UnsupportedMarkdown, SpanOf(quote), "A block quote ('>')"));
                foreach (var child in quote)
                {
                    AddTopLevel(child);
                }

                break;
            default:
                AddRaw(block, DescribeUnsupported(block));
                break;
        }
    }

    private static string DescribeUnsupported(Block block) => block switch
    {
        FencedCodeBlock => "A fenced code block",
        CodeBlock => "A paragraph indented by four spaces (read by Markdown as code)",
        HtmlBlock => "An HTML block",
        _ => "A '" + block.GetType().Name + "' block",
    };

    private void AddRaw(Block block, string what)
    {
        var span = SpanOf(block);
        var start = span.Start;
        while (start < span.End && char.IsWhiteSpace(source[start]))
        {
            start++;
        }

        span = lines.Span(start, span.End - start);
        diagnostics.Add(DraftingDiagnostic.Create(TemplateDiagnostics.UnsupportedMarkdown, span, what));
        var text = block is LeafBlock { Lines.Count: > 0 } leaf ? leaf.Lines.ToString() : source.Substring(span.Start, span.Length);
        text = Regex.Replace(text, @"\s+", " ", RegexOptions.None, TimeSpan.FromSeconds(1)).Trim();
        if (text.Length > 0)
        {
            AddBlock(new TextParagraph(null, InlineText.Of(new TextRun(text, span)), EquatableArray<Subparagraph>.Empty, span));
        }
    }

    private void AddHeading(HeadingBlock heading)
    {
        var span = SpanOf(heading);
        var text = inlines.Convert(heading.Inline);
        var plain = text.PlainText.Trim();
        if (heading.Level == 1)
        {
            var annexMatch = AnnexHeading.Match(plain);
            if (annexMatch.Success)
            {
                FinishPart();
                FinishAnnex();
                var label = annexMatch.Groups["number"].Success ? "Annex " + annexMatch.Groups["number"].Value : "Annex";
                annex = new AnnexBuilder(label, span);
                if (annexMatch.Groups["title"].Success)
                {
                    annex.Title = InlineSlicing.Trim(InlineSlicing.TrimStart(text, annexMatch.Groups["title"].Index));
                }

                return;
            }

            var partMatch = PartHeading.Match(plain);
            if (partMatch.Success && annex is null)
            {
                FinishPart();
                part = new PartBuilder(partMatch.Groups["letter"].Value, span);
                if (partMatch.Groups["title"].Success)
                {
                    part.Title = InlineSlicing.Trim(InlineSlicing.TrimStart(text, partMatch.Groups["title"].Index));
                }
                else if (text.Inlines.OfType<FootnoteReference>().Cast<Inline>().ToList() is { Count: > 0 } notes)
                {
                    // "# B[^1]": the footnote the UN sets on the designation of a part issued on its own.
                    part.DesignationNote = new InlineText(EquatableArray.From(notes));
                }

                return;
            }

            diagnostics.Add(DraftingDiagnostic.Create(TemplateDiagnostics.UnknownDivision, span, plain));
        }

        if (annex is not null)
        {
            if (annex.Title is null && annex.Blocks.Count == 0)
            {
                annex.Title = text;
            }
            else
            {
                annex.Blocks.Add(new Heading(text, Math.Max(1, heading.Level - 1), span));
            }

            return;
        }

        var current = CurrentPart(span);
        if (current.Title is null && current.Formula is null && current.Preamble.Count == 0 && current.Operative.Count == 0 && current.Designation is not null)
        {
            current.Title = text;
            return;
        }

        current.Add(new Heading(text, Math.Max(1, heading.Level - 1), span));
    }

    private void AddParagraph(InlineText text, SourceSpan span)
    {
        var plain = text.PlainText;
        if (annex is not null)
        {
            if (SubparagraphLabel.TryRead(plain, out var annexLabel) && annex.LastParagraphLadder is { } annexLadder)
            {
                annexLadder.Add(annexLabel, InlineSlicing.TrimStart(text, annexLabel.Length), span);
                return;
            }

            annex.AddParagraph(TextParagraph(text, span));
            return;
        }

        var current = CurrentPart(span);
        if (current.Formula is null && current.Preamble.Count == 0 && current.Operative.Count == 0 && TryFormula(current, text, span))
        {
            return;
        }

        if (SubparagraphLabel.TryRead(plain, out var label))
        {
            var body = InlineSlicing.TrimStart(text, label.Length);
            var last = current.LastParagraph;
            if (last is not null && (last.EndsWithColon || !last.Ladder.IsEmpty || current.InAdoptedText) && !StartsLetteredParagraph(current, last, label))
            {
                last.Ladder.Add(label, body, span);
                return;
            }

            if (label.LetterValue is int letter && !label.IsDigits && (current.IsLettered || current.Operative.Count == 0))
            {
                current.Add(new ParagraphDraft(ParagraphKind.Operative, body, span) { Number = letter, Style = NumberStyle.Letter });
                return;
            }
        }

        if (current.Operative.Count == 0)
        {
            if (current.LastParagraph is { Kind: ParagraphKind.Preambular, Ladder.IsEmpty: false } listed && plain.TrimStart() is { Length: > 0 } opening && char.IsLower(opening[0]))
            {
                // "*and stressing* the need …," after the items of a preambular paragraph goes on with that paragraph
                // (S/RES/2568 (2021)).
                listed.Ladder.AddUnlabelled(text, span);
                return;
            }

            current.Add(new ParagraphDraft(ParagraphKind.Preambular, text, span));
            return;
        }

        if (AddedParagraph.Match(plain) is { Success: true } added && int.TryParse(added.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var after))
        {
            // "5 bis. *Encourages* …": a paragraph added after paragraph 5 in a negotiation draft (Editorial Manual,
            // paragraphs and subparagraphs); read as an operative paragraph so its lead is checked, DK1030 judges the label.
            current.Add(new ParagraphDraft(ParagraphKind.Operative, InlineSlicing.TrimStart(text, added.Length), span) { Number = after, Addition = added.Groups["latin"].Value.ToLowerInvariant() });
            return;
        }

        // "[5 ter. …]": an alternative paragraph in brackets, a negotiation mark DK1030 judges, not misplaced text.
        if (!current.HoldsUnnumberedText(text) && !(plain.StartsWith("[", StringComparison.Ordinal) && AddedParagraph.IsMatch(plain.Substring(1))))
        {
            diagnostics.Add(DraftingDiagnostic.Create(
                TemplateDiagnostics.MisplacedText,
                span,
                "A paragraph without a number follows the operative paragraphs; number it, indent it under its paragraph, or move it into an annex"));
        }

        current.Add(TextParagraph(text, span));
    }

    /// <summary>
    /// A paragraph without a lead; a decimal label in front ("1.1. Raise awareness …", the items of an adopted agenda,
    /// 76/3) is its label, as printed, for no Markdown list is numbered so.
    /// </summary>
    private static ParagraphDraft TextParagraph(InlineText text, SourceSpan span) =>
        DecimalLabel.Match(text.PlainText) is { Success: true } label
            ? new ParagraphDraft(ParagraphKind.Text, InlineSlicing.TrimStart(text, label.Length), span) { Label = label.Groups["label"].Value }
            : new ParagraphDraft(ParagraphKind.Text, text, span);

    /// <summary>
    /// A lettered paragraph continues the lettered operative paragraphs of a decision when its letter is the next
    /// one; otherwise it is a subparagraph of the paragraph that introduced it.
    /// </summary>
    private static bool StartsLetteredParagraph(PartBuilder current, ParagraphDraft last, SubparagraphLabel label) =>
        current.IsLettered
        && last.Kind == ParagraphKind.Operative
        && last.Ladder.IsEmpty
        && label.LetterValue == current.LastLetter + 1;

    private bool TryFormula(PartBuilder current, InlineText text, SourceSpan span)
    {
        var plain = text.PlainText;
        var subject = FormulaSubject(plain);
        if (subject is null)
        {
            if (!IsItalicFormula(text))
            {
                return false;
            }

            current.Formula = new EnactingFormula(text, false, span);
            return true;
        }

        var rest = plain.Substring(subject.Length);
        var restTrimmed = rest.TrimStart();
        if (rest.Length == 0 || rest[0] is ',' or ':' || restTrimmed.Length == 0)
        {
            current.Formula = new EnactingFormula(text, false, span);
            return true;
        }

        if (rest[0] == ' ' && (char.IsLetter(restTrimmed[0]) || restTrimmed[0] is '*' or '_'))
        {
            // "The Economic and Social Council decides to …": formula and single paragraph in one sentence. A verb
            // written as a lead ("… Council *Decides* …") is still this form; DK1001 asks for it in lower case.
            var formulaText = InlineSlicing.Slice(text, 0, subject.Length);
            var paragraph = InlineSlicing.TrimStart(text, subject.Length + (rest.Length - restTrimmed.Length));
            current.Formula = new EnactingFormula(formulaText, true, span);
            current.Add(new ParagraphDraft(ParagraphKind.Operative, paragraph, span));
            return true;
        }

        return false;
    }

    /// <summary>
    /// The first paragraph wholly in italics but for its closing comma or colon is the enacting formula in whatever
    /// language or organ the text is in ("*L’Assemblée générale*,", 75/274 in French): no preambular paragraph is a
    /// lead alone.
    /// </summary>
    private static bool IsItalicFormula(InlineText text) =>
        text.Inlines.Count is 1 or 2
        && text.Inlines[0] is Emphasis { Content.PlainText: var subject } && subject.Trim().Length > 0 && subject.IndexOf(' ') > 0
        && (text.Inlines.Count == 1 || text.Inlines[1] is TextRun { Text: "," or ":" });

    private string? FormulaSubject(string plain)
    {
        if (plain.StartsWith(header.Organ.FormulaSubject, StringComparison.Ordinal))
        {
            return header.Organ.FormulaSubject;
        }

        foreach (var organ in Organ.Known)
        {
            if (plain.StartsWith(organ.FormulaSubject, StringComparison.Ordinal))
            {
                return organ.FormulaSubject;
            }
        }

        return null;
    }

    private void AddList(ListBlock list)
    {
        if (!list.IsOrdered)
        {
            foreach (var item in list)
            {
                if (item is ListItemBlock listItem)
                {
                    AddBulletItem(listItem);
                }
            }

            return;
        }

        var current = annex is null ? CurrentPart(SpanOf(list)) : null;
        var embedInto = current?.LastParagraph is { EndsWithColon: true, Kind: not ParagraphKind.Preambular } host && FirstOrder(list) == 1 ? host : null;
        foreach (var item in list)
        {
            if (item is not ListItemBlock listItem)
            {
                continue;
            }

            var order = listItem.Order;
            if (embedInto is not null)
            {
                var node = embedInto.Ladder.AddDecimal(order.ToString(System.Globalization.CultureInfo.InvariantCulture), FirstParagraphText(listItem), SpanOf(listItem), underLastItem: !embedInto.Ladder.IsEmpty && embedInto.LadderEndsWithColon);
                AddNestedDecimalItems(node, listItem);
                continue;
            }

            ParagraphDraft paragraph;
            if (annex is not null)
            {
                paragraph = new ParagraphDraft(ParagraphKind.Text, FirstParagraphText(listItem), SpanOf(listItem)) { Label = order.ToString(System.Globalization.CultureInfo.InvariantCulture) };
                annex.AddParagraph(paragraph);
            }
            else if (current!.IsLettered)
            {
                // A numbered list inside a lettered decision is an embedded list such as a provisional agenda.
                paragraph = new ParagraphDraft(ParagraphKind.Text, FirstParagraphText(listItem), SpanOf(listItem)) { Label = order.ToString(System.Globalization.CultureInfo.InvariantCulture) };
                current.Add(paragraph);
            }
            else
            {
                paragraph = new ParagraphDraft(ParagraphKind.Operative, FirstParagraphText(listItem), SpanOf(listItem)) { Number = order };
                current.Add(paragraph);
                if (SubparagraphLabel.TryRead(paragraph.Text.PlainText, out var opening) && (opening.LetterValue == 1 || opening.RomanValue == 1))
                {
                    // "11. (a) *Expresses* concern …": a paragraph whose words are all in its subparagraphs, the first
                    // printed on the paragraph's own line (S/RES/2592 (2021), paragraphs 11 and 14).
                    paragraph.Ladder.Add(opening, InlineSlicing.TrimStart(paragraph.Text, opening.Length), paragraph.Span);
                    paragraph.Text = InlineText.Empty;
                }
            }

            AddItemContent(paragraph, listItem);
        }
    }

    private static int FirstOrder(ListBlock list) => list.Count > 0 && list[0] is ListItemBlock first ? first.Order : 0;

    private InlineText FirstParagraphText(ListItemBlock item) =>
        item.Count > 0 && item[0] is ParagraphBlock paragraph ? inlines.Convert(paragraph.Inline) : InlineText.Empty;

    /// <summary>The blocks of a list item after its first paragraph: subparagraphs, nested lists, continuations.</summary>
    private void AddItemContent(ParagraphDraft paragraph, ListItemBlock item)
    {
        for (var i = 0; i < item.Count; i++)
        {
            var block = item[i];
            if (i == 0 && block is ParagraphBlock)
            {
                continue;
            }

            AddInside(paragraph, block);
        }
    }

    private void AddInside(ParagraphDraft paragraph, Block block)
    {
        switch (block)
        {
            case ParagraphBlock inner:
            {
                var text = inlines.Convert(inner.Inline);
                if (SubparagraphLabel.TryRead(text.PlainText, out var label))
                {
                    paragraph.Ladder.Add(label, InlineSlicing.TrimStart(text, label.Length), SpanOf(inner));
                }
                else
                {
                    paragraph.Ladder.AddUnlabelled(text, SpanOf(inner));
                }

                break;
            }

            case ListBlock { IsOrdered: true } nested:
                foreach (var child in nested)
                {
                    if (child is ListItemBlock childItem)
                    {
                        var node = paragraph.Ladder.AddDecimal(
                            childItem.Order.ToString(System.Globalization.CultureInfo.InvariantCulture),
                            FirstParagraphText(childItem),
                            SpanOf(childItem),
                            underLastItem: !paragraph.Ladder.IsEmpty && paragraph.LadderEndsWithColon);
                        AddNestedDecimalItems(node, childItem);
                    }
                }

                break;
            case ListBlock bullets:
                foreach (var child in bullets)
                {
                    if (child is ListItemBlock childItem)
                    {
                        foreach (var inner in childItem)
                        {
                            AddInside(paragraph, inner);
                        }
                    }
                }

                break;
            default:
                var span = SpanOf(block);
                diagnostics.Add(DraftingDiagnostic.Create(TemplateDiagnostics.UnsupportedMarkdown, span, DescribeUnsupported(block)));
                var raw = block is LeafBlock { Lines.Count: > 0 } leaf ? leaf.Lines.ToString().Trim() : string.Empty;
                if (raw.Length > 0)
                {
                    paragraph.Ladder.AddUnlabelled(InlineText.Of(new TextRun(raw, span)), span);
                }

                break;
        }
    }

    /// <summary>The "(a)" items under an item of an embedded numbered list ("4. Strategic management …:").</summary>
    private void AddNestedDecimalItems(SubparagraphLadder.Node node, ListItemBlock item)
    {
        var ladder = new SubparagraphLadder();
        for (var i = 1; i < item.Count; i++)
        {
            var holder = new ParagraphDraft(ParagraphKind.Text, InlineText.Empty, SpanOf(item[i]));
            AddInside(holder, item[i]);
            foreach (var built in holder.Ladder.Build())
            {
                node.Children.Add(ToNode(built));
            }
        }
    }

    private static SubparagraphLadder.Node ToNode(Subparagraph item)
    {
        var node = new SubparagraphLadder.Node(item.Label, item.Style, item.Text, item.Span);
        foreach (var child in item.Items)
        {
            node.Children.Add(ToNode(child));
        }

        return node;
    }

    private void AddBulletItem(ListItemBlock item)
    {
        var span = SpanOf(item);
        var target = annex is not null ? annex.LastParagraph : CurrentPart(span).LastParagraph;
        if (target is null)
        {
            diagnostics.Add(DraftingDiagnostic.Create(
                TemplateDiagnostics.MisplacedText,
                span,
                "A bulleted item stands before any paragraph it could belong to; it is kept as a paragraph of its own"));
            foreach (var block in item)
            {
                AddTopLevel(block);
            }

            return;
        }

        foreach (var block in item)
        {
            AddInside(target, block);
        }
    }

    private Model.Table ConvertTable(MarkdownTable table)
    {
        var rows = new List<TableRow>();
        var written = new List<string[]>();
        foreach (var rowBlock in table)
        {
            if (rowBlock is not Markdig.Extensions.Tables.TableRow row)
            {
                continue;
            }

            var cells = new List<InlineText>();
            var spans = new List<int>();
            var writtenCells = new List<string>();
            foreach (var cellBlock in row)
            {
                var writtenCell = WrittenCell(cellBlock);
                if (writtenCell == TableHeaderRows.SpannedCell && cells.Count > 0)
                {
                    spans[spans.Count - 1]++;
                    writtenCells.Add(writtenCell);
                    continue;
                }

                var cellText = InlineText.Empty;
                if (cellBlock is TableCell cell && cell.Count > 0 && cell[0] is ParagraphBlock paragraph)
                {
                    cellText = inlines.Convert(paragraph.Inline);
                }

                writtenCells.Add(writtenCell);
                cells.Add(cellText);
                spans.Add(1);
            }

            rows.Add(new TableRow(EquatableArray.From(cells), row.IsHeader, SpanOf(row)) { Spans = spans.Any(span => span > 1) ? EquatableArray.From(spans) : EquatableArray<int>.Empty });
            written.Add(writtenCells.ToArray());
        }

        return new Model.Table(EquatableArray.From(HeaderRows(rows, written)), SpanOf(table));
    }

    /// <summary>A cell as the template writes it, escapes and all: the characters between its column delimiters.</summary>
    private string WrittenCell(Block cell)
    {
        var start = Math.Max(0, cell.Span.Start);
        var end = Math.Min(source.Length - 1, cell.Span.End);
        return end < start ? string.Empty : source.Substring(start, end - start + 1).Trim().Trim('|');
    }

    /// <summary>
    /// The header rows as the template marks them (<see cref="TableHeaderRows"/>): the rows down to a rule of
    /// dashes after the delimiter line, else the header line, unless it is blank and so stands for none.
    /// </summary>
    private static List<TableRow> HeaderRows(List<TableRow> rows, List<string[]> written)
    {
        if (rows.Count == 0 || !rows[0].IsHeader)
        {
            return rows;
        }

        var rule = written.FindIndex(1, cells => TableHeaderRows.IsRule(cells));
        if (rule > 0)
        {
            var marked = new List<TableRow>(rows.Count - 1);
            for (var i = 0; i < rows.Count; i++)
            {
                if (i != rule)
                {
                    marked.Add(rows[i] with { IsHeader = i < rule });
                }
            }

            return marked;
        }

        return TableHeaderRows.IsBlank(written[0]) && rows.Count > 1 ? rows.GetRange(1, rows.Count - 1) : rows;
    }

    private void AddFootnotes(FootnoteGroup group)
    {
        foreach (var block in group)
        {
            if (block is not Markdig.Extensions.Footnotes.Footnote footnote)
            {
                continue;
            }

            var parts = new List<Model.Inline>();
            foreach (var child in footnote)
            {
                if (child is ParagraphBlock paragraph)
                {
                    if (parts.Count > 0)
                    {
                        parts.Add(new TextRun(" ", SpanOf(paragraph)));
                    }

                    parts.AddRange(inlines.Convert(paragraph.Inline).Inlines);
                }
            }

            footnotes.Add(new Model.Footnote(InlineConverter.FootnoteLabel(footnote.Label), new InlineText(EquatableArray.From(parts)), SpanOf(footnote)));
        }
    }

    private void AddBlock(BodyBlock block)
    {
        if (annex is not null)
        {
            annex.Blocks.Add(block);
        }
        else
        {
            CurrentPart(block.Span).Add(block);
        }
    }

    private PartBuilder CurrentPart(SourceSpan span) => part ??= new PartBuilder(null, span);

    private void FinishPart()
    {
        if (part is not null)
        {
            parts.Add(part.Build());
            part = null;
        }
    }

    private void FinishAnnex()
    {
        if (annex is not null)
        {
            annexes.Add(annex.Build());
            annex = null;
        }
    }

    private sealed class PartBuilder
    {
        public PartBuilder(string? designation, SourceSpan span)
        {
            Designation = designation;
            Span = span;
        }

        public string? Designation { get; }

        public SourceSpan Span { get; }

        public InlineText? Title { get; set; }

        public InlineText? DesignationNote { get; set; }

        public EnactingFormula? Formula { get; set; }

        public BlockDrafts Preamble { get; } = new();

        public BlockDrafts Operative { get; } = new();

        public ParagraphDraft? LastParagraph => Operative.Count > 0 ? Operative.LastParagraph : Preamble.LastParagraph;

        public bool IsLettered { get; private set; }

        public int LastLetter { get; private set; }

        public void Add(ParagraphDraft paragraph)
        {
            if (paragraph.Kind != ParagraphKind.Text)
            {
                SectionOpening = false;
                ListedAfterColon = false;
            }

            if (paragraph.Kind == ParagraphKind.Operative)
            {
                if (paragraph.Style == NumberStyle.Letter)
                {
                    IsLettered = true;
                    LastLetter = paragraph.Number ?? LastLetter;
                }

                Operative.Add(paragraph);
            }
            else if (paragraph.Kind == ParagraphKind.Preambular || Operative.Count == 0)
            {
                Preamble.Add(paragraph);
            }
            else
            {
                Operative.Add(paragraph);
            }
        }

        /// <summary>
        /// True when an unnumbered paragraph among the operative paragraphs stands where the UN's adopted texts set
        /// one (measured on the 647 resolutions of the UN corpus): the text a first paragraph adopts ("*Adopts* the
        /// following declaration:", 75/1, 76/1, 76/3); the restated preamble or single unnumbered paragraph of a
        /// section, opening with its italic lead right after the section's heading (budget resolutions: "## II",
        /// "*Having considered* …", "1. *Takes note* …"); a note under a table; the items a paragraph ending with
        /// a colon introduces ("8. *Decides* that the plenary meetings will be held as follows:" "Thursday, 2 June:
        /// …"); and the words that close a paragraph after its subparagraphs ("and demands that …").
        /// </summary>
        public bool HoldsUnnumberedText(InlineText text)
        {
            if (AdoptsFollowingText)
            {
                return true;
            }

            var last = Operative.Count > 0 ? Operative[Operative.Count - 1] : default;
            var opensWithLead = text.Inlines.Count > 0 && text.Inlines[0] is Emphasis;
            switch (last.Block)
            {
                case Heading:
                    return opensWithLead;
                case Model.Table:
                    return true;
                case null when last.Paragraph is { } paragraph:
                    if (paragraph.Kind == ParagraphKind.Text && paragraph.Label is null && (SectionOpening || ListedAfterColon))
                    {
                        return SectionOpening ? opensWithLead : true;
                    }

                    if (paragraph.EndsWithColon && paragraph.Ladder.IsEmpty)
                    {
                        ListedAfterColon = true;
                        return true;
                    }

                    var plain = text.PlainText.TrimStart();
                    return !paragraph.Ladder.IsEmpty && plain.Length > 0 && char.IsLower(plain[0]);
                default:
                    return false;
            }
        }

        /// <summary>The operative part opens with an unnumbered paragraph that adopts the text that follows it.</summary>
        private bool AdoptsFollowingText =>
            Preamble.LastOrDefault(entry => entry.Block is not Heading).Paragraph is { Kind: ParagraphKind.Preambular, Number: null } opening
            && AdoptsFollowing(opening);

        /// <summary>
        /// True while the paragraphs read stand after an unnumbered paragraph that adopts "the following" text and have
        /// no lead of their own: they are that text (MoveAdoptedText), so a "(a)" among them is an item of the paragraph
        /// before it, never the first paragraph of a lettered decision (77/276: "*Decides* … on the following
        /// questions:", the quoted "Having particular regard to …," then the questions "(a)" and "(b)").
        /// </summary>
        public bool InAdoptedText
        {
            get
            {
                if (Operative.Count > 0)
                {
                    return false;
                }

                var start = Preamble.Count - 1;
                while (start >= 0 && !(Preamble[start].Paragraph is { Kind: ParagraphKind.Preambular, Number: null } paragraph && AdoptsFollowing(paragraph)))
                {
                    start--;
                }

                return start >= 0
                    && start < Preamble.Count - 1
                    && Preamble.Skip(start + 1).All(entry => entry.Paragraph is { } paragraph && !(paragraph.Text.Inlines.Count > 0 && paragraph.Text.Inlines[0] is Emphasis));
            }
        }

        private static bool AdoptsFollowing(ParagraphDraft paragraph) =>
            paragraph.EndsWithColon
            && paragraph.Text.Inlines.Count > 0 && paragraph.Text.Inlines[0] is Emphasis
            && paragraph.Text.PlainText.IndexOf(" the following ", StringComparison.Ordinal) >= 0;

        /// <summary>Unnumbered paragraphs since the last heading open a section (its restated preamble).</summary>
        private bool SectionOpening { get; set; }

        /// <summary>Unnumbered paragraphs since the last paragraph ending with a colon are the items it introduces.</summary>
        private bool ListedAfterColon { get; set; }

        public void Add(BodyBlock block)
        {
            SectionOpening = block is Heading;
            ListedAfterColon = false;
            if (Operative.Count > 0 || OpensOperativePart(block))
            {
                Operative.Add(block);
            }
            else
            {
                Preamble.Add(block);
            }
        }

        /// <summary>
        /// A heading right after the formula opens the operative part: a preamble has no headings, and a budget
        /// resolution that opens with "## I" sets each section's restated preamble ("*Recalling* …") under its heading.
        /// </summary>
        private bool OpensOperativePart(BodyBlock block) => block is Heading && Formula is not null && Preamble.Count == 0;

        public DocumentPart Build()
        {
            var preamble = Preamble.Build();
            var operative = Operative.Build();
            MoveAdoptedText(preamble, operative);

            // Headings divide the operative part, never close a preamble: headings read before the first numbered
            // paragraph ("I. Introduction" opening a budget resolution's operative part) belong to it.
            while (operative.Count > 0 && preamble.Count > 0 && preamble[preamble.Count - 1] is Heading heading)
            {
                preamble.RemoveAt(preamble.Count - 1);
                operative.Insert(0, heading);
            }

            // An unnumbered paragraph that opens with an operative lead ("*Adopts* the following declaration:",
            // "*Resolves* that:", "*Urges* all countries …:" with its subparagraphs) after the preamble is the operative
            // part's unnumbered first paragraph, whether numbered paragraphs follow or not. One that ends with the
            // comma of a preambular paragraph stays in the preamble, where the lead rule (DK1101) reports its verb.
            if (preamble.Count > 0 && preamble[preamble.Count - 1] is PreambularParagraph { Lead: { } lead } opening
                && !opening.Text.PlainText.TrimEnd().EndsWith(",", StringComparison.Ordinal)
                && Vocabulary.LeadVocabulary.Default.Operative.ContainsKey(lead)
                && !Vocabulary.LeadVocabulary.Default.Preambular.ContainsKey(lead))
            {
                preamble.RemoveAt(preamble.Count - 1);
                operative.Insert(0, new OperativeParagraph(null, NumberStyle.Arabic, opening.Text, opening.Subparagraphs, opening.Span));
            }

            // A text with no numbered paragraph ends in its single operative paragraph: the last paragraph that
            // closes with a full stop, not the comma of a preambular paragraph.
            if (operative.Count == 0 && preamble.Count > 0 && preamble[preamble.Count - 1] is PreambularParagraph last
                && last.Text.PlainText.TrimEnd().EndsWith(".", StringComparison.Ordinal))
            {
                preamble.RemoveAt(preamble.Count - 1);
                operative.Add(new OperativeParagraph(null, NumberStyle.Arabic, last.Text, last.Subparagraphs, last.Span));
            }

            return new DocumentPart(Designation, Title, Formula, EquatableArray.From(preamble), EquatableArray.From(operative), Span) { DesignationNote = DesignationNote };
        }
    }

    /// <summary>
    /// "*Adopts* the following political declaration …:", a heading, then the declaration opening with unnumbered
    /// paragraphs of its own ("We, Heads of State and Government …", 76/1) before its numbered ones: the adopting
    /// paragraph opens the operative part and what follows it is the adopted text, not more preamble.
    /// </summary>
    private static void MoveAdoptedText(List<BodyBlock> preamble, List<BodyBlock> operative)
    {
        var start = preamble.FindIndex(block => block is PreambularParagraph { Lead: { } lead } paragraph
            && paragraph.Text.PlainText.TrimEnd().EndsWith(":", StringComparison.Ordinal)
            && paragraph.Text.PlainText.IndexOf(" the following ", StringComparison.Ordinal) >= 0
            && Vocabulary.LeadVocabulary.Default.Operative.ContainsKey(lead)
            && !Vocabulary.LeadVocabulary.Default.Preambular.ContainsKey(lead));
        if (start < 0 || start == preamble.Count - 1
            || preamble.Skip(start + 1).Any(block => block is PreambularParagraph { Lead: not null })
            || !preamble.Skip(start + 1).Any(block => block is PreambularParagraph))
        {
            return; // Nothing but the adopting paragraph, or more leads after it: the rules below decide.
        }

        var moved = new List<BodyBlock>();
        var opening = (PreambularParagraph)preamble[start];
        moved.Add(new OperativeParagraph(null, NumberStyle.Arabic, opening.Text, opening.Subparagraphs, opening.Span));
        foreach (var block in preamble.Skip(start + 1))
        {
            moved.Add(block is PreambularParagraph paragraph ? new TextParagraph(null, paragraph.Text, paragraph.Subparagraphs, paragraph.Span) : block);
        }

        preamble.RemoveRange(start, preamble.Count - start);
        operative.InsertRange(0, moved);
    }

    private sealed class AnnexBuilder
    {
        private readonly string label;
        private readonly SourceSpan span;
        private readonly BlockDrafts blocks = new();

        public AnnexBuilder(string label, SourceSpan span)
        {
            this.label = label;
            this.span = span;
        }

        public InlineText? Title { get; set; }

        public BlockDrafts Blocks => blocks;

        public ParagraphDraft? LastParagraph => blocks.LastParagraph;

        public SubparagraphLadder? LastParagraphLadder => LastParagraph is { } last && (last.EndsWithColon || !last.Ladder.IsEmpty) ? last.Ladder : null;

        public void AddParagraph(ParagraphDraft paragraph) => blocks.Add(paragraph);

        public Annex Build()
        {
            var built = blocks.Build();
            return new Annex(label, Title, EquatableArray.From(built), span);
        }
    }
}

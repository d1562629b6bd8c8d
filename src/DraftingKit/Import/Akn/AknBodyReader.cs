using System.Globalization;
using System.Xml.Linq;
using DraftingKit.Model;
using DraftingKit.Templates;

namespace DraftingKit.Import.Akn;

/// <summary>
/// Reads the blocks of a preamble, a main body or an annex: preambular <c>container</c>s, numbered
/// <c>paragraph</c>s with their <c>list</c>/<c>point</c> subparagraphs, <c>subheading</c>s and sections,
/// tables. Subparagraphs that the UN's files mark up as unnumbered paragraphs opening with "(a)" are nested under
/// the paragraph they belong to, as a reader of the printed text sees them.
/// </summary>
internal sealed class AknBodyReader
{
    private readonly AknContext context;
    private readonly AknInlineReader inlines;

    public AknBodyReader(AknContext context)
    {
        this.context = context;
        inlines = new AknInlineReader(context);
    }

    public AknInlineReader Inlines => inlines;

    /// <summary>The preambular paragraphs (and any tables among them) of <paramref name="preamble"/>.</summary>
    public List<BodyBlock> ReadPreamble(XElement preamble)
    {
        var blocks = new BlockList();
        foreach (var element in preamble.Elements())
        {
            switch (AknContext.Name(element))
            {
                case "formula":
                    break;
                case "container":
                    ReadContainer(blocks, element, preambular: true);
                    break;
                case "blockList":
                    ReadBlockList(blocks, element, preambular: true);
                    break;
                case "p" when Bold(inlines.Read(element)):
                    // A line in bold set among the preambular containers heads the paragraphs after it (S/RES/2713 (2023)).
                    blocks.Add(new Heading(inlines.Read(element), 1, context.SpanOf(element)));
                    break;
                default:
                    ReadOther(blocks, element, preambular: true);
                    break;
            }
        }

        return blocks.Build();
    }

    /// <summary>
    /// The paragraphs of a main body that a later preamble follows: the preamble has not ended, so they are
    /// preambular paragraphs, whatever element holds them.
    /// </summary>
    public List<BodyBlock> ReadPreambleRun(XElement mainBody)
    {
        var blocks = new BlockList();
        foreach (var element in mainBody.Elements())
        {
            switch (AknContext.Name(element))
            {
                case "paragraph":
                {
                    // A number, should one stand there, stays in the text: nothing the file prints is dropped.
                    var numElement = AknContext.Child(element, "num");
                    var num = numElement is null ? string.Empty : inlines.Read(numElement).PlainText.Trim();
                    foreach (var child in element.Elements())
                    {
                        if (AknContext.Name(child) is "content" or "intro")
                        {
                            var text = inlines.ReadParagraphs(child);
                            text = num.Length > 0 ? Prefix(num, text) : text;
                            num = string.Empty;
                            if (!blocks.TryAddSubparagraph(text, context.SpanOf(child)))
                            {
                                blocks.AddParagraph(new ParagraphDraft(ParagraphKind.Preambular, text, context.SpanOf(child)));
                            }
                        }
                        else if (AknContext.Name(child) != "num")
                        {
                            ReadOther(blocks, child, preambular: true);
                        }
                    }

                    break;
                }

                case "container":
                    ReadContainer(blocks, element, preambular: true);
                    break;
                default:
                    ReadOther(blocks, element, preambular: true);
                    break;
            }
        }

        return blocks.Build();
    }

    /// <summary>The operative paragraphs and headings of <paramref name="mainBody"/>.</summary>
    public List<BodyBlock> ReadOperative(XElement mainBody)
    {
        var blocks = new BlockList();
        ReadMainBodyChildren(blocks, mainBody, annex: false);
        return blocks.Build();
    }

    /// <summary>
    /// The blocks of an annex, its label when the annex opens with one ("Annex", "Annex II") and its title when a
    /// heading follows.
    /// </summary>
    public (string? Label, InlineText? Title, List<BodyBlock> Blocks) ReadAnnex(XElement mainBody)
    {
        var built = ReadAnnexBlocks(mainBody);
        string? label = null;
        if (built.Count > 0 && AnnexLabel(built[0]) is { } written)
        {
            label = written;
            built.RemoveAt(0);
        }

        if (built.Count > 0 && built[0] is Heading heading)
        {
            built.RemoveAt(0);
            if (label is null && LabelledTitle.Match(heading.Text.PlainText) is { Success: true } labelled)
            {
                // "Annex A – Items subject to a no-objection process" (S/RES/2662 (2022)): the label and the title on
                // one line, printed as the label over the title.
                var title = InlineSlicing.TrimStart(heading.Text, labelled.Groups["title"].Index);
                return (labelled.Groups["label"].Value, title, built);
            }

            return (label, heading.Text, built);
        }

        return (label, null, built);
    }

    /// <summary>The blocks of an annex's main body, every one as it stands (the label and title read elsewhere).</summary>
    public List<BodyBlock> ReadAnnexBlocks(XElement mainBody)
    {
        var blocks = new BlockList();
        ReadMainBodyChildren(blocks, mainBody, annex: true);
        return blocks.Build();
    }

    private static readonly System.Text.RegularExpressions.Regex LabelledTitle = new(
        @"^\s*(?<label>Annex(?:\s+(?:[IVXLC]+|\d+|[A-Z]))?)\s*[–—:.-]\s+(?<title>\S.*)$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    private static string? AnnexLabel(BodyBlock block)
    {
        var text = block switch
        {
            Heading heading => heading.Text.PlainText,
            TextParagraph { Label: null, Subparagraphs.IsEmpty: true } paragraph => paragraph.Text.PlainText,
            _ => null,
        };
        if (text is null)
        {
            return null;
        }

        // "Annex A", "Annex B": the Council letters the annexes of its sanctions resolutions (S/RES/2551 (2020)).
        var match = System.Text.RegularExpressions.Regex.Match(text.Trim(), @"^Annex(?:\s+(?:[IVXLC]+|\d+|[A-Z]))?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return match.Success ? match.Value : null;
    }

    private void ReadMainBodyChildren(BlockList blocks, XElement parent, bool annex)
    {
        foreach (var element in parent.Elements())
        {
            switch (AknContext.Name(element))
            {
                case "paragraph":
                    ReadParagraph(blocks, element, annex);
                    break;
                case "section":
                    ReadMainBodyChildren(blocks, element, annex);
                    break;
                case "num":
                    blocks.Add(new Heading(inlines.Read(element), 1, context.SpanOf(element)));
                    break;
                case "subheading":
                case "heading":
                    blocks.Add(new Heading(inlines.Read(element), 1, context.SpanOf(element)));
                    break;
                case "crossHeading":
                    // A section of a budget resolution restates its own preamble ("Recalling …") among the
                    // operative paragraphs; the model keeps it as a text paragraph where it stands.
                    blocks.AddParagraph(new ParagraphDraft(ParagraphKind.Text, inlines.Read(element), context.SpanOf(element)));
                    break;
                case "container":
                    ReadContainer(blocks, element, preambular: false);
                    break;
                case "blockList":
                    ReadBlockList(blocks, element, preambular: false);
                    break;
                case "p" when !annex && inlines.Read(element) is var line && (PlainHeading.Is(line) || InlineHeading.Is(line)):
                    // "*" set as a paragraph of the main body before its first part (S/RES/2713 (2023)): a separator
                    // printed on its own line, read as the headings are.
                    blocks.Add(new Heading(line, 1, context.SpanOf(element)));
                    break;
                default:
                    ReadOther(blocks, element, preambular: false);
                    break;
            }
        }
    }

    private void ReadParagraph(BlockList blocks, XElement paragraph, bool annex)
    {
        var span = context.SpanOf(paragraph);
        var numElement = AknContext.Child(paragraph, "num");
        var num = numElement is null ? null : inlines.Read(numElement).PlainText.Trim();
        ParagraphDraft? pending = null;
        foreach (var child in paragraph.Elements())
        {
            switch (AknContext.Name(child))
            {
                case "num":
                    break;
                case "subheading":
                case "heading":
                {
                    var text = inlines.Read(child);
                    if (num is { Length: > 0 } && pending is null)
                    {
                        // Some files write the number twice, in 'num' and in the heading ("A." + "A. Plenary
                        // meetings"); the printed heading has it once.
                        text = text.PlainText.StartsWith(num + " ", StringComparison.Ordinal) ? text : Prefix(num, text);
                        num = null;
                        context.NumberedHeadings.Add(context.SpanOf(child));
                    }

                    blocks.Add(new Heading(text, 1, context.SpanOf(child)));
                    break;
                }

                case "content" when Subheadings(child) is { Count: > 0 } subheadings:
                    // "<content><p><subheading>I</subheading></p></content>" (session 77): a heading set inside a
                    // paragraph's text is a heading, as the element says, wherever the file nests it.
                    foreach (var subheading in subheadings)
                    {
                        var text = inlines.Read(subheading);
                        if (num is { Length: > 0 })
                        {
                            text = text.PlainText.StartsWith(num + " ", StringComparison.Ordinal) ? text : Prefix(num, text);
                            num = null;
                            context.NumberedHeadings.Add(context.SpanOf(subheading));
                        }

                        blocks.Add(new Heading(text, 1, context.SpanOf(subheading)));
                    }

                    pending = null;
                    break;
                case "content" when AknContext.Descendant(child, "quotedStructure") is { } quoted:
                {
                    // "… shall be replaced by the following:" then the quoted paragraph and its points "a.", "b."
                    // (S/RES/2699 (2023), paragraph 14): the quotation's paragraphs and points are the paragraph's items,
                    // printed each on its own line and exported as the points of its list.
                    pending = ContentParagraph(blocks, num, inlines.ReadParagraphs(child, node => !(node is XElement p && p.DescendantsAndSelf().Contains(quoted))), span, annex, isHeading: false);
                    num = null;
                    if (pending is not null)
                    {
                        ReadQuotation(pending, quoted);
                    }

                    break;
                }

                case "content":
                    pending = ContentParagraph(blocks, num, inlines.ReadParagraphs(child), span, annex, OnlyStrong(child));
                    num = null;
                    break;
                case "list":
                    pending = ReadList(blocks, child, num, span, annex);
                    num = null;
                    break;
                case "alinea" when pending is not null:
                {
                    // The words that go on after a list ("and urges the Panel of Experts …", S/RES/2662 (2022), paragraph
                    // 47), and points set after them in the paragraph itself: all printed in the paragraph.
                    var content = AknContext.Child(child, "content");
                    pending.Ladder.AddUnlabelled(content is null ? inlines.Read(child) : inlines.ReadParagraphs(content), context.SpanOf(child));
                    break;
                }

                case "point" when pending is not null:
                    ReadPoint(pending, child);
                    break;
                case "sublist" when pending is not null:
                    ReadSublist(pending, child);
                    break;
                default:
                    ReadOther(blocks, child, preambular: false);
                    break;
            }
        }

        if (num is { Length: > 0 })
        {
            // A number alone ("I.") heads the section whose subheading follows.
            context.Report(AknImportDiagnostics.NumberAsHeading, paragraph, num);
            context.NumberedHeadings.Add(span);
            blocks.Add(new Heading(InlineText.Plain(num), 1, span));
        }
    }

    /// <summary>Places the text of a paragraph: numbered, a subparagraph of the one before, a heading, or text.</summary>
    private ParagraphDraft? ContentParagraph(BlockList blocks, string? num, InlineText text, Model.SourceSpan span, bool annex, bool isHeading)
    {
        if (num is { Length: > 0 } && blocks.Last is { } host && SubparagraphLabel.TryRead(num + " " + (text.IsEmpty ? "-" : text.PlainText), out var label) && label.Length == num.Length + 1)
        {
            // "(iii)" set as the number of a paragraph of its own: a subparagraph of the paragraph before.
            host.Ladder.Add(label, text, span);
            host.LastItemText = text;
            context.SubparagraphForms[span] = AknSubparagraphMarkup.NumberedParagraphs;
            return host;
        }

        if (num is { Length: > 0 } && !num.Any(char.IsLetterOrDigit))
        {
            // "•" set as the num of a paragraph (S/RES/2551 (2020), annex B), as another file of the same text types it
            // in the text (S/RES/2607 (2021)): printed the same, so read the same; the front matter keeps the form.
            context.BulletNumbers = true;
            return blocks.AddParagraph(new ParagraphDraft(ParagraphKind.Text, Prefix(num, text), span));
        }

        if (num is { Length: > 0 })
        {
            if (annex)
            {
                if (isHeading)
                {
                    context.NumberedHeadings.Add(span);
                    blocks.Add(new Heading(Prefix(num, StripLeadingDot(text)), 1, span));
                    return null;
                }

                return blocks.AddParagraph(new ParagraphDraft(ParagraphKind.Text, StripLeadingDot(text), span) { Label = num.TrimEnd('.') });
            }

            if (ParseArabic(num) is int number)
            {
                return blocks.AddParagraph(new ParagraphDraft(ParagraphKind.Operative, text, span) { Number = number });
            }

            if (isHeading)
            {
                // "I." with a bold "Introduction": a numbered heading of the operative part.
                context.NumberedHeadings.Add(span);
                blocks.Add(new Heading(Prefix(num, StripLeadingDot(text)), 1, span));
                return null;
            }

            return blocks.AddParagraph(new ParagraphDraft(ParagraphKind.Text, StripLeadingDot(text), span) { Label = num.TrimEnd('.') });
        }

        if (blocks.TryAddSubparagraph(text, span))
        {
            context.SubparagraphsAsParagraphs = true;
            context.SubparagraphForms[span] = AknSubparagraphMarkup.Paragraphs;
            return blocks.Last;
        }

        if (!isHeading && blocks.Last is { Ladder.IsEmpty: false } listed && OpensInLowerCase(text))
        {
            // Words in lower case after a paragraph's items, set as a paragraph of their own ("(g) … pension scheme;"
            // then "as well as the integrity of the Statute …", 75/253 B, section II): no paragraph opens in lower case,
            // so they close the paragraph the items belong to, as the preamble's do and as plain text reads them.
            listed.Ladder.AddUnlabelled(text, span);
            return listed;
        }

        if (!annex && NumberInText(text, blocks.LastNumber) is { } inText)
        {
            // "6.\tReaffirms …" with the number typed into the text instead of a 'num' element.
            return blocks.AddParagraph(new ParagraphDraft(ParagraphKind.Operative, InlineSlicing.TrimStart(text, inText.Length), span) { Number = inText.Number });
        }

        if (!isHeading && blocks.Last is { Ladder.LastItemIntroducesItems: true } introducing)
        {
            // "(b) The panels will address the following themes:", then "Panel 1: …" and "Panel 2: …" set as
            // paragraphs of their own, then "(c) …" (77/274; the bullets under "(e)" of 75/284's declaration): the
            // items the subparagraph introduces, printed under it, and the list goes on after them.
            introducing.Ladder.AddUnlabelled(text, span);
            return introducing;
        }

        if (isHeading)
        {
            blocks.Add(new Heading(text, 1, span));
            return null;
        }

        if (annex)
        {
            return blocks.AddParagraph(new ParagraphDraft(ParagraphKind.Text, text, span));
        }

        if (InlineHeading.Is(text) || PlainHeading.Is(text))
        {
            // An unnumbered line wholly in italics or bold, or a short line in roman with no punctuation, among operative
            // paragraphs or before the first is a subheading the file did not mark as one ("*Listing Criteria*",
            // "*Measures*", S/RES/2610 (2021); "Political process", S/RES/2512 (2020)): the Council divides its
            // operative parts so.
            blocks.Add(new Heading(text, 1, span));
            return null;
        }

        if (!blocks.HasOperative)
        {
            return blocks.AddParagraph(new ParagraphDraft(ParagraphKind.Operative, text, span));
        }

        if (blocks.Last is { LastItemText: { } lastItem } headed && InlineHeading.Is(lastItem))
        {
            // The text under a heading subparagraph ("(e) *Humanitarian assistance*"), which the UN file sets as a
            // paragraph of its own after the list (S/RES/2584 (2021), paragraph 30): printed under the heading.
            // The heading stays the last item: a second paragraph of text under it is printed under it too (paragraph
            // 31 (b)).
            headed.Ladder.AddUnlabelled(text, span);
            return headed;
        }

        context.Diagnostics.Add(Diagnostics.DraftingDiagnostic.Create(AknImportDiagnostics.UnnumberedParagraph, span, Excerpt(text)));
        return blocks.AddParagraph(new ParagraphDraft(ParagraphKind.Text, text, span));
    }

    private ParagraphDraft? ReadList(BlockList blocks, XElement list, string? num, Model.SourceSpan span, bool annex)
    {
        var intro = AknContext.Child(list, "intro");
        var text = intro is null ? InlineText.Empty : inlines.ReadParagraphs(intro);
        var host = ContentParagraph(blocks, num, text, span, annex, isHeading: false);
        if (host is null)
        {
            return null;
        }

        foreach (var child in list.Elements())
        {
            switch (AknContext.Name(child))
            {
                case "intro":
                    break;
                case "point":
                    ReadPoint(host, child);
                    break;
                case "sublist":
                    ReadSublist(host, child);
                    break;
                default:
                    host.Ladder.AddUnlabelled(inlines.Read(child), context.SpanOf(child));
                    context.Report(AknImportDiagnostics.UnmappedElement, child, AknContext.Name(child), "list");
                    break;
            }
        }

        return host;
    }

    /// <summary>
    /// The points of a sublist, and of the sublists inside it: the Council's files nest a sublist of dashes in a sublist
    /// of "(i)" items (S/RES/2552 (2020), paragraph 31 (a) (ii)); each dash is its own item, not one run of text.
    /// </summary>
    private void ReadSublist(ParagraphDraft host, XElement sublist)
    {
        foreach (var child in sublist.Elements())
        {
            if (AknContext.Name(child) == "sublist")
            {
                ReadSublist(host, child);
            }
            else
            {
                ReadPoint(host, child);
            }
        }
    }

    private void ReadPoint(ParagraphDraft host, XElement point)
    {
        foreach (var subheading in AknContext.Children(point, "subheading"))
        {
            // "Urgent temporary measures:" set as the subheading of the point it heads (S/RES/2605 (2021), paragraph 35
            // (f) (iii)): printed on a line of its own before the point's label, and written back in the point's
            // form ("Asset Freeze" over point (a) in a file whose other items are paragraphs, S/RES/2734 (2024)).
            var headingSpan = context.SpanOf(subheading);
            host.Ladder.AddUnlabelled(inlines.Read(subheading), headingSpan);
            context.SubparagraphForms[headingSpan] = AknSubparagraphMarkup.Points;
        }

        var numElement = AknContext.Child(point, "num");
        var num = numElement is null ? string.Empty : inlines.Read(numElement).PlainText.Trim();
        var contentElement = AknContext.Child(point, "content");
        var text = contentElement is null ? inlines.Read(point) : inlines.ReadParagraphs(contentElement);
        var span = context.SpanOf(point);
        context.SubparagraphForms[span] = AknSubparagraphMarkup.Points;
        AddItem(host, num, text, span);
    }

    /// <summary>The paragraphs and points of a quoted structure, as items of the paragraph that quotes them.</summary>
    private void ReadQuotation(ParagraphDraft host, XElement quoted)
    {
        foreach (var child in quoted.Elements())
        {
            if (AknContext.Name(child) == "point")
            {
                ReadPoint(host, child);
                continue;
            }

            var span = context.SpanOf(child);
            host.Ladder.AddUnlabelled(inlines.Read(child), span);
            context.SubparagraphForms[span] = AknSubparagraphMarkup.Points;
        }
    }

    private static void AddItem(ParagraphDraft host, string num, InlineText text, Model.SourceSpan span)
    {
        host.LastItemText = text;
        if (num.Length > 0 && SubparagraphLabel.TryRead(num + " " + (text.IsEmpty ? "-" : text.PlainText), out var label) && label.Length == num.Length + 1)
        {
            host.Ladder.Add(label, text, span);
            return;
        }

        if (num.Length > 0 && ParseArabic(num) is int number)
        {
            host.Ladder.AddDecimal(number.ToString(CultureInfo.InvariantCulture), text, span, underLastItem: false);
            return;
        }

        if (num.Length > 0 && SubparagraphLabel.TryRead(text.PlainText, out _))
        {
            host.Ladder.AddUnlabelled(Prefix(num, text), span);
            return;
        }

        if (SubparagraphLabel.TryRead(text.PlainText, out var inline) && num.Length == 0)
        {
            host.Ladder.Add(inline, InlineSlicing.TrimStart(text, inline.Length), span);
            return;
        }

        host.Ladder.AddUnlabelled(num.Length > 0 ? Prefix(num, text) : text, span);
    }

    private void ReadContainer(BlockList blocks, XElement container, bool preambular)
    {
        foreach (var child in container.Elements())
        {
            switch (AknContext.Name(child))
            {
                case "p":
                {
                    var text = inlines.Read(child);
                    if (blocks.TryAddSubparagraph(text, context.SpanOf(child)))
                    {
                        break;
                    }

                    if (Bold(text) || (!preambular && (InlineHeading.Is(text) || PlainHeading.Is(text))))
                    {
                        // A line wholly in bold set as a container of its own, in the preamble or among the operative
                        // paragraphs ("**Reporting**", S/RES/2551 (2020)), or a heading line among the operative paragraphs
                        // ("Reporting and Consultation", S/RES/2550 (2020)): the Council's subheading, written back as a
                        // container where the file has one.
                        var headingSpan = context.SpanOf(child);
                        blocks.Add(new Heading(text, 1, headingSpan));
                        if (!preambular)
                        {
                            context.HeadingContainers.Add(headingSpan);
                        }

                        break;
                    }

                    if (preambular && blocks.Last is { Ladder.IsEmpty: false } listed && OpensInLowerCase(text))
                    {
                        // "*and stressing* the need …," after a paragraph's items (S/RES/2568 (2021)): the paragraph goes on
                        // after its list, though the file sets the words in a container of their own.
                        listed.Ladder.AddUnlabelled(text, context.SpanOf(child));
                    }
                    else if (preambular)
                    {
                        blocks.AddParagraph(new ParagraphDraft(ParagraphKind.Preambular, text, context.SpanOf(child)));
                    }
                    else if (!text.IsEmpty)
                    {
                        blocks.AddParagraph(new ParagraphDraft(ParagraphKind.Text, text, context.SpanOf(child)));
                    }

                    break;
                }

                case "table":
                    blocks.Add(ReadTable(child));
                    break;
                case "blockList":
                    ReadBlockList(blocks, child, preambular);
                    break;
                default:
                    ReadOther(blocks, child, preambular);
                    break;
            }
        }
    }

    /// <summary>A list of items: its introduction opens a paragraph, its items are that paragraph's subparagraphs.</summary>
    private void ReadBlockList(BlockList blocks, XElement list, bool preambular)
    {
        var introduction = AknContext.Child(list, "listIntroduction");
        var host = introduction is not null
            ? blocks.AddParagraph(new ParagraphDraft(preambular ? ParagraphKind.Preambular : ParagraphKind.Text, inlines.Read(introduction), context.SpanOf(introduction)))
            : blocks.Last ?? blocks.AddParagraph(new ParagraphDraft(preambular ? ParagraphKind.Preambular : ParagraphKind.Text, InlineText.Empty, context.SpanOf(list)));
        foreach (var item in AknContext.Children(list, "item"))
        {
            var numElement = AknContext.Child(item, "num");
            var num = numElement is null ? string.Empty : inlines.Read(numElement).PlainText.Trim();
            var text = inlines.Read(item.Elements().Where(e => AknContext.Name(e) != "num").SelectMany(e => e.Nodes()), item);
            AddItem(host, num, text, context.SpanOf(item));
        }
    }

    /// <summary>
    /// A table, row by row. A cell that spans rows (<c>rowspan</c>) stands in the rows below it too: there each row
    /// gets an empty cell in its columns, so that the cells that follow stay under their column as printed.
    /// </summary>
    private Model.Table ReadTable(XElement table)
    {
        var rows = new List<TableRow>();
        var coveredBelow = new List<int>();
        foreach (var row in AknContext.Children(table, "tr"))
        {
            var cells = new List<InlineText>();
            var spans = new List<int>();
            var header = true;
            var column = 0;
            void FillCovered()
            {
                while (column < coveredBelow.Count && coveredBelow[column] > 0)
                {
                    coveredBelow[column]--;
                    cells.Add(InlineText.Empty);
                    spans.Add(1);
                    column++;
                }
            }

            foreach (var cell in row.Elements())
            {
                FillCovered();
                header &= AknContext.Name(cell) == "th";
                cells.Add(inlines.ReadParagraphs(cell));
                var span = Count(cell, "colspan");
                spans.Add(span);
                var down = Count(cell, "rowspan") - 1;
                for (var i = 0; i < span; i++, column++)
                {
                    while (coveredBelow.Count <= column)
                    {
                        coveredBelow.Add(0);
                    }

                    coveredBelow[column] = down;
                }
            }

            FillCovered();
            rows.Add(new TableRow(EquatableArray.From(cells), header && cells.Count > 0, context.SpanOf(row))
            {
                Spans = spans.Any(span => span > 1) ? EquatableArray.From(spans) : EquatableArray<int>.Empty,
            });
        }

        return new Model.Table(EquatableArray.From(rows), context.SpanOf(table));
    }

    /// <summary>A cell's <c>colspan</c> or <c>rowspan</c>: 1 unless it is a whole number from 2 to 1,000.</summary>
    private static int Count(XElement cell, string attribute) =>
        int.TryParse((string?)cell.Attribute(attribute), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) && count is > 1 and <= 1000 ? count : 1;

    private void ReadOther(BlockList blocks, XElement element, bool preambular)
    {
        context.Report(AknImportDiagnostics.UnmappedElement, element, AknContext.Name(element), AknContext.Name(element.Parent!));
        var text = inlines.Read(element);
        if (!text.IsEmpty)
        {
            blocks.AddParagraph(new ParagraphDraft(preambular ? ParagraphKind.Preambular : ParagraphKind.Text, text, context.SpanOf(element)));
        }
    }

    /// <summary>
    /// The <c>subheading</c>s of a paragraph's content when they are all it holds (white space aside); empty
    /// otherwise.
    /// </summary>
    private static List<XElement> Subheadings(XElement content)
    {
        var found = new List<XElement>();
        foreach (var p in content.Elements())
        {
            if (AknContext.Name(p) != "p")
            {
                return new List<XElement>();
            }

            foreach (var node in p.Nodes())
            {
                switch (node)
                {
                    case XText text when string.IsNullOrWhiteSpace(text.Value):
                        break;
                    case XElement subheading when AknContext.Name(subheading) == "subheading":
                        found.Add(subheading);
                        break;
                    default:
                        return new List<XElement>();
                }
            }
        }

        return found;
    }

    private static bool OpensInLowerCase(InlineText text)
    {
        var plain = text.PlainText.TrimStart();
        return plain.Length > 0 && char.IsLower(plain[0]);
    }

    /// <summary>True when <paramref name="text"/> is wholly in bold and ends with no punctuation: a heading.</summary>
    private static bool Bold(InlineText text) =>
        InlineHeading.Is(text) && text.Inlines.All(inline => inline is StrongEmphasis || (inline is TextRun run && run.Text.Trim().Length == 0));

    /// <summary>
    /// True when the content is nothing but bold text: a heading set as a paragraph (annexes do this). A link may stand
    /// between its bold runs, the symbol a title cites set in the link's own type ("**Review of the implementation of
    /// General Assembly resolution** 72/305 **on the strengthening of the Economic and Social Council**", the annex
    /// title of 75/290 A); a link that opens or closes the line is text, not a title's.
    /// </summary>
    private static bool OnlyStrong(XElement content)
    {
        var sawStrong = false;
        XElement? lastLink = null;
        foreach (var node in content.DescendantNodes())
        {
            if (node is XText text && text.Parent is { } parent && AknContext.Name(parent) == "p" && !string.IsNullOrWhiteSpace(text.Value))
            {
                return false;
            }

            if (node is XElement element)
            {
                var name = AknContext.Name(element);
                if (lastLink is not null && element.Ancestors().Contains(lastLink))
                {
                    continue; // What the link holds is the link's.
                }

                if (name == "span" && ((string?)element.Attribute("class") ?? string.Empty).Contains("bold"))
                {
                    sawStrong = true;
                    lastLink = null;
                }
                else if (name == "a" && sawStrong && element.Parent is { } holder && AknContext.Name(holder) == "p")
                {
                    lastLink = element;
                }
                else if (name is not ("p" or "span"))
                {
                    return false;
                }
            }
        }

        return sawStrong && lastLink is null;
    }

    private static InlineText Prefix(string num, InlineText text)
    {
        var inlinesWithNum = new List<Inline> { new TextRun(text.IsEmpty ? num : num + " ", Model.SourceSpan.None) };
        if (text.Inlines.Count > 0 && text.Inlines[0] is TextRun first)
        {
            inlinesWithNum[0] = new TextRun(num + " " + first.Text, first.Span);
            inlinesWithNum.AddRange(text.Inlines.Skip(1));
        }
        else
        {
            inlinesWithNum.AddRange(text.Inlines);
        }

        return new InlineText(EquatableArray.From(inlinesWithNum));
    }

    /// <summary>"I." + ". Establishment": the markup repeats the full stop of the number in the heading text.</summary>
    private static InlineText StripLeadingDot(InlineText text)
    {
        var plain = text.PlainText;
        return plain.StartsWith(". ", StringComparison.Ordinal) ? InlineSlicing.TrimStart(text, 2) : text;
    }

    /// <summary>
    /// The number that opens <paramref name="text"/> ("6. Reaffirms", "3 Calls upon") when it is the next after
    /// <paramref name="lastNumber"/>, with the length to cut; null otherwise.
    /// </summary>
    private static (int Number, int Length)? NumberInText(InlineText text, int? lastNumber)
    {
        if (lastNumber is not int last)
        {
            return null;
        }

        var plain = text.PlainText;
        var digits = 0;
        while (digits < plain.Length && digits < 4 && plain[digits] is >= '0' and <= '9')
        {
            digits++;
        }

        if (digits == 0 || int.Parse(plain.Substring(0, digits), CultureInfo.InvariantCulture) != last + 1)
        {
            return null;
        }

        var length = digits < plain.Length && plain[digits] == '.' ? digits + 1 : digits;
        if (length >= plain.Length || plain[length] != ' ')
        {
            return null;
        }

        return (last + 1, length + 1);
    }

    /// <summary>"12." or "12" → 12.</summary>
    private static int? ParseArabic(string num)
    {
        var digits = num.TrimEnd('.');
        return digits.Length is > 0 and < 6 && digits.All(c => c is >= '0' and <= '9')
            ? int.Parse(digits, CultureInfo.InvariantCulture)
            : null;
    }

    private static string Excerpt(InlineText text)
    {
        var plain = text.PlainText;
        return plain.Length <= 60 ? plain : plain.Substring(0, 60) + "…";
    }

    /// <summary>Blocks in order, with the paragraph that the next "(a)" may belong to.</summary>
    private sealed class BlockList
    {
        private readonly BlockDrafts items = new();

        public ParagraphDraft? Last { get; private set; }

        public bool HasOperative { get; private set; }

        /// <summary>The number of the last numbered operative paragraph.</summary>
        public int? LastNumber { get; private set; }

        public void Add(BodyBlock block)
        {
            items.Add(block);
            Last = null;
        }

        public ParagraphDraft AddParagraph(ParagraphDraft paragraph)
        {
            items.Add(paragraph);
            Last = paragraph;
            HasOperative |= paragraph.Kind == ParagraphKind.Operative;
            LastNumber = paragraph.Kind == ParagraphKind.Operative && paragraph.Number is int number ? number : LastNumber;
            return paragraph;
        }

        /// <summary>Adds "(a) …" to the last paragraph's subparagraphs; false when the text has no such label or no host.</summary>
        public bool TryAddSubparagraph(InlineText text, Model.SourceSpan span)
        {
            if (Last is null || !SubparagraphLabel.TryRead(text.PlainText, out var label))
            {
                return false;
            }

            Last.Ladder.Add(label, InlineSlicing.TrimStart(text, label.Length), span);
            return true;
        }

        public List<BodyBlock> Build() => items.Build();
    }
}

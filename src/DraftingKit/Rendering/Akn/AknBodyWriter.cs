using System.Globalization;
using System.Xml;
using DraftingKit.Model;

namespace DraftingKit.Rendering.Akn;

/// <summary>
/// Writes the blocks of a preamble, a main body or an annex as AKN, mirroring <see cref="Import.Akn.AknBodyReader"/>:
/// one <c>container</c> per preambular paragraph named by its lead, numbered <c>paragraph</c>s with their
/// subparagraphs (<see cref="AknParagraphWriter"/>), <c>subheading</c>s and tables. eIds follow the AKN naming convention
/// from the printed numbers (<c>para_8_list_point_a</c>, with the UN's single underscore inside a list), so they stay put when other paragraphs change.
/// </summary>
internal sealed class AknBodyWriter
{
    private readonly AknXml akn;
    private readonly XmlWriter xml;
    private readonly AknInlineWriter inline;
    private readonly AknParagraphWriter paragraphs;
    private readonly AknHeadingForms headingForms;
    private readonly HashSet<SourceSpan> headingContainers;
    private readonly bool bulletNumbers;
    private int headings;
    private int tables;

    public AknBodyWriter(AknXml akn, AknInlineWriter inline, AknRenderOptions options, ResolutionDocument document)
    {
        // The forms the UN's file gives some headings and bullets travel in the front matter (akn-heading-containers,
        // akn-bullets), so an import and a template give the same export.
        headingContainers = AknHeadingContainers.Spans(document);
        bulletNumbers = document.Header.AknBullets == "numbered";
        this.akn = akn;
        xml = akn.Writer;
        this.inline = inline;
        paragraphs = new AknParagraphWriter(akn, inline, options.Subparagraphs);
        headingForms = options.HeadingForms ?? AknHeadingForms.All(options.Headings);
    }

    /// <summary>Numbers headings and tables afresh: each part of a multi-part text is a document of its own.</summary>
    public void StartDocument()
    {
        headings = 0;
        tables = 0;
    }

    /// <summary>The one empty paragraph of a main body with no blocks: AKN allows no empty <c>mainBody</c>.</summary>
    public void EmptyParagraph(string prefix)
    {
        xml.WriteStartElement("paragraph");
        xml.WriteAttributeString("eId", akn.Unique(prefix + "para_1"));
        inline.Content(prefix + "para_1", InlineText.Empty);
        xml.WriteEndElement();
    }

    /// <summary>The preamble: the formula, unless it runs on into the first operative paragraph, and the preambular blocks.</summary>
    public void WritePreamble(DocumentPart part)
    {
        xml.WriteStartElement("preamble");
        if (part.Formula is { RunsOn: false } formula)
        {
            xml.WriteStartElement("formula");
            xml.WriteAttributeString("name", "enactingFormula");
            xml.WriteAttributeString("eId", akn.Unique("formula_1"));
            inline.Paragraph(formula.Text);
            xml.WriteEndElement();
        }

        var index = 0;
        foreach (var block in part.Preamble)
        {
            index++;
            var id = akn.Unique("container_" + index.ToString(CultureInfo.InvariantCulture));
            switch (block)
            {
                case PreambularParagraph paragraph:
                {
                    var (items, goingOn) = SplitAfterList(paragraph.Subparagraphs);
                    Container(id, AknContainerName.Of(paragraph.Text, "preambular"), paragraph.Text, items);
                    var goingOnIndex = 0;
                    foreach (var words in goingOn)
                    {
                        goingOnIndex++;
                        // "*and stressing* the need …," after the paragraph's items: the UN's file sets the words that go
                        // on after a list in a container of their own, named by their lead (S/RES/2568 (2021)).
                        Container(akn.Unique(id + "_" + goingOnIndex.ToString(CultureInfo.InvariantCulture)), AknContainerName.Of(words.Text, "preambular"), words.Text, words.Items);
                    }

                    break;
                }

                case Heading heading:
                    // A heading among the preambular paragraphs stands as a paragraph of the preamble, not a container:
                    // the UN's file sets it so (S/RES/2713 (2023), "Degrading the threat posed by Al-Shabaab …").
                    inline.Paragraph(heading.Text);
                    break;
                case TextParagraph text:
                    Container(id, "text", text.Text, text.Subparagraphs);
                    break;
                case OperativeParagraph operative:
                    Container(id, operative.Lead ?? "paragraph", operative.Text, operative.Subparagraphs);
                    break;
                case Table table:
                    xml.WriteStartElement("container");
                    xml.WriteAttributeString("name", "table");
                    xml.WriteAttributeString("eId", id);
                    WriteTable(table);
                    xml.WriteEndElement();
                    break;
            }
        }

        xml.WriteEndElement();
    }

    /// <summary>
    /// The items of a preambular paragraph, and the unlabelled lines in lower case that open with a lead in italics
    /// after its last labelled item (the ladder keeps them under that item): a clause that goes on after the list
    /// ("*and stressing* the need …,"). Words without a lead ("and in the commitments and targets contained therein,",
    /// 77/177) stay in the list, as the UN's files set them.
    /// </summary>
    private static (EquatableArray<Subparagraph> Items, IEnumerable<Subparagraph> GoingOn) SplitAfterList(EquatableArray<Subparagraph> items, bool underItem = false)
    {
        var end = items.Count;
        while (end > 0 && items[end - 1].Style == ListStyle.Unlabelled && OpensInLowerCase(items[end - 1].Text) && items[end - 1].Text.ItalicLead is not null)
        {
            end--;
        }

        if (end == 0)
        {
            // Lines in lower case that are all the paragraph's items are its list ("a. reduce …", S/RES/2714 (2023));
            // under a labelled item they go on after the list.
            return underItem ? (EquatableArray<Subparagraph>.Empty, items) : (items, Enumerable.Empty<Subparagraph>());
        }

        var last = items[end - 1];
        // Lines under an item that ends with a colon are that item's own ("… as follows:").
        var (inner, innerGoingOn) = last.Style == ListStyle.Unlabelled || last.Text.PlainText.TrimEnd().EndsWith(":", StringComparison.Ordinal)
            ? (last.Items, Enumerable.Empty<Subparagraph>())
            : SplitAfterList(last.Items, underItem: true);
        var goingOn = innerGoingOn.Concat(items.Skip(end)).ToList();
        if (goingOn.Count == 0)
        {
            return (items, goingOn);
        }

        var kept = items.Take(end - 1).Append(last with { Items = inner });
        return (EquatableArray.From(kept), goingOn);
    }

    /// <summary>The bullet that opens a paragraph's text ("• All types …"), or null.</summary>
    private static string? Bullet(InlineText text)
    {
        var plain = text.PlainText;
        return plain.Length > 2 && plain[0] is '•' or '▪' && plain[1] == ' ' ? plain.Substring(0, 1) : null;
    }

    private static bool OpensInLowerCase(InlineText text) => text.PlainText.TrimStart() is { Length: > 0 } plain && char.IsLower(plain[0]);

    /// <summary>A paragraph of the preamble as the UN's files set it: a container named by its lead, its text and its items.</summary>
    private void Container(string id, string name, InlineText text, EquatableArray<Subparagraph> items)
    {
        xml.WriteStartElement("container");
        xml.WriteAttributeString("name", XmlText.Safe(name));
        xml.WriteAttributeString("eId", id);
        inline.Paragraph(text);
        paragraphs.SubparagraphBlocks(items);
        xml.WriteEndElement();
    }

    /// <summary>The blocks of a main body or an annex, their eIds under <paramref name="prefix"/>.</summary>
    public void Blocks(IEnumerable<BodyBlock> blocks, string prefix, EnactingFormula? runOnFormula = null)
    {
        var index = 0;
        foreach (var block in blocks)
        {
            index++;
            switch (block)
            {
                case OperativeParagraph paragraph:
                {
                    // "para_5_bis" for a paragraph added in negotiation: AKN4UN eIds join their parts with "_".
                    var id = prefix + "para_" + (paragraph.Number is null ? index.ToString(CultureInfo.InvariantCulture) : paragraph.NumberKey.Replace('-', '_'));
                    var text = paragraph.Text;
                    if (index == 1 && runOnFormula is { } formula)
                    {
                        // "The Economic and Social Council decides to …": formula and paragraph are one sentence.
                        var runOn = new List<Inline>(formula.Text.Inlines) { new TextRun(" ", SourceSpan.None) };
                        runOn.AddRange(text.Inlines);
                        text = new InlineText(EquatableArray.From(runOn));
                    }

                    paragraphs.ParagraphWithSubparagraphs(akn.Unique(id), id, paragraph.DisplayNumber, text, paragraph.Subparagraphs);

                    break;
                }

                case TextParagraph paragraph:
                {
                    var id = akn.Unique(prefix + "para_" + index.ToString(CultureInfo.InvariantCulture));
                    // A decimal label ("4.10", an agenda's sub-item) takes no closing full stop, as the UN prints it.
                    var number = paragraph.Label is null ? string.Empty
                        : paragraph.Label.IndexOf('.') >= 0 ? paragraph.Label : paragraph.DisplayLabel;
                    var text = paragraph.Text;
                    if (number.Length == 0 && bulletNumbers && Bullet(text) is { } bullet)
                    {
                        (number, text) = (bullet, InlineSlicing.TrimStart(text, bullet.Length + 1));
                    }

                    paragraphs.ParagraphWithSubparagraphs(id, id, number, text, paragraph.Subparagraphs);

                    break;
                }
                case PreambularParagraph paragraph:
                    paragraphs.NumberedParagraph(akn.Unique(prefix + "para_" + index.ToString(CultureInfo.InvariantCulture)), string.Empty, paragraph.Text, paragraph.Subparagraphs);
                    break;
                case Heading heading when headingContainers.Contains(heading.Span):
                    // "Reporting and Consultation" set as a container of its own among the paragraphs (S/RES/2550 (2020)).
                    xml.WriteStartElement("container");
                    xml.WriteAttributeString("name", XmlText.Safe(AknContainerName.Of(heading.Text, "heading")));
                    xml.WriteAttributeString("eId", akn.Unique(prefix + "container_" + index.ToString(CultureInfo.InvariantCulture)));
                    inline.Paragraph(heading.Text);
                    xml.WriteEndElement();
                    break;
                case Heading heading:
                    headings++;
                    xml.WriteStartElement("paragraph");
                    xml.WriteAttributeString("eId", akn.Unique(prefix + "subheading_" + headings.ToString(CultureInfo.InvariantCulture)));
                    var headingText = heading.Text;
                    if (headingForms.FormOf(heading) == AknHeadingMarkup.Numbered && HeadingNumber.ForAkn(heading.Text) is { } numbered)
                    {
                        xml.WriteElementString("num", XmlText.Safe(numbered.Number));
                        headingText = numbered.Title;
                    }

                    if (!headingText.IsEmpty)
                    {
                        xml.WriteStartElement("subheading");
                        xml.WriteString(string.Empty);
                        inline.Write(headingText);
                        xml.WriteEndElement();
                    }

                    xml.WriteEndElement();
                    break;
                case Table table:
                    // The UN's files set a table in a container of its own: <container name="table">.
                    tables++;
                    var containerId = akn.Unique(prefix + "table_" + tables.ToString(CultureInfo.InvariantCulture));
                    xml.WriteStartElement("container");
                    xml.WriteAttributeString("name", "table");
                    xml.WriteAttributeString("eId", containerId);
                    WriteTable(table);
                    xml.WriteEndElement();
                    break;
            }
        }
    }

    private void WriteTable(Table table)
    {
        tables++;
        xml.WriteStartElement("table");
        xml.WriteAttributeString("eId", akn.Unique("table_" + tables.ToString(CultureInfo.InvariantCulture) + "__grid"));
        foreach (var row in table.Rows)
        {
            xml.WriteStartElement("tr");
            for (var i = 0; i < row.Cells.Count; i++)
            {
                xml.WriteStartElement(row.IsHeader ? "th" : "td");
                if (row.SpanOf(i) > 1)
                {
                    xml.WriteAttributeString("colspan", row.SpanOf(i).ToString(CultureInfo.InvariantCulture));
                }

                inline.Paragraph(row.Cells[i]);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }
}

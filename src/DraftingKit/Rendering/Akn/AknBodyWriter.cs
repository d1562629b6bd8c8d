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
    private int headings;
    private int tables;

    public AknBodyWriter(AknXml akn, AknInlineWriter inline, AknRenderOptions options)
    {
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
                    Container(id, AknContainerName.Of(paragraph.Text, "preambular"), paragraph.Text, paragraph.Subparagraphs);
                    break;
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
                    paragraphs.ParagraphWithSubparagraphs(id, id, number, paragraph.Text, paragraph.Subparagraphs);

                    break;
                }
                case PreambularParagraph paragraph:
                    paragraphs.NumberedParagraph(akn.Unique(prefix + "para_" + index.ToString(CultureInfo.InvariantCulture)), string.Empty, paragraph.Text, paragraph.Subparagraphs);
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

using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml;
using DraftingKit.Model;

namespace DraftingKit.Rendering.Akn;

/// <summary>
/// Writes the blocks of a preamble, a main body or an annex as AKN, mirroring <see cref="Import.Akn.AknBodyReader"/>:
/// one <c>container</c> per preambular paragraph named by its lead, numbered <c>paragraph</c>s with their
/// subparagraphs in the form the options give, <c>subheading</c>s and tables. eIds follow the AKN naming convention
/// from the printed numbers (<c>para_8__list_1__point_a</c>), so they stay put when other paragraphs change.
/// </summary>
internal sealed class AknBodyWriter
{
    private static readonly System.Text.RegularExpressions.Regex LetteredHeadingNumber = new(
        @"^\s*(\([a-z]\))\s+(?=\S)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant,
        System.TimeSpan.FromSeconds(1));

    private readonly AknXml akn;
    private readonly XmlWriter xml;
    private readonly AknInlineWriter inline;
    private readonly AknSubparagraphForms subparagraphs;
    private readonly AknHeadingMarkup headingMarkup;
    private int headings;
    private int tables;

    public AknBodyWriter(AknXml akn, AknInlineWriter inline, AknRenderOptions options)
    {
        this.akn = akn;
        xml = akn.Writer;
        this.inline = inline;
        subparagraphs = options.Subparagraphs;
        headingMarkup = options.Headings;
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
                    xml.WriteStartElement("container");
                    xml.WriteAttributeString("name", XmlText.Safe(paragraph.Lead ?? "preambular"));
                    xml.WriteAttributeString("eId", id);
                    inline.Paragraph(paragraph.Text);
                    SubparagraphBlocks(paragraph.Subparagraphs);
                    xml.WriteEndElement();
                    break;
                case Heading heading:
                    // A heading among the preambular paragraphs stands as a paragraph of the preamble, not a container:
                    // the UN's file sets it so (S/RES/2713 (2023), "Degrading the threat posed by Al-Shabaab …").
                    inline.Paragraph(heading.Text);
                    break;
                case TextParagraph text:
                    xml.WriteStartElement("container");
                    xml.WriteAttributeString("name", "text");
                    xml.WriteAttributeString("eId", id);
                    inline.Paragraph(text.Text);
                    SubparagraphBlocks(text.Subparagraphs);
                    xml.WriteEndElement();
                    break;
                case OperativeParagraph operative:
                    xml.WriteStartElement("container");
                    xml.WriteAttributeString("name", XmlText.Safe(operative.Lead ?? "paragraph"));
                    xml.WriteAttributeString("eId", id);
                    inline.Paragraph(operative.Text);
                    SubparagraphBlocks(operative.Subparagraphs);
                    xml.WriteEndElement();
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

    /// <summary>Subparagraphs of a preambular paragraph, which AKN containers can only hold as blocks: one p each.</summary>
    private void SubparagraphBlocks(EquatableArray<Subparagraph> items)
    {
        foreach (var item in items)
        {
            xml.WriteStartElement("p");
            inline.PreserveSpaces(item.Text);
            xml.WriteString(string.Empty);
            if (item.DisplayLabel.Length > 0)
            {
                xml.WriteString(XmlText.Safe(item.DisplayLabel) + " ");
            }

            inline.Write(item.Text);
            xml.WriteEndElement();
            SubparagraphBlocks(item.Items);
        }
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

                    if (AsParagraphs(paragraph.Subparagraphs))
                    {
                        NumberedParagraph(akn.Unique(id), paragraph.DisplayNumber, text, EquatableArray<Subparagraph>.Empty);
                        SubparagraphsAsParagraphs(id, paragraph.Subparagraphs);
                    }
                    else
                    {
                        NumberedParagraph(akn.Unique(id), paragraph.DisplayNumber, text, paragraph.Subparagraphs);
                    }

                    break;
                }

                case TextParagraph paragraph:
                {
                    var id = akn.Unique(prefix + "para_" + index.ToString(CultureInfo.InvariantCulture));
                    // A decimal label ("4.10", an agenda's sub-item) takes no closing full stop, as the UN prints it.
                    var number = paragraph.Label is null ? string.Empty
                        : paragraph.Label.IndexOf('.') >= 0 ? paragraph.Label : paragraph.Label + ".";
                    if (AsParagraphs(paragraph.Subparagraphs))
                    {
                        NumberedParagraph(id, number, paragraph.Text, EquatableArray<Subparagraph>.Empty);
                        SubparagraphsAsParagraphs(id, paragraph.Subparagraphs);
                    }
                    else
                    {
                        NumberedParagraph(id, number, paragraph.Text, paragraph.Subparagraphs);
                    }

                    break;
                }
                case PreambularParagraph paragraph:
                    NumberedParagraph(akn.Unique(prefix + "para_" + index.ToString(CultureInfo.InvariantCulture)), string.Empty, paragraph.Text, paragraph.Subparagraphs);
                    break;
                case Heading heading:
                    headings++;
                    xml.WriteStartElement("paragraph");
                    xml.WriteAttributeString("eId", akn.Unique(prefix + "subheading_" + headings.ToString(CultureInfo.InvariantCulture)));
                    var headingText = heading.Text;
                    if (headingMarkup == AknHeadingMarkup.Numbered && (HeadingNumber.Split(heading.Text) ?? LetteredHeading(heading.Text)) is { } numbered)
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

    /// <summary>
    /// A paragraph: its number, then either its content or, when it introduces subparagraphs, a list whose intro
    /// is the paragraph's own text (the UN files' shape).
    /// </summary>
    private void NumberedParagraph(string id, string number, InlineText text, EquatableArray<Subparagraph> items)
    {
        xml.WriteStartElement("paragraph");
        xml.WriteAttributeString("eId", id);
        if (number.Length > 0)
        {
            xml.WriteElementString("num", XmlText.Safe(number));
        }

        if (items.IsEmpty)
        {
            inline.Content(id, text);
        }
        else
        {
            List(id + "__list_1", text, items);
        }

        xml.WriteEndElement();
    }

    /// <summary>
    /// Subparagraphs as the UN's files of the other form write them: one unnumbered paragraph each, after the
    /// paragraph they belong to, its text opening with the label and a tab ("(a)&#9;To invest …").
    /// </summary>
    private void SubparagraphsAsParagraphs(string id, EquatableArray<Subparagraph> items)
    {
        var index = 0;
        foreach (var item in items)
        {
            index++;
            var itemId = akn.Unique(id + "_" + (item.Label.Length > 0 && IsNameSafe(item.Label) ? item.Label : index.ToString(CultureInfo.InvariantCulture)));
            // Points under a subparagraph written as a paragraph make its list, its own text their intro ("(e) To
            // aim at …:" with "(i)" … "(iv)", 76/84 A).
            var list = AsParagraphs(item.Items) ? EquatableArray<Subparagraph>.Empty : item.Items;
            if (subparagraphs.FormOf(item) == AknSubparagraphMarkup.NumberedParagraphs && item.DisplayLabel.Length > 0)
            {
                NumberedParagraph(itemId, item.DisplayLabel, item.Text, list);
            }
            else
            {
                var text = new List<Inline>();
                if (item.DisplayLabel.Length > 0)
                {
                    text.Add(new TextRun(item.DisplayLabel + "\t", SourceSpan.None));
                }

                text.AddRange(item.Text.Inlines);
                NumberedParagraph(itemId, string.Empty, new InlineText(EquatableArray.From(text)), list);
            }

            if (list.IsEmpty)
            {
                SubparagraphsAsParagraphs(itemId, item.Items);
            }
        }
    }

    /// <summary>
    /// True when a paragraph's subparagraphs follow it as paragraphs of their own rather than as a list: the
    /// form of the first decides, as a paragraph holds either a list or none.
    /// </summary>
    private bool AsParagraphs(EquatableArray<Subparagraph> items) =>
        !items.IsEmpty && subparagraphs.FormOf(items[0]) != AknSubparagraphMarkup.Points;

    private void List(string id, InlineText intro, EquatableArray<Subparagraph> items)
    {
        xml.WriteStartElement("list");
        xml.WriteAttributeString("eId", id);
        if (!intro.IsEmpty)
        {
            xml.WriteStartElement("intro");
            xml.WriteAttributeString("eId", id + "__intro");
            inline.Paragraph(intro);
            xml.WriteEndElement();
        }

        Points(id, items);
        xml.WriteEndElement();
    }

    /// <summary>
    /// The points of a list; a point's own subparagraphs follow it in a <c>sublist</c>, as the UN's files nest
    /// "(i)" under "(a)" (75/325, 76/177), the point keeping its text as content.
    /// </summary>
    private void Points(string id, EquatableArray<Subparagraph> items)
    {
        var index = 0;
        foreach (var item in items)
        {
            index++;
            var pointId = akn.Unique(id + "__point_" + (item.Label.Length > 0 && IsNameSafe(item.Label) ? item.Label : index.ToString(CultureInfo.InvariantCulture)));
            xml.WriteStartElement("point");
            xml.WriteAttributeString("eId", pointId);
            var (marker, pointText) = item.DisplayLabel.Length > 0 ? (item.DisplayLabel, item.Text) : DashOrBullet(item.Text);
            if (marker.Length > 0)
            {
                xml.WriteElementString("num", XmlText.Safe(marker));
            }

            inline.Content(pointId, pointText);
            xml.WriteEndElement();
            if (!item.Items.IsEmpty)
            {
                var sublistId = akn.Unique(pointId + "__list_1");
                xml.WriteStartElement("sublist");
                xml.WriteAttributeString("eId", sublistId);
                Points(sublistId, item.Items);
                xml.WriteEndElement();
            }
        }
    }

    /// <summary>
    /// A heading that opens with a letter in brackets, "(a) Transport" under "Infrastructure development"
    /// (76/258): a file that numbers its headings in <c>num</c> numbers these there too.
    /// </summary>
    private static (string Number, InlineText Title)? LetteredHeading(InlineText heading)
    {
        var match = LetteredHeadingNumber.Match(heading.PlainText);
        return match.Success
            ? (match.Groups[1].Value, InlineSlicing.Trim(InlineSlicing.TrimStart(heading, match.Length)))
            : null;
    }

    /// <summary>
    /// "– UNIOGBIS will continue …", "• Conclude without further delay …", "a. demands …": an item marked by a dash, a
    /// bullet or a letter with a full stop, which the UN's files set as a point with the mark as its number
    /// (S/RES/2512 (2020), S/RES/2729 (2024), S/RES/2705 (2023)).
    /// </summary>
    private static (string Marker, InlineText Text) DashOrBullet(InlineText text)
    {
        var plain = text.PlainText;
        if (plain.Length > 2 && plain[0] is '–' or '—' or '•' or '▪' && plain[1] == ' ')
        {
            return (plain.Substring(0, 1), InlineSlicing.TrimStart(text, 2));
        }

        // "a. demands that all parties …", "ii. …": the Council's points lettered in the style of its members' drafts
        // (S/RES/2705 (2023), paragraph 8), kept in the item's text by the model and set as the point's number.
        var space = plain.IndexOf(' ');
        if (space is >= 2 and <= 5 && plain[space - 1] == '.' && plain.Substring(0, space - 1) is var letters
            && (letters.Length == 1 ? letters[0] is >= 'a' and <= 'z' : letters.All(c => c is 'i' or 'v' or 'x')))
        {
            return (plain.Substring(0, space), InlineSlicing.TrimStart(text, space + 1));
        }

        return (string.Empty, text);
    }

    private static bool IsNameSafe(string label) => label.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9'));

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

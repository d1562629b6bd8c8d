using System.Globalization;
using System.Xml;
using DraftingKit.Model;

namespace DraftingKit.Rendering.Akn;

/// <summary>
/// Writes a paragraph with its subparagraphs as AKN, each subparagraph in the form the UN file it came from gives it:
/// <c>list</c>/<c>point</c> under the paragraph, or paragraphs of their own after it (unnumbered "(a)" and a tab, or
/// with "(a)" in <c>num</c>); in the preamble, one <c>p</c> each.
/// </summary>
internal sealed class AknParagraphWriter
{
    private readonly AknXml akn;
    private readonly XmlWriter xml;
    private readonly AknInlineWriter inline;
    private readonly AknSubparagraphForms subparagraphs;

    public AknParagraphWriter(AknXml akn, AknInlineWriter inline, AknSubparagraphForms subparagraphs)
    {
        this.akn = akn;
        xml = akn.Writer;
        this.inline = inline;
        this.subparagraphs = subparagraphs;
    }

    /// <summary>Subparagraphs of a preambular paragraph, which AKN containers can only hold as blocks: one p each.</summary>
    public void SubparagraphBlocks(EquatableArray<Subparagraph> items)
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

    /// <summary>
    /// A paragraph: its number, then either its content or, when it introduces subparagraphs, a list whose intro
    /// is the paragraph's own text (the UN files' shape).
    /// </summary>
    public void NumberedParagraph(string id, string number, InlineText text, EquatableArray<Subparagraph> items)
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
    /// A paragraph with its subparagraphs in the forms their file gives them: those that open as points make its
    /// list, and from the first in another form on they follow as paragraphs of their own (77/274: points "(a)" and
    /// "(b)", then "(c)" and "(d)" as paragraphs).
    /// </summary>
    public void ParagraphWithSubparagraphs(string paragraphId, string itemsId, string number, InlineText text, EquatableArray<Subparagraph> items)
    {
        var listed = 0;
        while (listed < items.Count && subparagraphs.FormOf(items[listed]) == AknSubparagraphMarkup.Points)
        {
            listed++;
        }

        NumberedParagraph(paragraphId, number, text, listed == items.Count ? items : EquatableArray.From(items.Take(listed)));
        if (listed < items.Count)
        {
            SubparagraphsAsParagraphs(itemsId, EquatableArray.From(items.Skip(listed)));
        }
    }

    /// <summary>
    /// Subparagraphs as the UN's files of the other form write them: one unnumbered paragraph each, after the
    /// paragraph they belong to, its text opening with the label and a tab ("(a)&#9;To invest …").
    /// </summary>
    public void SubparagraphsAsParagraphs(string id, EquatableArray<Subparagraph> items)
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
        // (S/RES/2705 (2023), paragraph 8), kept in the item's text by the model and set as the point's number; "A."
        // captioning the table a paragraph introduces ("A. **Pension Administration**", 77/258) likewise.
        var space = plain.IndexOf(' ');
        if (space is >= 2 and <= 5 && plain[space - 1] == '.' && plain.Substring(0, space - 1) is var letters
            && (letters.Length == 1 ? letters[0] is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') : letters.All(c => c is 'i' or 'v' or 'x')))
        {
            return (plain.Substring(0, space), InlineSlicing.TrimStart(text, space + 1));
        }

        return (string.Empty, text);
    }

    private static bool IsNameSafe(string label) => label.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9'));
}

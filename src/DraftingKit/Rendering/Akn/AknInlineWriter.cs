using System.Globalization;
using System.Xml;
using DraftingKit.Model;

namespace DraftingKit.Rendering.Akn;

/// <summary>
/// Writes running text as AKN, mirroring <see cref="Import.Akn.AknInlineReader"/>: italic and bold spans, links to
/// documents, and footnotes as <c>authorialNote</c>s where they are first referenced.
/// </summary>
internal sealed class AknInlineWriter : InlineWalker
{
    private readonly AknXml akn;
    private readonly XmlWriter xml;
    private readonly FootnoteNumbering numbering;
    private readonly Dictionary<string, Footnote> definitions = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> placed = new(System.StringComparer.Ordinal);

    public AknInlineWriter(AknXml akn, ResolutionDocument document)
    {
        this.akn = akn;
        xml = akn.Writer;
        numbering = FootnoteNumbering.For(document);
        foreach (var footnote in document.Footnotes)
        {
            if (!definitions.ContainsKey(footnote.Label))
            {
                definitions.Add(footnote.Label, footnote);
            }
        }
    }

    /// <summary>A block's <c>content</c>, holding its text as one <c>p</c>.</summary>
    public void Content(string id, InlineText text)
    {
        xml.WriteStartElement("content");
        xml.WriteAttributeString("eId", id + "__content");
        Paragraph(text);
        xml.WriteEndElement();
    }

    /// <summary>The text as one <c>p</c>.</summary>
    public void Paragraph(InlineText text)
    {
        xml.WriteStartElement("p");
        PreserveSpaces(text);
        xml.WriteString(string.Empty);
        Write(text);
        xml.WriteEndElement();
    }

    /// <summary>
    /// A space that stands alone between two elements (between two italic spans, "Seventy-seventh Session") is white
    /// space an XML reader drops unless the paragraph says to keep it; the UN's files mark every p so.
    /// </summary>
    public void PreserveSpaces(InlineText text)
    {
        if (HasSpaceOnlyRun(text))
        {
            xml.WriteAttributeString("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve");
        }
    }

    private static bool HasSpaceOnlyRun(InlineText text)
    {
        var inlines = text.Inlines;
        for (var i = 0; i < inlines.Count; i++)
        {
            // Only a run that stands next to an element is a text node of white space alone.
            var besideElement = (i > 0 && inlines[i - 1] is not TextRun) || (i + 1 < inlines.Count && inlines[i + 1] is not TextRun);
            var found = inlines[i] switch
            {
                TextRun run => besideElement && run.Text.Length > 0 && run.Text.Trim().Length == 0,
                Emphasis emphasis => HasSpaceOnlyRun(emphasis.Content),
                StrongEmphasis strong => HasSpaceOnlyRun(strong.Content),
                DocumentLink link => HasSpaceOnlyRun(link.Content),
                _ => false,
            };
            if (found)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The runs, spans, links and footnote references of the text, in the element open.</summary>
    public void Write(InlineText text) => Walk(text);

    protected override void VisitText(TextRun run) => xml.WriteString(XmlText.Safe(run.Text));

    protected override void VisitEmphasis(Emphasis emphasis) => Span("italic", emphasis.Content);

    protected override void VisitStrongEmphasis(StrongEmphasis strong) => Span("bold", strong.Content);

    protected override void VisitLink(DocumentLink link)
    {
        if (DocumentLinks.AddressOf(link.Target) is not { } address)
        {
            Walk(link.Content);
            return;
        }

        xml.WriteStartElement("a");
        xml.WriteAttributeString("href", address);
        Walk(link.Content);
        xml.WriteEndElement();
    }

    protected override void VisitFootnoteReference(FootnoteReference reference) => WriteNote(reference.Label);

    private void Span(string style, InlineText content)
    {
        xml.WriteStartElement("span");
        xml.WriteAttributeString("class", style);
        Walk(content);
        xml.WriteEndElement();
    }

    private static int IndexOf(System.Collections.Generic.IReadOnlyList<Footnote> notes, string label)
    {
        for (var i = 0; i < notes.Count; i++)
        {
            if (notes[i].Label == label)
            {
                return i;
            }
        }

        return notes.Count;
    }

    /// <summary>
    /// The footnote itself at its first reference (<c>authorialNote</c>, as the UN files place it); a later
    /// reference to the same footnote points back to it with <c>noteRef</c>.
    /// </summary>
    private void WriteNote(string label)
    {
        // A note the UN marks with a symbol keeps it as its marker ("*"); its id counts it among all the notes, as the
        // UN's files do (S/RES/2713: authorialNote_1 numbered, _2 to _4 marked "*").
        var marker = numbering.Printed(label);
        var id = "authorialNote_" + (FootnoteMark.Of(label) is null
            ? marker
            : (IndexOf(numbering.Ordered, label) + 1).ToString(CultureInfo.InvariantCulture));
        if (!placed.Add(label))
        {
            akn.Empty("noteRef", "href", "#" + id, "marker", marker);
            return;
        }

        xml.WriteStartElement("authorialNote");
        xml.WriteAttributeString("marker", marker);
        xml.WriteAttributeString("placement", "bottom");
        xml.WriteAttributeString("eId", akn.Unique(id));
        Paragraph(definitions.TryGetValue(label, out var footnote) ? footnote.Text : InlineText.Empty);
        xml.WriteEndElement();
    }
}

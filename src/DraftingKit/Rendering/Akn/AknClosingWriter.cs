using System.Xml;
using DraftingKit.Model;

namespace DraftingKit.Rendering.Akn;

/// <summary>
/// Writes the closing of an adopted text as AKN <c>conclusions</c>, mirroring <see cref="Import.Akn.AknClosingReader"/>:
/// the meeting and the date of adoption.
/// </summary>
internal sealed class AknClosingWriter
{
    private readonly AknXml akn;
    private readonly XmlWriter xml;

    public AknClosingWriter(AknXml akn)
    {
        this.akn = akn;
        xml = akn.Writer;
    }

    public void WriteConclusions(DocumentHeader header)
    {
        if (header.Status != DocumentStatus.Adopted || header.Meeting is null || !header.Organ.ClosesWithMeeting)
        {
            return;
        }

        xml.WriteStartElement("conclusions");
        xml.WriteAttributeString("eId", "conclusions");
        xml.WriteStartElement("p");
        var meeting = header.Meeting;
        var ordinal = meeting.Split(' ')[0];
        akn.InlineElement("inline", meeting, "name", "adoptionMeeting", "title", ordinal);
        if (header.Adopted is { } adopted)
        {
            xml.WriteStartElement("eol");
            xml.WriteEndElement();
            akn.InlineElement("docDate", adopted.ToString(), "date", adopted.ToIsoString(), "refersTo", "#adoptionDate");
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }
}

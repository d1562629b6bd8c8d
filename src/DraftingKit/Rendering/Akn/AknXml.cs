using System.Globalization;
using System.Xml;

namespace DraftingKit.Rendering.Akn;

/// <summary>
/// The XML writer of one AKN document and the eIds given out in it: every writer of the area writes through it, so no
/// eId is given twice.
/// </summary>
internal sealed class AknXml
{
    private readonly HashSet<string> eIds = new(System.StringComparer.Ordinal);

    private readonly XmlWriter xml;

    public AknXml(XmlWriter writer) => xml = writer;

    public XmlWriter Writer => xml;

    /// <summary>Forgets the eIds given out: each part of a multi-part text is a document of its own.</summary>
    public void StartDocument() => eIds.Clear();

    public string Unique(string id)
    {
        if (eIds.Add(id))
        {
            return id;
        }

        for (var i = 2; ; i++)
        {
            var candidate = id + "_" + i.ToString(CultureInfo.InvariantCulture);
            if (eIds.Add(candidate))
            {
                return candidate;
            }
        }
    }

    public void InlineElement(string name, string text, params string[] attributes)
    {
        xml.WriteStartElement(name);
        for (var i = 0; i + 1 < attributes.Length; i += 2)
        {
            xml.WriteAttributeString(attributes[i], XmlText.Safe(attributes[i + 1]));
        }

        xml.WriteString(XmlText.Safe(text));
        xml.WriteEndElement();
    }

    public void Empty(string name, params string[] attributes)
    {
        xml.WriteStartElement(name);
        for (var i = 0; i + 1 < attributes.Length; i += 2)
        {
            xml.WriteAttributeString(attributes[i], XmlText.Safe(attributes[i + 1]));
        }

        xml.WriteEndElement();
    }
}

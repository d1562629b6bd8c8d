using System.Xml.Linq;

namespace DraftingKit.Import.Akn;

/// <summary>
/// Brings a loaded AKN file to one form whatever serialisation wrote it, so that the readers see the same tree:
/// every element of an Akoma Ntoso 3.0 namespace (the final one, or the drafts a tool may still write) is named in
/// <see cref="AknContext.Akn"/>, and the text of an element is one text node however it was split (CDATA sections,
/// a comment or an instruction between two runs). What the prefix was, where the namespace was declared, the
/// encoding, the character references, the quotes and the order of the attributes are gone after loading already.
/// An element of any other namespace keeps its name, so that it is never read as AKN.
/// </summary>
internal static class AknSerialisation
{
    /// <summary>The 3.0 namespace; the committee's drafts are named under it ("…/akn/3.0/WD17", "…/akn/3.0/CSD13").</summary>
    private const string Final = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    /// <summary>
    /// True for the Akoma Ntoso 3.0 namespace and its working and committee drafts: files written by tools of the
    /// draft years (WD17, CSD13) use the same element names and structure for what DraftingKit reads.
    /// </summary>
    public static bool IsAkn(XNamespace name)
    {
        var uri = name.NamespaceName;
        if (uri == Final)
        {
            return true;
        }

        if (!uri.StartsWith(Final + "/", StringComparison.Ordinal) || uri.Length == Final.Length + 1)
        {
            return false;
        }

        // One draft name ("WD17", "CSD13"): letters then digits, nothing further down.
        var draft = uri.Substring(Final.Length + 1);
        var letters = 0;
        while (letters < draft.Length && draft[letters] >= 'A' && draft[letters] <= 'Z')
        {
            letters++;
        }

        return letters > 0 && letters < draft.Length && draft.Substring(letters).All(c => c >= '0' && c <= '9');
    }

    /// <summary>Names every AKN element in the final namespace and joins the adjacent text nodes of each element.</summary>
    public static void Normalize(XDocument document)
    {
        foreach (var element in document.Descendants().ToList())
        {
            if (element.Name.Namespace != AknContext.Akn && IsAkn(element.Name.Namespace))
            {
                element.Name = AknContext.Akn + element.Name.LocalName;
            }

            JoinText(element);
        }
    }

    /// <summary>
    /// Joins runs of adjacent text nodes into the first of them, which keeps its place for spans: "Takes note"
    /// written "Takes&lt;![CDATA[ note]]&gt;" or "Takes&lt;!-- c --&gt; note" is one text, as a reader that looks
    /// at the first text of a paragraph ("(a)&#9;…") needs it.
    /// </summary>
    private static void JoinText(XElement element)
    {
        XText? run = null;
        List<XText>? joined = null;
        foreach (var node in element.Nodes())
        {
            if (node is XText text)
            {
                if (run is null)
                {
                    run = text;
                }
                else
                {
                    (joined ??= new List<XText>()).Add(text);
                    run.Value += text.Value;
                }
            }
            else
            {
                run = null;
            }
        }

        joined?.ForEach(text => text.Remove());
    }
}

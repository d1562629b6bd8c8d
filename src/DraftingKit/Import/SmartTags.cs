using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DraftingKit.Import;

/// <summary>
/// Word's smart tags (<c>w:smartTag</c>: a date, a place, a name Word recognised, "<i>of 18 December 2019</i>") wrap
/// runs whose words print as any others. The Open XML SDK knows no class for the element, so the runs inside come as
/// unknown elements and would be lost; each smart tag is replaced by its runs, read as runs.
/// </summary>
internal static class SmartTags
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Replaces every smart tag under <paramref name="root"/> by the runs (and other content) it holds.</summary>
    public static void Unwrap(OpenXmlElement root)
    {
        foreach (var tag in root.Descendants<OpenXmlUnknownElement>().Where(IsSmartTag).ToList())
        {
            if (tag.Parent is null || tag.Ancestors<OpenXmlUnknownElement>().Any(IsSmartTag))
            {
                // A tag inside another is unwrapped with it.
                continue;
            }

            foreach (var child in Content(tag))
            {
                tag.InsertBeforeSelf(child);
            }

            tag.Remove();
        }
    }

    private static bool IsSmartTag(OpenXmlUnknownElement element) => element.LocalName == "smartTag" && element.NamespaceUri == WordNamespace;

    /// <summary>The tag's content as the SDK reads it outside a tag: runs as runs, a tag inside as its own content; its properties go.</summary>
    private static IEnumerable<OpenXmlElement> Content(OpenXmlElement tag)
    {
        foreach (var child in tag.ChildElements)
        {
            if (child is OpenXmlUnknownElement unknown && IsSmartTag(unknown))
            {
                foreach (var inner in Content(unknown))
                {
                    yield return inner;
                }
            }
            else if (child.LocalName == "r" && child.NamespaceUri == WordNamespace)
            {
                yield return new Run(child.OuterXml);
            }
            else if (child.LocalName != "smartTagPr")
            {
                yield return child.CloneNode(true);
            }
        }
    }
}

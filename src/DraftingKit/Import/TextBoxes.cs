using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DraftingKit.Import;

/// <summary>
/// The words of a text box, read once and where the box is anchored. Word writes a text box twice, as a DrawingML
/// shape (<c>mc:AlternateContent/mc:Choice</c> with <c>wps:txbx</c>) and again as a VML shape for older readers
/// (<c>mc:Fallback</c> with <c>v:textbox</c>); a reader takes one of the two (ECMA-376 Part 3, §10.2), so a box that
/// holds "Draft resolution submitted by the Chair" must not print it twice. The box's paragraphs are paragraphs of their
/// own (<c>w:txbxContent</c>), not words of the paragraph that anchors it.
/// </summary>
internal static class TextBoxes
{
    /// <summary>
    /// Replaces each <c>mc:AlternateContent</c> under <paramref name="root"/> by the content of one of its branches: the
    /// first Choice, unless the Choice holds no text box and the Fallback does (the text is never lost for want of a
    /// reader of the Choice's shapes); the Fallback where there is no Choice.
    /// </summary>
    public static void ChooseOne(OpenXmlElement root)
    {
        foreach (var alternate in root.Descendants<AlternateContent>().ToList())
        {
            if (alternate.Parent is null || !alternate.Ancestors().Contains(root))
            {
                // In a branch an outer choice left out.
                continue;
            }

            var choice = alternate.Elements<AlternateContentChoice>().FirstOrDefault();
            var fallback = alternate.GetFirstChild<AlternateContentFallback>();
            OpenXmlElement? chosen = choice is not null && (choice.Descendants<TextBoxContent>().Any() || fallback?.Descendants<TextBoxContent>().Any() != true) ? choice : fallback ?? (OpenXmlElement?)choice;
            foreach (var child in chosen?.ChildElements.ToList() ?? new List<OpenXmlElement>())
            {
                child.Remove();
                alternate.InsertBeforeSelf(child);
            }

            alternate.Remove();
        }
    }

    /// <summary>The elements under <paramref name="paragraph"/> that belong to a text box anchored in it, not to its own words.</summary>
    public static HashSet<OpenXmlElement> Within(Paragraph paragraph)
    {
        var inBoxes = new HashSet<OpenXmlElement>();
        foreach (var box in paragraph.Descendants<TextBoxContent>())
        {
            inBoxes.UnionWith(box.Descendants());
        }

        return inBoxes;
    }
}

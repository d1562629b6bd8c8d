using System.Xml;
using System.Xml.Linq;
using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Import.Akn;

/// <summary>What one import collects as it walks a file: diagnostics, footnotes and the labels they use.</summary>
internal sealed class AknContext
{
    public static readonly XNamespace Akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    private readonly HashSet<string> footnoteLabels = new(System.StringComparer.Ordinal);

    public AknContext(string path) => Path = path;

    public string Path { get; }

    public List<DraftingDiagnostic> Diagnostics { get; } = new();

    public List<Footnote> Footnotes { get; } = new();

    /// <summary>The label given to each footnote read, by the note's <c>eId</c>, for a later <c>noteRef</c> to it.</summary>
    public Dictionary<string, string> FootnoteLabelsById { get; } = new(System.StringComparer.Ordinal);

    /// <summary>Footnotes whose marker stands where the model holds no text; they follow the others.</summary>
    public List<Footnote> DetachedFootnotes { get; } = new();

    /// <summary>The designation of the part being read, to relabel footnotes that parts number from 1 again.</summary>
    public string? PartDesignation { get; set; }

    /// <summary>The file writes a subparagraph as an unnumbered paragraph opening "(a)&#9;…".</summary>
    public bool SubparagraphsAsParagraphs { get; set; }

    /// <summary>The form in which the file writes each subparagraph of its main body, by the subparagraph's source span.</summary>
    public Dictionary<SourceSpan, AknSubparagraphMarkup> SubparagraphForms { get; } = new();

    /// <summary>The headings, by source span, whose number the file sets in a paragraph's <c>num</c> ("I.", "A.").</summary>
    public HashSet<SourceSpan> NumberedHeadings { get; } = new();

    /// <summary>The headings of the main body the file sets as a container of their own, by their source span.</summary>
    public HashSet<SourceSpan> HeadingContainers { get; } = new();

    /// <summary>True when the file sets the bullet opening a paragraph ("•") in the paragraph's num.</summary>
    public bool BulletNumbers { get; set; }

    /// <summary>The preambular paragraphs, by source span, that the file sets at the head of its main body.</summary>
    public HashSet<SourceSpan> PreambleInMainBody { get; } = new();

    /// <summary>The line and column of <paramref name="node"/> as a span of no length.</summary>
    public SourceSpan SpanOf(XObject? node)
    {
        if (node is IXmlLineInfo info && info.HasLineInfo())
        {
            return new SourceSpan(Path, 0, 0, info.LineNumber, info.LinePosition, info.LineNumber, info.LinePosition);
        }

        return new SourceSpan(Path, 0, 0, 1, 1, 1, 1);
    }

    public void Report(DraftingDescriptor descriptor, XObject? node, params object[] arguments) =>
        Diagnostics.Add(DraftingDiagnostic.Create(descriptor, SpanOf(node), arguments));

    /// <summary>A unique label for a footnote marked <paramref name="marker"/>, reporting any relabelling.</summary>
    public string FootnoteLabel(string marker, XObject node)
    {
        var label = marker.Trim();

        // A note the UN marks with a symbol ("*") keeps it: the label begins with the mark (FootnoteMark).
        if (label.Length > 0 && FootnoteMark.Of(label) == label)
        {
            var marked = FootnoteMark.Label(label, footnoteLabels.Contains);
            footnoteLabels.Add(marked);
            return marked;
        }

        if (label.Length == 0 || !IsLabelText(label))
        {
            label = "n" + (Footnotes.Count + DetachedFootnotes.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (footnoteLabels.Add(label))
        {
            return label;
        }

        var candidate = (PartDesignation ?? "n") + label;
        for (var i = 2; !footnoteLabels.Add(candidate); i++)
        {
            candidate = (PartDesignation ?? "n") + label + "-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        Report(AknImportDiagnostics.FootnoteRelabelled, node, label, candidate);
        return candidate;
    }

    /// <summary>
    /// The AKN name of <paramref name="element"/>; an element of another namespace ("uy:p", "akn4un:voters") gives
    /// its expanded name ("{http://…}p"), which no AKN name equals, so that it is never read as AKN.
    /// </summary>
    public static string Name(XElement element) => element.Name.Namespace == Akn ? element.Name.LocalName : element.Name.ToString();

    public static IEnumerable<XElement> Children(XElement element, string name) => element.Elements(Akn + name);

    public static XElement? Child(XElement element, string name) => element.Element(Akn + name);

    public static XElement? Descendant(XElement element, string name) => element.Descendants(Akn + name).FirstOrDefault();

    private static bool IsLabelText(string label)
    {
        foreach (var c in label)
        {
            if (!char.IsLetterOrDigit(c) && c != '-' && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}

using DraftingKit.Citations;
using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>A citation with the text it stands in, as the citation rules read it.</summary>
internal sealed record CitationInText(InlineText Text, Citation Citation, bool InFootnote, CatalogEntry? Entry);

/// <summary>Every citation of a document, body first in reading order, then the footnotes.</summary>
internal static class DocumentCitations
{
    /// <remarks>PERF: found once per document and shared by the citation rules (RuleContext.Citations).</remarks>
    public static IReadOnlyList<CitationInText> Find(ResolutionDocument document, ResolutionCatalog catalog)
    {
        var found = new List<CitationInText>();
        var organ = document.Header.Organ;
        foreach (var text in DocumentText.InReadingOrder(document))
        {
            Add(catalog, found, text, organ, inFootnote: false);
        }

        foreach (var footnote in document.Footnotes)
        {
            Add(catalog, found, footnote.Text, organ, inFootnote: true);
        }

        return found;
    }

    /// <summary>The source span of the cited number.</summary>
    public static SourceSpan NumberSpan(RuleContext context, CitationInText cited) =>
        context.Locator.Locate(cited.Text, cited.Citation.NumberStart, cited.Citation.Number.Length);

    /// <summary>How a citation reads in a message: "resolution 73/186 of the General Assembly".</summary>
    public static string Describe(Citation citation) =>
        (citation.Kind == CitedKind.Decision ? "decision " : "resolution ") + citation.Number + " (" + citation.Organ + ")";

    private static void Add(ResolutionCatalog catalog, List<CitationInText> found, InlineText text, Organ organ, bool inFootnote)
    {
        foreach (var citation in CitationRecognizer.Find(text, organ))
        {
            var entry = citation.Organ is null ? null : catalog.Find(citation.Organ, citation.Kind, citation.Number);
            found.Add(new CitationInText(text, citation, inFootnote, entry));
        }
    }
}

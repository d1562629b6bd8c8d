namespace DraftingKit.Diagnostics;

/// <summary>What a rule's findings depend on, so that a host that re-checks a draft on every change knows what to re-run.</summary>
public enum RuleScope
{
    /// <summary>
    /// Anything in the document: the order of paragraphs, their numbering, the footnotes, the citations' first
    /// mentions. Re-run over the whole document on every change.
    /// </summary>
    Document,

    /// <summary>
    /// Only the paragraph (preambular, operative, annex block or footnote) the finding is on, its own number,
    /// the document's front matter and titles, the options and the catalog: the same paragraph text gives the same
    /// findings wherever it stands, so they are kept for paragraphs a change did not touch.
    /// </summary>
    Paragraph,
}

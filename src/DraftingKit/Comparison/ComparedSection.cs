namespace DraftingKit.Comparison;

/// <summary>
/// The part of a text a unit belongs to. Units are aligned only within their section, so that a preambular
/// paragraph never pairs with an operative one, and the summary counts each section on its own.
/// </summary>
public enum ComparedSection
{
    /// <summary>The header block, the title and the enacting formula.</summary>
    Header,

    /// <summary>The preambular paragraphs and their subparagraphs.</summary>
    Preamble,

    /// <summary>The operative paragraphs and their subparagraphs.</summary>
    Operative,

    /// <summary>The closing lines: meeting and date.</summary>
    Closing,

    /// <summary>Annexes.</summary>
    Annex,

    /// <summary>The footnotes, compared as notes whatever number they print.</summary>
    Footnotes,
}

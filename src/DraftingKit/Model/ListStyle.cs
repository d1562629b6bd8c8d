namespace DraftingKit.Model;

/// <summary>How the items of a list inside a paragraph are labelled.</summary>
public enum ListStyle
{
    /// <summary>Subparagraphs "(a)", "(b)" … as the first level under a paragraph.</summary>
    LowerLetter,

    /// <summary>Subparagraphs "(i)", "(ii)" … under a lettered subparagraph.</summary>
    LowerRoman,

    /// <summary>An embedded numbered list such as a provisional agenda: "1. Election of officers."</summary>
    Decimal,

    /// <summary>Items without a label.</summary>
    Unlabelled,

    /// <summary>Items numbered in brackets, "(1)", "(2)" … (S/RES/2550 (2020), paragraph 3: the measures it lists).</summary>
    BracketedNumber,
}

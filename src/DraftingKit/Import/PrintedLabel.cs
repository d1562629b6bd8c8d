namespace DraftingKit.Import;

/// <summary>
/// A subparagraph's label as a printed text gives it, for the patterns that read lines: "(a)" to "(zzzzz)", a roman
/// numeral in letters, "(1)" to "(999)". One grammar, so that every reading of a line agrees on what a label is.
/// </summary>
internal static class PrintedLabel
{
    /// <summary>The label with its brackets, as a regular expression.</summary>
    public const string Pattern = @"\((?:[a-z]{1,5}|\d{1,3})\)";
}

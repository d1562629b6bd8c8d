namespace DraftingKit.Tests.Import;

/// <summary>
/// Genuine slips in the UN's AKN4UN files that a printed page cannot carry, reviewed: each names the text, the words
/// as the UN's file writes them, as any text layer of its print reads them, and why. A text layer's figures compare
/// the import with the text as printed (<see cref="TextLayerFigures"/>); a slip no longer found in its text fails them.
/// </summary>
internal static class PrintedSlips
{
    public static readonly IReadOnlyList<(string File, string AsFiled, string AsPrinted, string Why)> All = new[]
    {
        ("A-RES-76-173.res.md", "Secretary- General", "Secretary-General",
            "a space after the hyphen of 'Secretary-General'; the line breaks at that space, and a line that ends on a compound's hyphen is one word with the next"),
        ("A-RES-76-267.res.md", "conflict- affected", "conflict-affected",
            "a space after the hyphen of 'conflict-affected'; the line breaks at that space, as above"),
        ("A-RES-75-182.res.md", "development”, [^11]", "development”,[^11]",
            "a space before note 11's marker, where every other marker of the text follows its punctuation directly; a raised number prints against the comma, and a text layer that sets it apart ('development”, 11') is read as a marker set apart, not as a space the text holds"),
    };

    /// <summary>
    /// <paramref name="outline"/> of <paramref name="file"/> as its print reads, each listed slip of the file put as
    /// printed; <paramref name="stale"/> gets each listed slip the outline no longer holds.
    /// </summary>
    public static string AsPrinted(string file, string outline, List<string> stale)
    {
        foreach (var slip in All.Where(slip => slip.File == file))
        {
            if (outline.IndexOf(slip.AsFiled, StringComparison.Ordinal) < 0)
            {
                stale.Add(file + ": '" + slip.AsFiled + "' is listed as a slip but no longer in the text");
                continue;
            }

            outline = outline.Replace(slip.AsFiled, slip.AsPrinted, StringComparison.Ordinal);
        }

        return outline;
    }
}

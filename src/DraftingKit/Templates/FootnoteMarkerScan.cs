namespace DraftingKit.Templates;

/// <summary>A footnote marker written in a template: "[^label]" (a reference) or "[^label]:" (a definition's opening).</summary>
/// <param name="Start">Where "[^" stands.</param>
/// <param name="Length">The marker's length, the ':' of a definition included.</param>
/// <param name="LabelStart">Where the label stands.</param>
/// <param name="LabelLength">The label's length.</param>
/// <param name="Colon">True when a ':' follows the marker (a definition, if the marker also opens its line).</param>
internal readonly record struct FootnoteMarker(int Start, int Length, int LabelStart, int LabelLength, bool Colon)
{
    /// <summary>The label, copied out of <paramref name="text"/>.</summary>
    public string Label(string text) => text.Substring(LabelStart, LabelLength);
}

/// <summary>
/// Every footnote marker of a text, found by one scan: "[^", then a label of one character or more that is neither a
/// bracket nor white space, then "]", and an optional ":". The markers are what the pattern
/// <c>\[\^([^\[\]\s]+)\](:)?</c> matches from left to right, without a match object for each.
/// </summary>
/// <remarks>
/// PERF: the reader searched the body with that pattern twice (for the definitions Markdig drops, then for the labels
/// referenced), each marker a <c>Match</c> with its groups and the label a string; the scan finds "[^" with a
/// vectorized search and reads the label where it stands. Linear: a label ends at its first bracket or white space.
/// </remarks>
internal static class FootnoteMarkerScan
{
    /// <summary>The markers of <paramref name="text"/> from <paramref name="start"/>, in order.</summary>
    public static List<FootnoteMarker> Find(string text, int start = 0)
    {
        var found = new List<FootnoteMarker>();
        var at = start;
        while (at < text.Length - 1 && text.IndexOf("[^", at, StringComparison.Ordinal) is var open and >= 0)
        {
            var label = open + 2;
            var end = label;
            while (end < text.Length && text[end] != '[' && text[end] != ']' && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            if (end == label || end >= text.Length || text[end] != ']')
            {
                // Not a marker here; one may still open at the next character (a '[' that ended the label).
                at = open + 1;
                continue;
            }

            var colon = end + 1 < text.Length && text[end + 1] == ':';
            var length = end + 1 - open + (colon ? 1 : 0);
            found.Add(new FootnoteMarker(open, length, label, end - label, colon));
            at = open + length;
        }

        return found;
    }
}

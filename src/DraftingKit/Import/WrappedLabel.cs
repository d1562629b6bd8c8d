using System.Text.RegularExpressions;

namespace DraftingKit.Import;

/// <summary>
/// A label its sentence holds at the start of a wrapped line in a PDF's reading order ("… decided to recommend to the
/// General Assembly" / "(a) to take note of the draft articles …"): it goes up to the end of the line above, so that
/// no later reading of the lines takes it for the label of an item that opens there.
/// </summary>
/// <remarks>
/// The words keep their order and their line; only the label moves, and the line below keeps its indent, so a page's
/// width and a paragraph's hang still say what they said.
/// </remarks>
internal static class WrappedLabel
{
    private static readonly Regex Opening = new(@"^(?<indent>\s*)(?<label>" + PrintedLabel.Pattern + @")\s+(?=\S)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>True when <paramref name="line"/> opens with a label and words after it: "(a) to take note", "(e)  deadline".</summary>
    public static bool Opens(string line) => Opening.IsMatch(line.Replace("\f", string.Empty));

    /// <summary>
    /// The line <paramref name="above"/> with the label that opens <paramref name="line"/> at its end, and the line
    /// without it; both as given when the line opens with no label.
    /// </summary>
    public static (string Above, string Line) RunUp(string above, string line)
    {
        var feed = line.IndexOf('\f') >= 0 ? "\f" : string.Empty;
        var match = Opening.Match(line.Replace("\f", string.Empty));
        if (!match.Success)
        {
            return (above, line);
        }

        var words = line.Replace("\f", string.Empty);
        return (above.TrimEnd() + " " + match.Groups["label"].Value, feed + match.Groups["indent"].Value + words.Substring(match.Length));
    }
}

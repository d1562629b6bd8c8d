using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>
/// The paragraphs (blocks between blank lines) a page laid out by pdftotext <c>-layout</c> is read into
/// (<see cref="LaidOutText"/>), each one's lines trimmed and joined: the laid-out counterpart of <see cref="ReadingOrderParagraphs"/>.
/// </summary>
internal static class LaidOutParagraphs
{
    /// <summary>The paragraphs of the first page of <paramref name="text"/>, without the one that is only the page's number <paramref name="pageNumber"/>.</summary>
    public static List<string> Of(string text, string? pageNumber = null) => LaidOutText.Paragraphs(text).Split('\f')[0]
        .Split("\n\n")
        .Select(paragraph => string.Join(" ", paragraph.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)))
        .Where(paragraph => paragraph.Length > 0 && paragraph != pageNumber)
        .ToList();

    private static readonly System.Text.RegularExpressions.Regex Spaces = new(" {2,}", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// The paragraphs of every page of the laid-out <paramref name="lines"/> (a page's end closing the last), each
    /// one's lines joined and the spaces a justified line stretched closed to one.
    /// </summary>
    public static List<string> OfLines(IEnumerable<string> lines) => LaidOutText.Paragraphs(string.Join("\n", lines) + "\n\f")
        .Replace("\f", string.Empty)
        .Split("\n\n")
        .Select(paragraph => Spaces.Replace(string.Join(" ", paragraph.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)), " "))
        .Where(paragraph => paragraph.Length > 0)
        .ToList();
}

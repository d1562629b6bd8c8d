using System.Text.RegularExpressions;

namespace DraftingKit.Import;

/// <summary>
/// An annex's heading alone on its line: "Annex", "Annex I", "Annex B", "Annex 2", "Appendix". In a PDF's reading order it runs on
/// into the annex's title under it, with no blank line between; alone on a line with a capital, it is never a
/// sentence's word ("… as contained in the annex to …" writes it in lower case and goes on).
/// </summary>
internal static class AnnexHeadingLine
{
    private static readonly Regex Heading = new(@"^(?:Annex(?:es)?|Appendix|Attachment|Enclosure)(?:\s+(?:[IVXLC]{1,7}|[A-Z]|\d{1,2}))?$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>True when the line's words are an annex's heading and nothing else.</summary>
    public static bool IsMatch(string words) => Heading.IsMatch(words);
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DraftingKit.Import;

/// <summary>
/// Gives back the footnote markers a text layer printed as plain numbers: "thereto,1", "Corruption5 and",
/// "[1]". Such a number is a marker only when the document's notes are numbered the same plain way and it is the
/// next note in order (markers first appear in the order of their notes), so that "1,000", "G20", "COVID-19" or
/// a symbol ("A/75/L.20") stay as they are. A marker found is rewritten as <c>&lt;sup&gt;n&lt;/sup&gt;</c>.
/// </summary>
internal static class BareMarkers
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>
    /// "[12]" not opening a link; a year with the marker glued to it ("of 2016" and note 19 printed "201619"); or
    /// digits right after a letter or closing punctuation; each before a space, punctuation or the end.
    /// </summary>
    private static readonly Regex Candidate = new(
        @"\[(?<bracket>\d{1,3})\](?!\()|(?<=[\s(–-])(?<year>(?:19|20)\d\d)(?<glued>\d{1,3})(?=[\s,;:.)”’""]|$)|(?<=(?<before>[\p{L},;:.)\]”’""]))(?<bare>\d{1,3})(?=[\s,;:.)”’""]|$)",
        RegexOptions.CultureInvariant,
        Timeout);

    /// <summary>An abbreviation or symbol part that a number follows after a full stop: "No. 5" printed "No.5", "L.20", "para.3".</summary>
    private static readonly Regex NumberedAbbreviation = new(@"(?:^|[\s(/])(?:No|Nos|vol|vols|para|paras|sect|chap|art|arts|p|pp|Add|Rev|Corr|L|Suppl|Sess|Res)\.$", RegexOptions.CultureInvariant, Timeout);

    public static List<SourceBlock> Restore(List<SourceBlock> blocks)
    {
        var notes = new HashSet<int>();
        foreach (var block in blocks)
        {
            if (block.BareNumber && int.TryParse(block.FootnoteNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                notes.Add(number);
            }
        }

        if (notes.Count == 0)
        {
            return blocks;
        }

        var last = 0;
        var output = new List<SourceBlock>(blocks.Count);
        foreach (var block in blocks)
        {
            output.Add(block.Kind == SourceBlockKind.Paragraph ? block with { Text = Rewrite(block.Text, notes, ref last) } : block);
        }

        return output;
    }

    private static string Rewrite(string text, HashSet<int> notes, ref int last)
    {
        var builder = new StringBuilder(text.Length);
        var copied = 0;
        foreach (Match match in Candidate.Matches(text))
        {
            var bracket = match.Groups["bracket"].Success;
            var glued = match.Groups["glued"];
            var number = int.Parse(bracket ? match.Groups["bracket"].Value : glued.Success ? glued.Value : match.Groups["bare"].Value, CultureInfo.InvariantCulture);
            var next = number == last + 1 && notes.Contains(number);
            var again = bracket && number <= last && notes.Contains(number);
            if (!(next || again) || (!bracket && !glued.Success && !IsMarkerPlace(text, match.Index, match.Length)))
            {
                continue;
            }

            builder.Append(text, copied, match.Index - copied).Append(glued.Success ? match.Groups["year"].Value : string.Empty).Append("<sup>").Append(number.ToString(CultureInfo.InvariantCulture)).Append("</sup>");
            copied = match.Index + match.Length;
            last = Math.Max(last, number);
        }

        return copied == 0 ? text : builder.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>False for digits inside a word with a slash (a symbol), after a numbered abbreviation, or after a thousands comma.</summary>
    private static bool IsMarkerPlace(string text, int index, int length)
    {
        var wordStart = text.LastIndexOfAny(new[] { ' ', '\u00A0', '(' }, index - 1) + 1;
        var word = text.Substring(wordStart, index - wordStart);
        if (word.IndexOf('/') >= 0 && word[word.Length - 1] is not (')' or ',' or ';' or ':' or '”' or '’'))
        {
            return false;
        }

        var before = text.Substring(0, index);
        if (before.EndsWith(".", StringComparison.Ordinal) && NumberedAbbreviation.IsMatch(before))
        {
            return false;
        }

        // "1.1 billion": a full stop after a number that is not a year is a decimal point.
        var number = Regex.Match(before, @"(?<![\d/])(?<digits>\d+)\.$", RegexOptions.CultureInvariant, Timeout);
        if (number.Success && !(number.Groups["digits"].Length == 4 && number.Groups["digits"].Value[0] is '1' or '2'))
        {
            return false;
        }

        // "1,500": a comma between digits groups thousands.
        return !(length == 3 && before.EndsWith(",", StringComparison.Ordinal) && index >= 2 && char.IsDigit(text[index - 2]));
    }
}

using System.Text;
using System.Text.RegularExpressions;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Derives the expected UN text of one resolution or decision from the ORIGINAL seed file, with plain string
/// processing of its own (no engine code), so that the corpus test compares the importer with the source and
/// not with itself. Each step below says which artefact of the extraction it undoes.
/// </summary>
internal static class SeedReference
{
    private static readonly Regex SupMarker = new(@"<sup>(\d+)</sup>");
    private static readonly Regex Link = new(@"\[([^\]]*)\]\([^)]*\)");
    private static readonly Regex SuperscriptRun = new("[⁰¹²³⁴⁵⁶⁷⁸⁹]+");
    private static readonly Regex FootnoteLine = new(@"^(?:<sup>(\d+)</sup>|([⁰¹²³⁴⁵⁶⁷⁸⁹]+))\s+(.*)$");
    private static readonly Regex LabelAndTitle = new(@"^(Draft (?:resolution|decision) [IVXLC]+)\s+(\S.*)$");
    private static readonly Regex ListLine = new(@"^(?:\d{1,3}\.\s|-\s|“?\(\w{1,5}\)\s)");
    private static readonly Regex Entitled = new("entitled [“\"]([^”\"]+)[”\"]");

    /// <summary>
    /// The expected lines (non-empty) of the text on lines <paramref name="first"/>–<paramref name="last"/> of the seed.
    /// <paramref name="renumberFootnotes"/> false keeps the seed's own numbers, for a report whose notes run on
    /// through the chapter (seed 001). <paramref name="inReport"/> keeps the report's paragraph number of a one-sentence
    /// decision ("4. The Economic and Social Council decides …"), which the report prints.
    /// </summary>
    public static List<string> Lines(string seedPath, int first, int last, bool quoted, string? symbolLine, bool renumberFootnotes = true, bool inReport = false)
    {
        var all = File.ReadAllLines(seedPath);

        // 1. Paragraphs: consecutive non-blank lines form one paragraph (the bold title of draft resolution XI
        //    runs over six lines), except list items written one a line (a provisional agenda: "1. Opening …")
        //    and lines ended by a Markdown hard break ("Distr.: General  ").
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        var hardBreak = false;
        for (var i = first; i <= last; i++)
        {
            var line = all[i - 1];
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || (current.Length > 0 && (hardBreak || ListLine.IsMatch(trimmed) || ListLine.IsMatch(current.ToString()) || FootnoteLine.IsMatch(trimmed))))
            {
                Flush(paragraphs, current);
            }

            if (trimmed.Length > 0)
            {
                current.Append(current.Length > 0 ? Between(current.ToString(), trimmed) : string.Empty).Append(trimmed);
            }

            hardBreak = line.EndsWith("  ");
        }

        Flush(paragraphs, current);

        // 2. Markdown of the 003 extraction: heading marks, bold marks and the "---" page separators go; they
        //    are layout, not words.
        paragraphs = paragraphs
            .Select(p => Regex.Replace(p, "^#{1,6} ", string.Empty).Replace("**", string.Empty).Trim())
            .Where(p => p != "---" && p.Length > 0)
            .ToList();

        // 3. Footnote texts: the extraction prints them at the foot of each page, between paragraphs; UN text
        //    gathers them after the body. They are collected in order and removed from the body.
        var footnotes = new List<(string Number, string Text)>();
        var body = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            var match = FootnoteLine.Match(paragraph);
            if (match.Success)
            {
                var number = match.Groups[1].Success ? match.Groups[1].Value : FromSuperscript(match.Groups[2].Value);
                footnotes.Add((number, match.Groups[3].Value));
            }
            else
            {
                body.Add(paragraph);
            }
        }

        // 4. Quoted drafts (002, section II): each paragraph opens with a quotation mark and only the last closes
        //    the quotation; the marks belong to the report paragraph that quotes the draft, not to the draft.
        if (quoted)
        {
            for (var i = 0; i < body.Count; i++)
            {
                var p = body[i];
                if (p.StartsWith("“") || p.StartsWith("\""))
                {
                    p = p.Substring(1);
                }

                if (i == body.Count - 1 && (p.EndsWith("”") || p.EndsWith("\"")))
                {
                    p = p.Substring(0, p.Length - 1);
                }

                body[i] = p;
            }
        }

        // 5. Page breaks: a paragraph split by a page break resumes on the next page, after the page's
        //    footnotes. A paragraph that opens in lower case continues the one before it; so does one that
        //    follows a paragraph stopping without the punctuation UN paragraphs end with (, ; : .) when it opens
        //    neither a numbered or lettered paragraph, a list item, the formula, nor the closing date of an adopted text. The label,
        //    title and formula lines at the top (before the first line ending in a comma or colon) are never joined.
        var joined = new List<string>();
        var bodyStarted = false;
        foreach (var p in body)
        {
            var text = p.TrimStart('*');
            if (joined.Count > 0 && bodyStarted && text.Length > 0 && (char.IsLower(text[0]) || (!EndsParagraph(joined[^1]) && !StartsUnit(text))))
            {
                joined[^1] = joined[^1] + Between(joined[^1], p) + p;
                continue;
            }

            joined.Add(p);
            bodyStarted |= Strip(p).TrimEnd().EndsWith(",") || Strip(p).TrimEnd().EndsWith(":") || Strip(p).Contains(" decides ");
        }

        // 6. Inline syntax: italics marks, link syntax "[A/72/125](#)" and escapes go, "<sup>n</sup>" becomes a
        //    superscript number, list dashes ("- (a) …") go (UN text sets the label alone).
        var lines = new List<string>();
        foreach (var p in joined)
        {
            var text = Strip(p);
            if (text.StartsWith("- "))
            {
                text = text.Substring(2);
            }

            // 7. A one-sentence decision that a commission report numbers as its own paragraph ("4. The Economic
            //    and Social Council decides …"): the report's number is not part of the decision.
            if (!inReport)
            {
                text = Regex.Replace(text, @"^\d{1,3}\. (?=The (?:General Assembly|Economic and Social Council) decides)", string.Empty);
            }

            // 7b. A label and a title extracted on one line ("Draft resolution I Follow-up to …") are two lines.
            var labelled = LabelAndTitle.Match(text);
            if (labelled.Success)
            {
                lines.Add(labelled.Groups[1].Value);
                lines.Add(labelled.Groups[2].Value);
                continue;
            }

            lines.Add(text);
        }

        // 8. Footnote numbers: reports number footnotes through the whole document (001 runs to 72); each text
        //    numbers its own from 1, in the order its footnote texts stand.
        var renumber = new Dictionary<string, string>();
        foreach (var (number, _) in footnotes)
        {
            if (!renumber.ContainsKey(number))
            {
                renumber[number] = renumberFootnotes ? (renumber.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : number;
            }
        }

        lines = lines.Select(line => SuperscriptRun.Replace(line, m => renumber.TryGetValue(FromSuperscript(m.Value), out var n) ? ToSuperscript(n) : m.Value)).ToList();
        foreach (var (number, text) in footnotes)
        {
            lines.Add(ToSuperscript(renumber[number]) + " " + Strip(text));
        }

        // 9. The 003 extraction lost the page header that carries the symbol; the published text prints it first.
        if (symbolLine is not null)
        {
            lines.Insert(0, symbolLine);
        }

        return lines.Where(line => line.Trim().Length > 0).Select(line => line.TrimEnd()).ToList();
    }

    /// <summary>The title a report gives a quoted draft in the paragraph that introduces it: "entitled “…”".</summary>
    public static string? QuotedTitle(string seedPath, int formulaLine)
    {
        var all = File.ReadAllLines(seedPath);
        for (var i = formulaLine - 2; i >= 0; i--)
        {
            if (all[i].Trim().Length > 0)
            {
                var match = Entitled.Match(Strip(all[i]));
                return match.Success ? match.Groups[1].Value : null;
            }
        }

        return null;
    }

    private static void Flush(List<string> paragraphs, StringBuilder current)
    {
        if (current.Length > 0)
        {
            paragraphs.Add(current.ToString());
            current.Clear();
        }
    }

    private static string Strip(string text)
    {
        text = Link.Replace(text, "$1");
        text = SupMarker.Replace(text, m => ToSuperscript(m.Groups[1].Value));
        text = text.Replace("\\(", "(").Replace("\\)", ")").Replace("*", string.Empty);
        return text.Trim();
    }

    private static bool EndsParagraph(string text)
    {
        var plain = SuperscriptRun.Replace(Strip(text), string.Empty).TrimEnd().TrimEnd('”', '"');
        return plain.Length > 0 && ",;:.".IndexOf(plain[^1]) >= 0;
    }

    private static bool StartsUnit(string text) =>
        Regex.IsMatch(text, @"^(?:“|""|-\s|\d{1,3}\.\s|\(\w{1,5}\)\s|Draft |The (?:General Assembly|Economic and Social Council|Commission))|^\d{1,2} [A-Z][a-z]+ \d{4}$");

    private static string FromSuperscript(string text) =>
        new(text.Select(c => (char)('0' + "⁰¹²³⁴⁵⁶⁷⁸⁹".IndexOf(c))).ToArray());

    private static string ToSuperscript(string digits) =>
        new(digits.Select(c => "⁰¹²³⁴⁵⁶⁷⁸⁹"[c - '0']).ToArray());

    /// <summary>
    /// What joins a line to the one above in the seed: the seeds' PDFs are set without word division, so a line that
    /// ends on a hyphen after a letter broke a compound there ("above-" over "mentioned meetings"), unless a
    /// conjunction follows ("child-" over "and youth-related"); any other line end is a space.
    /// </summary>
    private static string Between(string above, string below) =>
        above.Length > 1 && above[above.Length - 1] == '-' && char.IsLetter(above[above.Length - 2]) && below.Length > 0 && char.IsLetter(below[0])
            && !below.StartsWith("and ", StringComparison.Ordinal) && !below.StartsWith("or ", StringComparison.Ordinal)
            ? string.Empty
            : " ";
}

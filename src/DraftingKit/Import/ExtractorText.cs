using System.Text;
using System.Text.RegularExpressions;

namespace DraftingKit.Import;

/// <summary>
/// What PDF text extractors other than pdftotext do to a UN text, undone before the readers see it, so that the text
/// MuPDF (<c>mutool draw -F txt</c>) or a browser's PDF viewer (pdf.js, a copy of all pages) gives reads as
/// pdftotext's reading order does:
/// <list type="bullet">
/// <item>pages run on with no form feed between them (pdf.js joins its pages with a line break): each page opens
/// with the running header, the symbol the masthead's first line prints ("A/RES/75/134" / "S/RES/2751 (2024)"), so a
/// line that repeats the first line opens a page (<see cref="Paged"/>);</item>
/// <item>a justified line's words stand two or three spaces apart where the layout stretched them (MuPDF keeps the
/// stretch as spaces: "the  United  Nations  Regional  Courses"), which is no gap a writer meant
/// (<see cref="Unstretched"/>);</item>
/// <item>a typographic ligature kept as its one character ("ﬁnancing", "eﬀective") and a soft hyphen the layout
/// showed at a line's end ("peace\u00ADkeeping") (<see cref="Spelled"/>).</item>
/// </list>
/// A text laid out with <c>-layout</c> keeps its spaces: there the gaps are the layout's columns and indents.
/// </summary>
internal static class ExtractorText
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>A UN document symbol alone on a line, as the masthead and the running header print it.</summary>
    private static readonly Regex Symbol = new(@"^[A-Z]{1,2}/(?:[A-Za-z0-9.\-]+/)+[A-Za-z0-9.\-]+(?: [A-Z](?:-[A-Z])?| \(\d{4}\))?$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>Two or three spaces between two words: a justified line's stretch (four or more are a layout's column).</summary>
    private static readonly Regex Stretch = new(@"(?<=\S) {2,3}(?=\S)", RegexOptions.CultureInvariant, Timeout);

    /// <summary>
    /// The text with what its extractor did undone. A text laid out (<see cref="LaidOutText.IsLaidOut"/>) is pdftotext's
    /// <c>-layout</c> and keeps its spaces; the rest is read only in a text that shows MuPDF's blocks (<see cref="Unblocked"/>)
    /// or pages that pdf.js ran on (<see cref="Paged"/>). The importer places findings in the file as it stands, by its
    /// words (<see cref="FilePositions"/>).
    /// </summary>
    public static string Normalize(string text)
    {
        text = Spelled(text);
        if (LaidOutText.IsLaidOut(text))
        {
            return text;
        }

        // Only a text that shows an extractor's ways is read for the rest: pdftotext's reading order, and a text a
        // writer typed, keep their lines and columns (a finding names them), their tables' gaps and their notes.
        var unblocked = Unblocked(text);
        var paged = Paged(text);
        if (!ReferenceEquals(unblocked, text))
        {
            return NotesRuled(PageNumbersAtTop(Unstretched(unblocked)));
        }

        return ReferenceEquals(paged, text) ? text : NotesRuled(PageNumbersAtTop(paged));
    }

    /// <summary>
    /// Ligature characters spelled out in their letters (U+FB00–U+FB06, "ﬁ" → "fi", as Unicode's compatibility
    /// mapping gives), and soft hyphens dropped: one at a line's end with its line break, as the word the layout broke
    /// is one word ("peace\u00AD" / "keeping operations"), one inside a line as nothing shown.
    /// </summary>
    public static string Spelled(string text)
    {
        if (text.IndexOf('\u00AD') < 0 && !HasLigature(text))
        {
            return text;
        }

        var output = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= '\uFB00' && c <= '\uFB06')
            {
                output.Append(c.ToString().Normalize(NormalizationForm.FormKC));
            }
            else if (c == '\u00AD')
            {
                // A soft hyphen ends the line the layout broke the word at: the word goes on at the next line's start.
                var next = i + 1;
                while (next < text.Length && (text[next] == ' ' || text[next] == '\r'))
                {
                    next++;
                }

                if (next < text.Length && text[next] == '\n' && output.Length > 0 && char.IsLetter(output[output.Length - 1]))
                {
                    var rest = next + 1;
                    while (rest < text.Length && text[rest] == ' ')
                    {
                        rest++;
                    }

                    var end = rest;
                    while (end < text.Length && !char.IsWhiteSpace(text[end]))
                    {
                        end++;
                    }

                    // The word's rest joins the line the hyphen ended; the line below keeps what follows it.
                    output.Append(text, rest, end - rest);
                    output.Append('\n');
                    i = end < text.Length && text[end] == ' ' ? end : end - 1;
                }
            }
            else
            {
                output.Append(c);
            }
        }

        return output.ToString();
    }

    /// <summary>A page's number alone on a line: "2/5".</summary>
    private static readonly Regex PageNumber = new(@"^\d{1,4}/\d{1,4}$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A line that ends on a word or a comma: a line the page broke inside a sentence.</summary>
    private static readonly Regex EndsOnWord = new(@"[\p{L},]$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A label or a paragraph's number alone on its line: "(f)", "2.".</summary>
    private static readonly Regex LabelAlone = new(@"^(?:\d{1,3}\.|" + PrintedLabel.Pattern + @")$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>
    /// A text whose extractor sets every block of a page apart with a blank line, with its blank lines gone: its lines
    /// then run as pdftotext's reading order runs them, and the reading order's readers tell its paragraphs by their
    /// words. MuPDF does so, and takes a paragraph's first line, which the indent sets apart at its left, for a block of
    /// its own ("Recalling its resolution 2099 (XX) of 20 December 1965, in which the General" / blank / "Assembly
    /// established …", A/RES/75/134): the blank line then cuts a sentence, which no reading of blank lines can undo. Such
    /// a first line tells the text: alone between blank lines, it fills most of the text's width (less its indent) and
    /// ends on a word or a comma, where the sentence goes on into a line that is no label alone. Two of them tell it;
    /// pdftotext's reading order sets at most one such line in a text (a heading is shorter, a paragraph's last line
    /// ends with its full stop or semicolon); and a form feed alone on a line between two pages, as MuPDF ends a page.
    /// </summary>
    public static string Unblocked(string text)
    {
        var lines = text.Split('\n');
        if (PageLayout.WidthOf(lines.Where(line => line.Trim().Length > 0)) is not int full)
        {
            return text;
        }

        var firstLinesApart = 0;
        for (var i = 1; i + 2 < lines.Length && firstLinesApart < 2; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || lines[i - 1].Trim().Length > 0 || lines[i + 1].Trim().Length > 0 || lines[i + 1].IndexOf('\f') >= 0)
            {
                continue;
            }

            var next = lines[i + 2].Trim();
            if (line.Length * 4 >= full * 3 && EndsOnWord.IsMatch(line) && next.Length > 0 && !LabelAlone.IsMatch(next))
            {
                firstLinesApart++;
            }
        }

        // MuPDF also ends each page with a form feed on a line of its own, where pdftotext opens the next page's first
        // line with it (and closes the text with one alone): a text read by MuPDF has one between two pages.
        var feedAlone = Array.FindIndex(lines, line => line.Trim(' ', '\r') == "\f");
        var pagesApart = feedAlone >= 0 && lines.Skip(feedAlone + 1).Any(line => line.Trim().Length > 0);
        return firstLinesApart < 2 || !pagesApart ? text : string.Join("\n", lines.Where(line => line.Trim().Length > 0 || line.IndexOf('\f') >= 0));
    }

    /// <summary>
    /// Each page's number that the extractor set at the page's foot, under its notes ("2/5" last, as MuPDF and pdf.js
    /// read the footer after the page's text), moved to the page's top, after its running header: there the reading
    /// order's readers take it for the page's furniture (pdftotext prints it there on a page whose header stands at the
    /// left), and it does not run on into the page's last note ("A/75/389. 2/5").
    /// </summary>
    public static string PageNumbersAtTop(string text)
    {
        if (text.IndexOf('\f') < 0)
        {
            return text;
        }

        var pages = text.Split('\f');
        for (var p = 0; p < pages.Length; p++)
        {
            var lines = pages[p].Split('\n').ToList();
            var last = lines.FindLastIndex(line => line.Trim().Length > 0);
            var first = lines.FindIndex(line => line.Trim().Length > 0);
            if (last <= first || !PageNumber.IsMatch(lines[last].Trim()))
            {
                continue;
            }

            var number = lines[last];
            lines.RemoveAt(last);
            // After the running header, where the page opens with one; else at the page's top.
            var at = Symbol.IsMatch(lines[first].Trim()) ? first + 1 : first;
            lines.Insert(at, number);
            pages[p] = string.Join("\n", lines);
        }

        return string.Join("\f", pages);
    }

    /// <summary>A note's number and its text on one line: "1 A/75/389.", "12 See resolution 65/119.".</summary>
    /// A day of a date that a line opens with ("1 December 2024, a final report …", S/RES/2731 (2024)) is the text's.
    private static readonly Regex NoteLine = new(@"^(?<number>\d{1,3}) (?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)(?=[\p{Lu}“""‘(\[]|\p{Ll}+\.)", RegexOptions.CultureInvariant, Timeout);

    /// <summary>
    /// Each page's notes that the extractor set at the page's foot with their numbers on their lines ("1 A/75/389.",
    /// as pdf.js gives a note) or each number on a line over its note's text (MuPDF: "9" / "Resolution 71/256, annex.",
    /// and "10 Resolution 70/1." where the number is wider), each as "n text" under a rule line, as the importer reads
    /// every other extraction's notes: a reading order without a rule runs them on into the page's last paragraph
    /// ("… contained in the report, 1 A/75/389."). The notes open at the page's first line that opens with the number
    /// the notes go on with (1, then past the pages before), where that number's raised marker stands in the page's text
    /// above, glued to a word or its punctuation ("Programme of Assistance1", "Development,10") or set apart after it;
    /// the lines under it to the page's end are its notes, each number beside or over its own text. Numbers stacked
    /// apart from their texts (pdftotext's reading order: "1" / "2" / "League of Nations …") are left to
    /// <see cref="FlowingNotes"/>, as is a page that has its rule.
    /// </summary>
    public static string NotesRuled(string text)
    {
        var pages = text.Split('\f');
        var next = 1;
        var ruled = false;
        for (var p = 0; p < pages.Length; p++)
        {
            var lines = pages[p].Split('\n').ToList();
            if (lines.Any(line => PageLayout.IsRule(line.Trim())))
            {
                continue;
            }

            for (var i = 1; i < lines.Count; i++)
            {
                if (NoteNumber(lines, i) != next || !MarkedAbove(lines, i, next) || Notes(lines, i, next) is not { } notes)
                {
                    continue;
                }

                // The page's blank last lines stay, so a form feed keeps its line.
                var blankEnd = lines.Count - lines.FindLastIndex(line => line.Trim().Length > 0) - 1;
                next += notes.Count;
                lines.RemoveRange(i, lines.Count - i);
                lines.Add("____");
                lines.AddRange(notes);
                lines.AddRange(Enumerable.Repeat(string.Empty, blankEnd));
                pages[p] = string.Join("\n", lines);
                ruled = true;
                break;
            }
        }

        return ruled ? string.Join("\f", pages) : text;
    }

    /// <summary>The note's number line <paramref name="index"/> opens with, beside its text or alone over it; null for another line.</summary>
    private static int? NoteNumber(List<string> lines, int index)
    {
        var line = lines[index].Trim();
        if (NoteLine.Match(line) is { Success: true } note)
        {
            return int.Parse(note.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        // A number alone over a line of text: a lone page's figure stands over no words.
        return line.Length is > 0 and <= 3 && line.All(char.IsDigit) && index + 1 < lines.Count && NoteLine.IsMatch("1 " + lines[index + 1].Trim())
            ? int.Parse(line, System.Globalization.CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>
    /// The notes from line <paramref name="start"/> to the page's end as "n text", numbered on from <paramref name="first"/>;
    /// null when a number there stands over no text of its own (numbers stacked apart from their texts) or goes on from
    /// no note before.
    /// </summary>
    private static List<string>? Notes(List<string> lines, int start, int first)
    {
        var notes = new List<string>();
        for (var i = start; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (NoteNumber(lines, i) == first + notes.Count)
            {
                notes.Add(NoteLine.IsMatch(line) ? line : line + " " + lines[++i].Trim());
            }
            else if (line.All(char.IsDigit) || notes.Count == 0)
            {
                return null;
            }
            else
            {
                notes[notes.Count - 1] += " " + line;
            }
        }

        return notes;
    }

    /// <summary>True when note <paramref name="number"/>'s raised marker stands in a line above <paramref name="index"/>, glued to a word or its punctuation or set apart after it.</summary>
    private static bool MarkedAbove(List<string> lines, int index, int number)
    {
        var marker = new Regex(@"(?<=[\p{L},;:.)”’""] ?)" + number.ToString(System.Globalization.CultureInfo.InvariantCulture) + @"(?![\d/])(?=[\s,;:.)”’""]|$)", RegexOptions.CultureInvariant, Timeout);
        for (var i = 0; i < index; i++)
        {
            if (marker.IsMatch(lines[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Each line with a justified layout's stretched gaps closed to one space and its trailing spaces gone.</summary>
    public static string Unstretched(string text)
    {
        if (text.IndexOf("  ", StringComparison.Ordinal) < 0 && text.IndexOf(" \n", StringComparison.Ordinal) < 0)
        {
            return text;
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd(' ');
            var indent = line.Length - line.TrimStart(' ').Length;
            lines[i] = line.Substring(0, indent) + Stretch.Replace(line.Substring(indent), " ");
        }

        return string.Join("\n", lines);
    }

    /// <summary>
    /// A text with no form feed whose first line is a symbol repeated further on right under a line of text: each
    /// repetition is the running header that opens a page, and takes the form feed the extractor left out (pdf.js joins
    /// its pages with a line break and sets no blank line; a finding in its text then names a column one further on
    /// for each page above). A text with form feeds, one page, or pages set apart by blank lines (a text laid out
    /// without form feeds, which the readers take as it is) is as it was.
    /// </summary>
    public static string Paged(string text)
    {
        if (text.IndexOf('\f') >= 0)
        {
            return text;
        }

        var lines = text.Split('\n');
        var first = Array.FindIndex(lines, line => line.Trim().Length > 0);
        if (first < 0 || !Symbol.IsMatch(lines[first].Trim()))
        {
            return text;
        }

        var header = lines[first].Trim();
        var paged = false;
        for (var i = first + 1; i < lines.Length; i++)
        {
            if (lines[i].Trim() == header && lines[i - 1].Trim().Length > 0)
            {
                lines[i] = "\f" + lines[i];
                paged = true;
            }
        }

        return paged ? string.Join("\n", lines) : text;
    }

    private static bool HasLigature(string text)
    {
        foreach (var c in text)
        {
            if (c >= '\uFB00' && c <= '\uFB06')
            {
                return true;
            }
        }

        return false;
    }
}

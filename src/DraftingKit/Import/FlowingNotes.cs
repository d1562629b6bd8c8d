using System.Globalization;
using System.Text.RegularExpressions;
using static DraftingKit.Import.PageLine;

namespace DraftingKit.Import;

/// <summary>
/// Gathers the notes of a page read in a PDF's reading order (pdftotext without <c>-layout</c>), which prints a note's
/// raised number on a line of its own and does not always keep it beside its text: a number directly over a line of
/// text is that note ("8" / "The following topics …"); numbers left without a text ("2" "3" "4" "5") go with as many
/// notes printed apart from them, which the reading order sets either at the end of the page's text (after the numbers
/// and the page's number) or, when the numbers close the page, directly above the first note that kept its number.
/// Gives the page back without them and with its notes at its foot after a rule line, "n text", as the importer reads
/// every other extraction; a raised number in the text that the reading order set apart from the word before
/// ("session, 6 and", "Commission 9" at a line's end) is joined to it when it is one of the page's notes.
/// </summary>
/// <remarks>
/// Notes are numbered on through the text, so a page's notes are the numbers alone on a line that go on from the
/// notes of the pages before ("6", "7" after notes 1 to 5); a number alone that does not (a table's figure) is text.
/// A note's text ends with its full stop: notes set apart are told from each other by the lines that end with one.
/// </remarks>
internal static class FlowingNotes
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>An abbreviation at a line's end that a reference's number follows: "chap.", "para.", "No.", "vol.", "pp.", "sect.", "art.".</summary>
    private static readonly Regex ReferenceAbbreviation = new(@"(?:^|[\s(])(?:chaps?|paras?|Nos?|vols?|pp?|sects?|arts?|ch|fig)\.$", RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex NumberAlone = new(@"^\d{1,3}$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A paragraph's number or an item's label alone on its line, its text after a blank line: "4.", "(d)", "b.".</summary>
    private static readonly Regex NumberOrLabelAlone = new(@"^(?:\d{1,3}\.|" + PrintedLabel.Pattern + @"|[a-z]\.)$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A raised number glued to a word in lower case or to the punctuation after a word: "Development,11", "Pathway”,15"; not "Add.2" or "G20".</summary>
    private static readonly Regex GluedMarker = new(@"(?<=[\p{Ll},;:)”’])\d{1,3}(?![\d/.,]\d)(?!\d)", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A line of text whose last word a raised number may be glued to: it ends on a letter or on punctuation after one.</summary>
    private static readonly Regex GluesMarker = new(@"\p{L}[,;:)”’]?$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A line of a paragraph that ended its unit with a semicolon or a colon.</summary>
    private static readonly Regex EndsUnit = new(@"[;:]$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A line that opens in lower case, but for a web address ("www.un.org/…"): the rest of a note, which opens with a capital.</summary>
    private static readonly Regex GoesOn = new(@"^(?!www\.|https?:)\p{Ll}", RegexOptions.CultureInvariant, Timeout);

    /// <summary>
    /// A number set apart after punctuation ("session, 6 and", "journalists, 11 27/12 of") or, at the line's end, after
    /// a word ("Commission 9"); a number between words ("paragraph 7 of", "on 10 and 11 December") is the text's own,
    /// as is one a list or an abbreviation counts (<see cref="SpacedNoteNumber"/>).
    /// </summary>
    private static readonly Regex SpacedNumber = new(@"(?<=[,;:.)”’]) (?<number>\d{1,3})(?= \p{Ll}| \d{1,3}/\d|$)|(?<=\p{L}) (?<number>\d{1,3})$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>
    /// The page's lines with its notes at the foot; <paramref name="next"/> is the number the page's first note must have,
    /// and goes on past its last; <paramref name="opens"/> tells a line that opens a paragraph by its words.
    /// </summary>
    public static List<string> Gather(IReadOnlyList<string> lines, ref int next, Func<string, bool> opens)
    {
        var cut = false;
        return Gather(lines, ref next, ref cut, opens);
    }

    /// <summary>
    /// As <see cref="Gather(IReadOnlyList{string}, ref int, Func{string, bool})"/>, where <paramref name="cut"/> tells that
    /// the last note of the pages before did not end on its page, and is set for the next page: the rest of that note
    /// opens this page's notes, without a number, and goes after the rule line first, unnumbered (<see cref="NoteAcrossPage"/>).
    /// </summary>
    public static List<string> Gather(IReadOnlyList<string> lines, ref int next, ref bool cut, Func<string, bool> opens)
    {
        var numbers = Numbers(lines, next);
        if (numbers.Count == 0)
        {
            if (cut && RestOverNotes(lines, LastLine(lines, new HashSet<int>()) + 1, new HashSet<int>(), opens, _ => false) is { } restAlone)
            {
                // A page with no notes of its own holds at its foot the rest of the note the page before cut.
                cut = false;
                return WithRest(lines, restAlone);
            }

            return lines.ToList();
        }

        List<string>? rest = null;
        var notes = new SortedDictionary<int, List<string>>();
        var taken = new HashSet<int>();
        var orphans = new List<int>();
        var orphanLines = new List<int>();
        int? firstKept = null;
        foreach (var (index, number) in numbers)
        {
            taken.Add(index);
            var text = new List<string>();
            for (var i = index + 1; i < lines.Count && Words(lines[i]).Length > 0 && !IsNumber(lines, i, numbers); i++)
            {
                text.Add(Words(lines[i]));
                taken.Add(i);
            }

            if (text.Count > 0)
            {
                notes[number] = text;
                firstKept ??= index;
            }
            else
            {
                orphans.Add(number);
                orphanLines.Add(index);
            }
        }

        if (orphans.Count > 0)
        {
            var lastNumber = numbers[numbers.Count - 1].Index;
            var closesPage = Enumerable.Range(lastNumber + 1, lines.Count - lastNumber - 1).All(i => Words(lines[i]).Length == 0 || taken.Contains(i) || PageNumber(Words(lines[i])));
            // Under the page's number that follows the numbers, the page's text has ended: a line there that opens as a
            // paragraph does ("Noting the update included in …", A/RES/75/85) is a note's.
            var notesOnlyFrom = Enumerable.Range(lastNumber + 1, lines.Count - lastNumber - 1).FirstOrDefault(i => PageNumber(Words(lines[i]))) is var pageNumber and > 0 ? pageNumber + 1 : lines.Count;
            var marked = Marked(lines, numbers);
            var texts = closesPage && firstKept is int above ? EntriesBefore(lines, above, orphans.Count, opens, marked, lines.Count) : EntriesBefore(lines, LastLine(lines, taken) + 1, orphans.Count, opens, marked, notesOnlyFrom);
            if (texts.Count != orphans.Count && !closesPage)
            {
                // The page's last note ran on over the page, or the page opens with the rest of one: read the notes
                // forward from the numbers.
                texts = EntriesAfter(lines, lastNumber, LastLine(lines, taken), orphans.Count, cut, opens, out rest);
            }
            else if (cut && texts.Count == orphans.Count && RestBefore(lines, lastNumber, texts[0].Indexes[0], opens) is { } restAt)
            {
                // The notes read back from the page's foot leave the rest of the note the page before cut over them.
                rest = restAt.Select(i => Words(lines[i])).ToList();
                texts[0].Indexes.AddRange(restAt);
            }

            if (texts.Count != orphans.Count && !closesPage && firstKept is int kept)
            {
                // Neither after the numbers nor at the page's foot: the page's text goes on under its number (an item's
                // text the reading order set after its label, A/RES/77/278), and the notes stand right above the first
                // note that kept its number ("A/77/729." / "A/77/727." / "15" / "Ibid." / "13" / "14").
                texts = EntriesBefore(lines, kept, orphans.Count, opens, marked, lines.Count);
            }

            if (texts.Count != orphans.Count && !closesPage && !cut && CutAtFoot(lines, taken, opens, marked) is { } cutNote)
            {
                // The page cut its last note, which goes on at the top of the next page's notes: its lines close the page
                // without a full stop ("… A/65/217, A/66/213,", A/RES/76/115), and the page's other notes end right above
                // them, read back from there as from a page's foot.
                var aboveCut = EntriesBefore(lines, cutNote[0], orphans.Count - 1, opens, marked, notesOnlyFrom);
                if (aboveCut.Count == orphans.Count - 1 && (aboveCut.Count > 0 || Words(lines[cutNote[0] - 1]).Length == 0))
                {
                    aboveCut.Add((cutNote.Select(i => Words(lines[i])).ToList(), cutNote));
                    texts = aboveCut;
                }
            }

            if (texts.Count == orphans.Count && texts.Count > 0 && !cut && !NoteOpening.Opens(texts[0].Lines[0]) && !TextGoesOnUnder(lines, numbers[0].Index)
                && OpeningUnderPageNumber(lines, texts[0].Indexes.Min(), taken, opens, marked) is { } opening)
            {
                // Under the page's number only notes stand: the first note's sentences over the one it was read back to.
                texts[0].Lines.InsertRange(0, opening.Select(i => Words(lines[i])));
                texts[0].Indexes.AddRange(opening);
            }

            if (texts.Count == orphans.Count)
            {
                orphans.Sort();
                for (var n = 0; n < orphans.Count; n++)
                {
                    notes[orphans[n]] = texts[n].Lines;
                    taken.UnionWith(texts[n].Indexes);
                }
            }
            else if (notes.Count == 0)
            {
                // Numbers no note's text pairs with, on a page where none is paired, are the page's own: a table's first
                // column ("Section" / "1" / "2" / "" / "3" … "10", A/RES/77/264 A, a page with no note) stays in its text.
                taken.ExceptWith(orphanLines);
            }
        }

        if (notes.Count == 0 && rest is null && taken.Count == 0)
        {
            cut = false;
            return lines.ToList();
        }

        if (cut && rest is null && notes.Count > 0 && RestOverNotes(lines, NotesTop(lines, numbers, taken), taken, opens, Marked(lines, numbers)) is { } restOver)
        {
            // The page's notes were read where they stand, under the rest of the note the page before cut.
            rest = restOver.Select(i => Words(lines[i])).ToList();
            taken.UnionWith(restOver);
        }

        next = notes.Count > 0 ? Math.Max(next, notes.Keys.Max() + 1) : next;
        cut = notes.Count > 0 && !EndsNote(notes[notes.Keys.Max()][notes[notes.Keys.Max()].Count - 1]);
        var output = new List<string>(lines.Count + notes.Count + 2);
        var markers = new SpacedNoteNumber(Enumerable.Range(0, lines.Count).Where(i => !taken.Contains(i)).Select(i => lines[i]));
        for (var i = 0; i < lines.Count; i++)
        {
            var feed = lines[i].IndexOf('\f') >= 0 ? "\f" : string.Empty;
            var line = lines[i];
            if (!taken.Contains(i) && MarkerAlone(lines, i, numbers) is int alone && notes.ContainsKey(alone) && output.Count > 0 && GluesMarker.IsMatch(output[output.Count - 1]))
            {
                output[output.Count - 1] += alone.ToString(CultureInfo.InvariantCulture);
                output.Add(feed);
                continue;
            }

            output.Add(taken.Contains(i) ? feed : SpacedNumber.Replace(line, match => int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture) is var number && notes.ContainsKey(number) && markers.IsMarker(line, match.Index, number) ? match.Groups["number"].Value : match.Value));
        }

        var noteLines = notes.Select(note => note.Key.ToString(CultureInfo.InvariantCulture) + " " + string.Join(" ", note.Value));
        return UnderRule(output, rest is null ? noteLines : new[] { string.Join(" ", rest) }.Concat(noteLines));
    }

    /// <summary>
    /// The page's lines with <paramref name="notes"/> closing it under a rule line: after its last line of words, before
    /// the blank lines that end it.
    /// </summary>
    private static List<string> UnderRule(List<string> output, IEnumerable<string> notes)
    {
        var closing = 0;
        while (output.Count > 0 && output[output.Count - 1].Length == 0)
        {
            output.RemoveAt(output.Count - 1);
            closing++;
        }

        output.Add(string.Empty);
        output.Add("__________________");
        output.AddRange(notes);
        output.AddRange(Enumerable.Repeat(string.Empty, Math.Max(1, closing)));
        return output;
    }

    /// <summary>The numbers alone on a line that go on from <paramref name="next"/> without a gap, in the order they stand.</summary>
    private static List<(int Index, int Number)> Numbers(IReadOnlyList<string> lines, int next)
    {
        var found = new List<(int Index, int Number)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (NumberAlone.IsMatch(Words(lines[i])))
            {
                found.Add((i, int.Parse(Words(lines[i]), CultureInfo.InvariantCulture)));
            }
        }

        var values = new HashSet<int>(found.Select(f => f.Number));
        var last = next - 1;
        while (values.Contains(last + 1))
        {
            last++;
        }

        // A number alone twice is the note's where it stands last: the notes close the page, and the first is its raised
        // number that the line's end set alone in the text ("… on Financing for Development," / "17" / "the Paris
        // Agreement …", A/RES/76/204), given back to the word before it (<see cref="MarkerAlone"/>).
        return found.Where(f => f.Number >= next && f.Number <= last).GroupBy(f => f.Number).Select(group => group.Last()).OrderBy(f => f.Index).ToList();
    }

    private static bool IsNumber(IReadOnlyList<string> lines, int index, List<(int Index, int Number)> numbers) => numbers.Any(n => n.Index == index);

    /// <summary>
    /// The note whose number stands alone at line <paramref name="index"/> in the page's text, above the line where that
    /// note's number stands among the notes: its raised number, which the line's end set on a line of its own; else null.
    /// </summary>
    private static int? MarkerAlone(IReadOnlyList<string> lines, int index, List<(int Index, int Number)> numbers) =>
        index > 0 && NumberAlone.IsMatch(Words(lines[index])) && int.Parse(Words(lines[index]), CultureInfo.InvariantCulture) is var number
        && numbers.Any(n => n.Number == number && n.Index > index) ? number : null;

    /// <summary>
    /// Tells a line that carries a raised number of one of the page's notes, glued to a word in lower case or to the
    /// punctuation after a word ("Development,11", "Pathway”,15") or set apart after it ("cavitation, 133 and"): a line of
    /// the page's text, for a note cites no note.
    /// </summary>
    private static Func<string, bool> Marked(IReadOnlyList<string> lines, List<(int Index, int Number)> numbers)
    {
        var page = new HashSet<int>(numbers.Select(n => n.Number));
        var markers = new SpacedNoteNumber(lines);
        return line => Words(line) is var words
            && (GluedMarker.Matches(words).Cast<Match>().Any(match => page.Contains(int.Parse(match.Value, CultureInfo.InvariantCulture)))
                || SpacedNumber.Matches(words).Cast<Match>().Any(match => int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture) is var number && page.Contains(number) && markers.IsMarker(words, match.Index, number)));
    }

    /// <summary>
    /// The lines of a note the page cut, as they close the page: its last lines of words, up to a line that ends a note or a
    /// blank line, none of which ends a note, opens a paragraph by its words (<paramref name="opens"/>), carries a raised
    /// number of the page's notes (<paramref name="marked"/>) or is a number alone; null for none.
    /// </summary>
    private static List<int>? CutAtFoot(IReadOnlyList<string> lines, HashSet<int> taken, Func<string, bool> opens, Func<string, bool> marked)
    {
        var cutNote = new List<int>();
        for (var i = LastLine(lines, taken); i > 0 && Words(lines[i]).Length > 0 && !EndsNote(Words(lines[i])); i--)
        {
            if (taken.Contains(i) || opens(Words(lines[i])) || marked(lines[i]) || NumberAlone.IsMatch(Words(lines[i])) || PageNumber(Words(lines[i])))
            {
                return null;
            }

            cutNote.Insert(0, i);
        }

        return cutNote.Count > 0 && cutNote[0] > 0 ? cutNote : null;
    }

    /// <summary>The index of the page's last line of words not yet taken.</summary>
    private static int LastLine(IReadOnlyList<string> lines, HashSet<int> taken)
    {
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (Words(lines[i]).Length > 0 && !taken.Contains(i) && !PageNumber(Words(lines[i])))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The last <paramref name="count"/> notes that end right before line <paramref name="end"/>, each ending with its full
    /// stop and, with <paramref name="brackets"/>, closing its brackets (<see cref="NoteBrackets"/>), in order; a line that
    /// opens in lower case goes on the note above ("… 2321 (2016)" / "and 2375 (2017).", A/RES/77/94). The reading order
    /// may set the notes right under the page's last line of text, with no blank line between ("… in the amount of" /
    /// "A/75/607 and A/75/757."): a note that would reach back over a line that opens a paragraph by its words
    /// (<paramref name="opens"/>: "Takes note of …", "Welcoming the statement …") or over a line that carries a raised
    /// number of the page's notes (<paramref name="marked"/>: "… Decade 2014–2024,16 the proclamation of the United
    /// Nations Decade on", A/RES/77/178) stands under the text's lines, so it opens at its first line under them that opens
    /// as a note does (<see cref="NoteOpening"/>); else under a paragraph's line that ended its unit with a semicolon or a
    /// colon ("… noxious substances;" / "International Convention for the Prevention of Pollution from Ships, annex IV
    /// …", A/RES/75/239); else it is its last line alone; and the page's text ends above it. From line
    /// <paramref name="notesOnlyFrom"/> on (under the page's number) no line is the text's, unless a line under one that
    /// opens a paragraph opens as a note does: pdftotext may set the page's number above the page's text ("2/3" / "Takes
    /// note with appreciation of the report of the Secretary-General;13" / "A/75/262.", A/RES/75/167).
    /// </summary>
    private static List<(List<string> Lines, List<int> Indexes)> EntriesBefore(IReadOnlyList<string> lines, int end, int count, Func<string, bool> opens, Func<string, bool> marked, int notesOnlyFrom, bool brackets = true)
    {
        var entries = new List<(List<string> Lines, List<int> Indexes)>();
        var i = end - 1;
        while (entries.Count < count && i >= 0 && Words(lines[i]).Length > 0 && EndsNote(Words(lines[i])))
        {
            var indexes = new List<int> { i };
            i--;
            var underText = false;
            while (i >= 0 && Words(lines[i]).Length > 0 && (!EndsNote(Words(lines[i])) || (brackets && NoteBrackets.Open(indexes.Select(index => lines[index])) < 0) || GoesOn.IsMatch(Words(lines[indexes[0]]))) && !NumberAlone.IsMatch(Words(lines[i])))
            {
                if (opens(Words(lines[i])) && (i < notesOnlyFrom || indexes.Any(index => NoteOpening.Opens(Words(lines[index]))) || EndsItsUnit(lines, indexes)))
                {
                    underText = true;
                    break;
                }

                indexes.Insert(0, i);
                i--;
            }

            var textAbove = indexes.FindLastIndex(index => marked(lines[index]));
            if (underText || textAbove >= 0)
            {
                var from = textAbove + 1;
                // A note closes no bracket it did not open: a line that opens as a note does but closes more brackets
                // than the note opens from there ("NPT/CONF.2000/28 (Part IV)).") is a further line of the note above.
                var opening = from < indexes.Count ? indexes.FindIndex(from, index => NoteOpening.Opens(Words(lines[index])) && NoteBrackets.Open(indexes.SkipWhile(other => other != index).Select(other => lines[other])) >= 0) : -1;
                var unitEnd = underText ? indexes.FindLastIndex(indexes.Count - 1, indexes.Count - from, index => index != indexes[indexes.Count - 1] && EndsUnit.IsMatch(Words(lines[index]))) : -1;
                // The unit's end is never the last line, so the note keeps at least that line; where the words tell
                // nothing, the note opens where the lines grow longer than the text's (NoteMeasure).
                var wider = opening < 0 && unitEnd < 0 ? NoteMeasure.WiderFrom(lines, indexes, from) : -1;
                opening = opening >= 0 ? opening : unitEnd >= 0 ? unitEnd + 1 : wider >= 0 ? wider : indexes.Count - 1;
                indexes.RemoveRange(0, opening);
                entries.Insert(0, (indexes.Select(index => Words(lines[index])).ToList(), indexes));

                break;
            }

            entries.Insert(0, (indexes.Select(index => Words(lines[index])).ToList(), indexes));
        }

        // Where the brackets do not tell the notes apart as many as their numbers, the line ends alone do.
        return brackets && entries.Count != count ? EntriesBefore(lines, end, count, opens, marked, notesOnlyFrom, brackets: false) : entries;
    }

    /// <summary>
    /// True when a line of <paramref name="indexes"/> but the last ends a unit with a semicolon or a colon: the lines from a
    /// line that opens a paragraph hold that paragraph's end, which no note has, though pdftotext set them under the page's
    /// number ("2/5" / "(a)" … / "Also authorizes the Secretary-General to further expand the activities …" / "paragraphs 17,
    /// 26 and 27 below;" / "Specified in the report of the Secretary-General A/76/404.", A/RES/76/110).
    /// </summary>
    private static bool EndsItsUnit(IReadOnlyList<string> lines, List<int> indexes) =>
        indexes.Take(indexes.Count - 1).Any(index => EndsUnit.IsMatch(Words(lines[index])));

    /// <summary>
    /// The <paramref name="count"/> notes set after the numbers that stand from <paramref name="lastNumber"/> up, to the
    /// page's last line <paramref name="last"/>, each ending with its full stop (and, with <paramref name="brackets"/>, its
    /// brackets closed) but the last, which the page may cut; where
    /// <paramref name="cut"/>, the lines up to the first that ends a note are the rest of the note the page before cut
    /// (<paramref name="rest"/>). None when the first line there, with no page number over it, opens a paragraph by its
    /// words (the page's text, not its notes; a note may open so too, "Consisting of …", "Reaffirming its resolution
    /// 46/182 …") or the notes are not as many as the numbers, unless the lines are, under the page's number or each
    /// opening as a note does (<see cref="OneLineNotes"/>, <see cref="NoteOpening"/>).
    /// </summary>
    private static List<(List<string> Lines, List<int> Indexes)> EntriesAfter(IReadOnlyList<string> lines, int lastNumber, int last, int count, bool cut, Func<string, bool> opens, out List<string>? rest, bool brackets = true)
    {
        rest = null;
        var entries = new List<(List<string> Lines, List<int> Indexes)>();
        var indexes = Enumerable.Range(lastNumber + 1, Math.Max(0, last - lastNumber)).Where(i => Words(lines[i]).Length > 0 && !PageNumber(Words(lines[i]))).ToList();
        // Under the page's number, the page's text has ended: only notes stand there.
        var underPageNumber = indexes.Count > 0 && Enumerable.Range(lastNumber + 1, indexes[0] - lastNumber - 1).Any(i => PageNumber(Words(lines[i])));
        if (indexes.Count == 0 || (!underPageNumber && opens(Words(lines[indexes[0]]))))
        {
            return entries;
        }

        var restIndexes = new List<int>();
        var k = 0;
        if (cut)
        {
            while (k < indexes.Count && !EndsNote(Words(lines[indexes[k]])))
            {
                restIndexes.Add(indexes[k++]);
            }

            if (k == indexes.Count)
            {
                return entries;
            }

            restIndexes.Add(indexes[k++]);
        }

        var entry = new List<int>();
        for (; k < indexes.Count; k++)
        {
            entry.Add(indexes[k]);
            if ((EndsNote(Words(lines[indexes[k]])) && (!brackets || NoteBrackets.Open(entry.Select(index => lines[index])) <= 0) && !(k + 1 < indexes.Count && GoesOn.IsMatch(Words(lines[indexes[k + 1]])))) || k == indexes.Count - 1)
            {
                entries.Add((entry.Select(index => Words(lines[index])).ToList(), entry));
                entry = new List<int>();
            }
        }

        if (entries.Count != count)
        {
            return brackets ? EntriesAfter(lines, lastNumber, last, count, cut, opens, out rest, brackets: false) : (underPageNumber || indexes.All(index => NoteOpening.Opens(Words(lines[index])))) && !cut ? OneLineNotes.Read(lines, indexes, count) : new List<(List<string> Lines, List<int> Indexes)>();
        }

        if (restIndexes.Count > 0)
        {
            rest = restIndexes.Select(index => Words(lines[index])).ToList();
            entries[0].Indexes.AddRange(restIndexes);
        }

        return entries;
    }

    /// <summary>
    /// The lines of the rest of the note the page before cut, where the page's notes were read back from its foot: the
    /// lines between the numbers (the last at <paramref name="lastNumber"/>) and the first note at <paramref name="first"/>,
    /// but the page's number, which open no paragraph by their words and end as a note ends; null for none.
    /// </summary>
    private static List<int>? RestBefore(IReadOnlyList<string> lines, int lastNumber, int first, Func<string, bool> opens)
    {
        var between = Enumerable.Range(lastNumber + 1, Math.Max(0, first - lastNumber - 1)).Where(i => Words(lines[i]).Length > 0 && !PageNumber(Words(lines[i]))).ToList();
        return between.Count > 0 && EndsNote(Words(lines[between[between.Count - 1]])) && !between.Any(i => opens(Words(lines[i]))) ? between : null;
    }

    /// <summary>
    /// The page without the lines <paramref name="rest"/>, which close it after a rule line: the rest of a note the page
    /// before cut, on a page with no notes of its own ("… procedures for combating and preventing trafficking" at one
    /// page's foot, "in human beings, adopted in December 2005, … in this field." at the next's, A/RES/75/158).
    /// </summary>
    private static List<string> WithRest(IReadOnlyList<string> lines, List<int> rest)
    {
        var output = Enumerable.Range(0, lines.Count).Where(i => !rest.Contains(i)).Select(i => lines[i]).ToList();
        return UnderRule(output, new[] { string.Join(" ", rest.Select(i => Words(lines[i]))) });
    }

    /// <summary>
    /// The lines between the page's number and the first note read back from the page's foot, at
    /// <paramref name="first"/>: its first sentences, where a sentence of the note ended at a line's end ("41/76" / "In
    /// accordance with the review undertaken by the Committee for Development Policy in 2021" / "(E/2021/33), 16 least
    /// developed countries are in different stages of graduation." / "Therefore, a considerable number of them …",
    /// A/RES/76/258), for under the page's number the page's text has ended. None opens a paragraph by its words, carries
    /// a raised number of the page's notes, stands alone as a number or a label, or was taken; a blank line parts them
    /// from the page's number only; null for none.
    /// </summary>
    private static List<int>? OpeningUnderPageNumber(IReadOnlyList<string> lines, int first, HashSet<int> taken, Func<string, bool> opens, Func<string, bool> marked)
    {
        if (LinesUpToBlank(lines, first, taken, opens, marked, out var i) is not { } opening)
        {
            return null;
        }

        while (i >= 0 && Words(lines[i]).Length == 0)
        {
            i--;
        }

        return opening.Count > 0 && i >= 0 && PageNumber(Words(lines[i])) ? opening : null;
    }

    /// <summary>
    /// True when the page's last line of words over its first note number, at <paramref name="firstNumber"/>, is a
    /// paragraph's number or an item's label alone: its text goes on under the numbers and the page's number ("7." / "1" /
    /// "2/5" / "We will leave no one behind. …" / "Resolution 70/1.", A/RES/75/1).
    /// </summary>
    private static bool TextGoesOnUnder(IReadOnlyList<string> lines, int firstNumber)
    {
        for (var i = firstNumber - 1; i >= 0; i--)
        {
            if (Words(lines[i]).Length > 0)
            {
                return NumberOrLabelAlone.IsMatch(Words(lines[i]));
            }
        }

        return false;
    }

    /// <summary>
    /// The first line of the page's notes as they stand: the topmost of the lines taken as a note's text, or of the numbers
    /// kept over their texts; -1 for none.
    /// </summary>
    private static int NotesTop(IReadOnlyList<string> lines, List<(int Index, int Number)> numbers, HashSet<int> taken)
    {
        var top = -1;
        foreach (var index in taken)
        {
            var number = numbers.Any(n => n.Index == index);
            // A number counts where its text stands right under it; numbers set apart stand anywhere on the page.
            if ((!number || (index + 1 < lines.Count && taken.Contains(index + 1) && !numbers.Any(n => n.Index == index + 1))) && (top < 0 || index < top))
            {
                top = index;
            }
        }

        return top;
    }

    /// <summary>
    /// The rest of the note the page before cut, where the reading order set it right over the page's notes as they stand
    /// from line <paramref name="top"/> ("… section entitled “Article VI and eighth" at one page's foot, "to twelfth
    /// preambular paragraphs”, para. 15." over the next page's notes, A/RES/75/66; "… A/65/217, A/66/213," / "A/67/190, …
    /// and A/76/186.", A/RES/76/115): the lines right above them up to a blank line, which parts them from the page's
    /// text, the last ending as a note ends (<see cref="EndsNote"/>), none opening a paragraph by its words, carrying a
    /// raised number of the page's notes or standing alone as a number, and the page's text above that blank line not
    /// a number or a label whose text follows it; null for none.
    /// </summary>
    private static List<int>? RestOverNotes(IReadOnlyList<string> lines, int top, HashSet<int> taken, Func<string, bool> opens, Func<string, bool> marked)
    {
        if (top <= 0 || Words(lines[top - 1]).Length == 0 || !EndsNote(Words(lines[top - 1])))
        {
            return null;
        }

        if (LinesUpToBlank(lines, top, taken, opens, marked, out var i) is not { } restLines)
        {
            return null;
        }

        var above = i;
        while (above >= 0 && Words(lines[above]).Length == 0)
        {
            above--;
        }

        return i >= 0 && (above < 0 || !NumberOrLabelAlone.IsMatch(Words(lines[above]))) ? restLines : null;
    }

    /// <summary>
    /// The lines of words right above <paramref name="below"/> up to a blank line or the page's top, top first, with
    /// <paramref name="blank"/> where that blank line stands (-1 for the top); null when one of them opens a paragraph by
    /// its words, carries a raised number of the page's notes, stands alone as a number, a label or the page's number, or
    /// was taken.
    /// </summary>
    private static List<int>? LinesUpToBlank(IReadOnlyList<string> lines, int below, HashSet<int> taken, Func<string, bool> opens, Func<string, bool> marked, out int blank)
    {
        var block = new List<int>();
        for (blank = below - 1; blank >= 0 && Words(lines[blank]).Length > 0; blank--)
        {
            var words = Words(lines[blank]);
            if (taken.Contains(blank) || opens(words) || marked(lines[blank]) || NumberAlone.IsMatch(words) || PageNumber(words) || NumberOrLabelAlone.IsMatch(words))
            {
                return null;
            }

            block.Insert(0, blank);
        }

        return block;
    }

    /// <summary>
    /// True when the line ends a note: a full stop, a quotation closed after one, or a bracket; not the full stop of an
    /// abbreviation that a reference number always follows ("… chap." / "I, resolution 1, annex."), where the line broke.
    /// </summary>
    internal static bool EndsNote(string line) =>
        (line.EndsWith(".", StringComparison.Ordinal) && !ReferenceAbbreviation.IsMatch(line)) || line.EndsWith(".”", StringComparison.Ordinal) || line.EndsWith(")", StringComparison.Ordinal);

    private static bool PageNumber(string line) => Regex.IsMatch(line, @"^\d{1,4}/\d{1,4}$", RegexOptions.CultureInvariant, Timeout);
}

using System.Text;
using System.Text.RegularExpressions;

namespace DraftingKit.Import;

/// <summary>
/// Reads the text layer of a laid-out PDF as a layout-keeping extractor gives it (pdftotext <c>-layout</c>): no
/// blank line between paragraphs, each paragraph told by its first line (indented further than the lines around it,
/// or opening with a hanging number or label), the notes at the foot of each page with their number on a line of its
/// own over their text (the raised number sits above the line), and words broken at a hyphen at the end of a line.
/// Gives the text back as the importer reads every other extraction: a blank line between paragraphs, each page's
/// notes after a rule line with "n text", the hyphenated word whole.
/// </summary>
internal static class LaidOutText
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The room past the next line's first word a line must leave to have ended with its paragraph, in characters.
    /// pdftotext counts a justified line's width in its own letters, so a line the next word did not fit on may end
    /// five characters short of the page's edge with that word ("… the United Nations Educational," over "Scientific …",
    /// A/RES/75/239), while a paragraph's last line leaves nine or more ("… before the denunciation takes effect." over
    /// "DONE in a single original …", A/RES/77/100).
    /// </summary>
    private const int Spare = 7;

    /// <summary>
    /// The room a paragraph's first line must leave past the next line's first word to have been the whole paragraph,
    /// in characters: more than <see cref="Spare"/>, for the page's edge is read from its longest lines and a line of
    /// capitals counts short ("… entitled “Rethinking Tourism:" over "From Crisis to Transformation”, …" leaves ten,
    /// A/RES/77/178), and a break read there would cut a paragraph that a break missed only leaves whole.
    /// </summary>
    private const int FirstLineSpare = 12;

    /// <summary>A hanging number or label with the gap the layout leaves after it: "6.     Also", "(a)    Notes", "75/135.        Report".</summary>
    /// A number of three digits leaves one space before its paragraph's capital ("137. Acknowledges").
    private static readonly Regex HangingLabel = new(@"^(?<label>\d{1,3}\.|\d{1,4}/\d{1,4}\.|" + PrintedLabel.Pattern + @"|[a-z]\.)(?:\s{2,}(?=\S)|\s(?=\p{Lu}))", RegexOptions.CultureInvariant, Timeout);

    /// <summary>
    /// A part's designation on a line of its own, over the part's title ("A" over "Information in the service of
    /// humanity"), or under it with its note's raised number printed as a digit ("B1" under "Financing of …").
    /// </summary>
    private static readonly Regex PartDesignation = new(@"^[A-Z]\d{0,2}$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A dash that opens an item ("– accelerate national ownership …"): its lines run on set in under it, further than its words start.</summary>
    private static readonly Regex DashItem = new(@"^[–—•] (?=\S)", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A note's raised number the layout printed after the punctuation that ends a line: "Disarmament,1", "support”;6".</summary>
    private static readonly Regex TrailingMarker = new(@"(?<=[,;:.”’])\s?\d{1,3}$", RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex Spaces = new(@" {2,}", RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex NoteNumber = new(@"^\d{1,3}$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>True for a text whose pages are laid out: form feeds, and many lines set in from the left edge.</summary>
    public static bool IsLaidOut(string text)
    {
        if (text.IndexOf('\f') < 0)
        {
            return false;
        }

        var lines = text.Split('\n').Where(line => line.Trim().Length > 0).ToList();
        return lines.Count >= 10 && lines.Count(line => line.StartsWith("    ", StringComparison.Ordinal)) * 3 >= lines.Count;
    }

    public static string Paragraphs(string text)
    {
        if (!IsLaidOut(text))
        {
            return text;
        }

        var pages = text.Split('\f');
        var output = new StringBuilder(text.Length + 1024);
        var notesAbove = false;
        // The page before's last note did not end on it: its rest may close a page with no notes of its own.
        var cutAbove = false;
        var lastAbove = string.Empty;
        // The marks a paragraph's list has opened, across its pages ("b." at a page's top after "a." at the foot of the one before).
        var items = new ItemSequence();
        for (var p = 0; p < pages.Length; p++)
        {
            var lines = pages[p].Split('\n');
            if (p > 0)
            {
                output.Append('\f');
                // A page's notes end at its foot: where no running header sets the next page's text apart from them
                // (a draft printed bare), a blank line does, so "See E/CN.15/2007/6, chap. IV." does not run on into
                // "United Nations Congress on …", the rest of the paragraph the page cut.
                if ((notesAbove || OpensAtTop(lines, lastAbove)) && pages[p].TrimStart(' ').Length > 0 && pages[p].TrimStart(' ')[0] != '\n')
                {
                    output.Append('\n');
                }
            }

            var notesAt = NotesStart(lines);
            if (notesAt < 0 && cutAbove)
            {
                notesAt = NoteRestAlone.Start(lines);
            }

            notesAbove = notesAt >= 0;
            cutAbove = notesAt >= 0 && NoteRestAlone.EndsCut(lines, notesAt);
            lastAbove = (notesAt < 0 ? lines : lines.Take(notesAt)).LastOrDefault(line => line.Trim().Length > 0) ?? string.Empty;
            output.Append(Page(lines, items, notesAt));
        }

        return output.ToString();
    }

    /// <summary>
    /// True when a bare page's first line opens a paragraph: the page before ended a unit ("… on trafficking in
    /// persons,"), and the line is set in from the page's running column with the line after it back there, as a
    /// paragraph's first line is. pdftotext sets each page's column where its own lines start, so the indent is the
    /// page's own, not the page before's.
    /// </summary>
    private static bool OpensAtTop(string[] lines, string lastAbove)
    {
        var body = lines.Where(line => line.Trim().Length > 0).ToList();
        if (body.Count < 2 || !EndsUnit(lastAbove.TrimEnd()) || lines[0].Trim().Length == 0)
        {
            return false;
        }

        var margin = body.GroupBy(Indent).OrderByDescending(group => group.Count()).First().Key;
        return Indent(body[0]) > margin + 2 && Indent(body[1]) <= margin + 2 && !HangingLabel.IsMatch(body[0].TrimStart());
    }

    private static string Page(string[] lines, ItemSequence items, int notesAt)
    {
        var body = notesAt < 0 ? lines : lines.Take(notesAt).ToArray();
        // Where the page's full lines end: not the running header's edge, which the layout sets further right.
        var right = PageLayout.RightEdgeOf(body) ?? body.Select(line => line.TrimEnd().Length).DefaultIfEmpty(0).Max();

        var margin = RunningColumn(body);
        var output = new List<string>();
        var previousOpened = false;
        var dashColumn = -1;
        // Where the paragraph read so far starts in the output (an item's title, ItemTitle, is read from there), and
        // whether it is the text under an item's title.
        var paragraphStart = 0;
        var underTitle = false;
        // Entries named alike under a colon stand at the text's column like the lines they follow ("Chapter 3: …").
        var entries = NamedEntries.Openings(body.Select(line => line.Trim()).ToList(), line => HangingLabel.IsMatch(line));
        // A table's lines are read by its columns (LaidOutTable), a row a line of tab-separated cells, a paragraph of its own.
        // A justified line stretched wide is its paragraph's line, not a table's row (JustifiedLine); its length, the
        // page's width, still tells where its paragraph goes on.
        var closed = JustifiedLine.Close(body, right);
        var tables = LaidOutTable.Find(closed).ToDictionary(table => table.Start);
        for (var i = 0; i < body.Length; i++)
        {
            if (tables.TryGetValue(i, out var table))
            {
                TableHeading.Mark(output, table.Left);
                if (output.Count > 0 && output[output.Count - 1].Length > 0)
                {
                    output.Add(string.Empty);
                }

                output.AddRange(table.Rows);
                output.Add(string.Empty);
                previousOpened = false;
                paragraphStart = output.Count;
                underTitle = false;
                dashColumn = -1;
                i = table.End - 1;
                continue;
            }

            var line = body[i].TrimEnd();
            if (line.Trim().Length == 0)
            {
                output.Add(string.Empty);
                previousOpened = false;
                paragraphStart = output.Count;
                underTitle = false;
                continue;
            }

            var labelled = HangingLabel.Match(line.TrimStart());
            var indent = Indent(line);
            var previous = i > 0 ? body[i - 1].TrimEnd() : string.Empty;
            var next = i + 1 < body.Length ? body[i + 1].TrimEnd() : string.Empty;
            // An item's title without punctuation over its text, and the text's further paragraphs, read as in the reading
            // order: the layout sets the text at the label's text column, where a wrapped title's lines run on too, and a
            // further paragraph's first line, on a page whose running lines are the items' (S/RES/2584 (2021)), stands
            // where the lines above it run, so only the words tell.
            var title = Title(output, paragraphStart);
            var plain = InlineParser.Plain(line.Trim());
            var titleEnds = title is not null && ItemTitle.EndsOver(title, plain);
            var titleText = titleEnds || (underTitle && ItemTitle.TextGoesOn(InlineParser.Plain(previous), plain));
            var opens = previous.Trim().Length > 0 && (titleText || entries[i] || Opens(previous, line, next, labelled.Success, right, margin) || (previousOpened && (FollowsOneLineParagraph(previous, line, next, margin, right) || EndedWithRoom(previous, line, right))) || AnnouncedWithRoom(previous, line, right)
                || (dashColumn >= 0 && indent <= dashColumn + 1 && Indent(previous) > dashColumn + 2)
                || OpensByItsWords(previous, plain, items) || ClosesListAfterLastItem(previous, line, next)
                || (title is not null && ItemTitle.EndsOverHeading(title) && IsHeading(line, right) && ItemSequence.OpensList(next.Trim())));
            if (labelled.Success && char.IsDigit(labelled.Groups["label"].Value[0]))
            {
                // A numbered paragraph's list starts anew.
                items.Restart();
            }
            else if ((opens || previous.Trim().Length == 0) && PrintedItemMark.Opens(plain))
            {
                items.OpenMark(plain);
            }

            if (titleEnds)
            {
                SpaceTitle(output, paragraphStart);
            }

            if (opens)
            {
                output.Add(string.Empty);
            }

            if (opens || previous.Trim().Length == 0)
            {
                paragraphStart = output.Count;
                underTitle = titleText;
            }

            // A dash item's lines run on set in under its dash; a line back at the dash's column ends it ("and further requests …").
            dashColumn = DashItem.IsMatch(line.TrimStart()) ? indent : opens || previous.Trim().Length == 0 ? -1 : dashColumn;

            // A line after a blank one that opens in lower case or with a bare number goes on the paragraph a page's
            // foot cut, and is no one-line paragraph's first line for the line under it to follow ("… for Seafarers," at
            // a page's foot, "1978, as amended, and the International Convention on Standards of Training," over
            // "Certification and Watchkeeping …" under the next page's running header, A/RES/75/239).
            previousOpened = opens || (previous.Trim().Length == 0 && !GoesOn(line.Trim()));
            // The gap after a hanging label stays as printed: the line's length tells a break the page made from one the text made.
            var words = closed[i].Trim();
            if (output.Count > 0 && output[output.Count - 1] is { Length: > 1 } open && BrokenAtDash(open, words))
            {
                // A word broken at its hyphen by the line's end ("seventy-" / "second session", "Secretary-" / "General",
                // "COVID-" / "19") is one word.
                var space = words.IndexOf(' ');
                output[output.Count - 1] = open + (space < 0 ? words : words.Substring(0, space));
                if (space < 0)
                {
                    continue;
                }

                words = words.Substring(space + 1);
            }

            output.Add(new string(' ', indent) + words);
        }

        if (notesAt >= 0)
        {
            output.Add(string.Empty);
            output.Add("__________________");
            output.AddRange(Notes(lines.Skip(notesAt).ToArray()));
        }

        return string.Join("\n", output);
    }

    /// <summary>
    /// The column the lines of running text go on at: the commonest indent of the lines that go on a sentence, under a
    /// line that ended no unit. A page of short paragraphs sets more first lines than running lines ("Reaffirming its
    /// resolution 2570 (2021)," / "Recognizing the important role …," / "Mindful of …", S/RES/2635 (2022), first lines
    /// at 21 over running lines at 15), so the commonest indent of all its lines may be the first lines'. Without such
    /// lines, the commonest indent of the page.
    /// </summary>
    private static int RunningColumn(string[] body)
    {
        var running = body.Where((line, i) => i > 0 && line.Trim().Length > 0 && body[i - 1].Trim().Length > 0 && !EndsUnit(body[i - 1].TrimEnd()) && !HangingLabel.IsMatch(line.TrimStart())).ToList();
        var lines = running.Count > 0 ? running : body.Where(line => line.Trim().Length > 0).ToList();
        return lines.GroupBy(Indent).OrderByDescending(group => group.Count()).Select(group => group.Key).FirstOrDefault();
    }

    /// <summary>
    /// The lines of the paragraph read so far from <paramref name="start"/>, plain and trimmed, where they are few enough
    /// to be an item's title (<see cref="ItemTitle"/>); null otherwise.
    /// </summary>
    private static List<string>? Title(List<string> output, int start)
    {
        if (start >= output.Count || output.Count - start > ItemTitle.MostLinesOverHeading)
        {
            return null;
        }

        return output.Skip(start).Select(line => InlineParser.Plain(line.Trim())).ToList();
    }

    /// <summary>
    /// Sets the words of an item's title, from <paramref name="start"/> on, one space apart. The line break that ends the
    /// title stretches its line to the measure as a justified paragraph's inner lines are ("(c)   Facilitate the
    /// immediate,         full,   safe   and …", S/RES/2605 (2021)), and pdftotext prints the stretch as spaces; the
    /// gap after the hanging label stays as printed.
    /// </summary>
    private static void SpaceTitle(List<string> output, int start)
    {
        for (var i = start; i < output.Count; i++)
        {
            var line = output[i];
            var indent = Indent(line);
            var label = i == start ? HangingLabel.Match(line.Substring(indent)) : Match.Empty;
            var words = indent + label.Length;
            output[i] = line.Substring(0, words) + Spaces.Replace(line.Substring(words), " ");
        }
    }

    /// <summary>
    /// True when <paramref name="open"/> ends in a word the line's end broke at its hyphen ("Secretary-" over "General",
    /// not "science-" over "and evidence-based") or at the dash of a range ("2018–" over "2030").
    /// </summary>
    private static bool BrokenAtDash(string open, string words) => open[open.Length - 1] switch
    {
        '-' => char.IsLetter(open[open.Length - 2]) && !LineJoin.OpensSuspended(words),
        '–' => LineJoin.BreaksRange(open, words),
        _ => false,
    };

    /// <summary>
    /// True when <paramref name="previous"/>, a paragraph's first line, closed its unit with room left for the first
    /// word of <paramref name="line"/> and a long word more (<see cref="FirstLineSpare"/>): a justified
    /// line breaks only where the next word does not fit, so the paragraph was that one line, wherever the next stands
    /// ("The General Assembly," over "Recalling its resolution 73/6 of 26 October 2018," over "Adopts the following
    /// document:", all three set in alike, A/RES/76/3; "4. Decides that the interactive dialogues will be held as
    /// follows:" over "Tuesday, 28 May: from 11 a.m. to 1 p.m. …;" at the number's text column, A/RES/77/328).
    /// </summary>
    /// <remarks>
    /// A resolution's title under its number is set ragged, broken by hand where the drafter chose ("75/134. United
    /// Nations Programme of Assistance in the Teaching, Study," over "Dissemination and Wider Appreciation …"), so a
    /// line under the number goes on the title whatever room it left. The line must stop well short of the measure, as
    /// any paragraph's last line: pdftotext counts a full line's width in its own letters, so a full line of figures may
    /// count short ("Recalling its resolutions 64/196 of 21 December 2009, 65/164 of 20 December 2010," over "66/204 of
    /// 22 December 2011, …", A/RES/77/169), most of all on a first page, whose masthead sets lines further right. So the
    /// line under it must stand where a paragraph's first line would, not set back from the line's text as the running
    /// lines of a paragraph set in are, and open as a paragraph does, not in lower case or with a bare number.
    /// </remarks>
    private static bool EndedWithRoom(string previous, string line, int right) =>
        EndsUnit(previous) && previous.Length < right - 12 && Indent(line) + 1 >= TextColumn(previous) && !GoesOn(line.Trim()) && !(HangingLabel.Match(previous.TrimStart()) is { Success: true } label && label.Groups["label"].Value.IndexOf('/') >= 0)
        && ParagraphLastLine.LeavesRoomWith(TrailingMarker.Replace(previous.TrimEnd(), string.Empty), line.Trim(), right, FirstLineSpare);

    /// <summary>
    /// True when <paramref name="previous"/>, any line of a paragraph, closed on the colon that announces what follows
    /// with room left for the first word of <paramref name="line"/> and a long word more (<see cref="EndedWithRoom"/>):
    /// what it announces stands on lines of its own, the paragraph's blocks the layout prints without a label at the
    /// text's column ("9. Also decides that the leadership dialogues will be held in parallel with the plenary" /
    /// "meetings, as follows:" / "Thursday, 2 June: from 3 to 6 p.m." / "Friday, 3 June: …;", A/RES/75/326, whose
    /// first day ran into the paragraph: DK2003 and DK0010). A justified line breaks before a colon's room is used up
    /// only where the text breaks.
    /// </summary>
    private static bool AnnouncedWithRoom(string previous, string line, int right) =>
        TrailingMarker.Replace(previous.TrimEnd(), string.Empty).EndsWith(":", StringComparison.Ordinal) && EndedWithRoom(previous, line, right);

    /// <summary>
    /// True when <paramref name="previous"/>, its raised note's number aside, left room on a page whose full lines reach
    /// <paramref name="right"/> for the first word of <paramref name="line"/> and <see cref="Spare"/> characters more.
    /// </summary>
    private static bool LeavesRoom(string previous, string line, int right) =>
        ParagraphLastLine.LeavesRoomWith(TrailingMarker.Replace(previous.TrimEnd(), string.Empty), line.Trim(), right, Spare);

    /// <summary>
    /// True when a line's first words cannot open a paragraph: a word in lower case or a number that is no label
    /// ("1978,55 as amended, …"). A paragraph opens with a capital, a number or label, a quotation mark or a bracket.
    /// </summary>
    private static bool GoesOn(string words) =>
        words.Length > 0 && (char.IsLower(words[0]) || char.IsDigit(words[0])) && !HangingLabel.IsMatch(words) && !NoteNumber.IsMatch(words);

    /// <summary>True when <paramref name="line"/> opens a paragraph after <paramref name="previous"/>.</summary>
    private static bool Opens(string previous, string line, string next, bool labelled, int right, int margin)
    {
        // A label that runs its enumeration on under a line left open is the sentence's (RunInList.GoesOnAfterOpenEnd).
        if (labelled && RunInList.GoesOnAfterOpenEnd(InlineParser.Plain(previous.Trim()), InlineParser.Plain(line.Trim()), InlineParser.Plain(next.Trim())))
        {
            return false;
        }

        // A hanging number or label, the line of adoption (a header field that runs into no other), and a part's
        // designation, which stands alone.
        if (labelled || AdoptedResolutionReader.IsAdoptionLine(line.Trim()) || AdoptedResolutionReader.IsAdoptionLine(previous.Trim())
            || PartDesignation.IsMatch(line.Trim()) || PartDesignation.IsMatch(previous.Trim()))
        {
            return true;
        }

        if (EndsAtFormula(previous, line))
        {
            return true;
        }

        var indent = Indent(line);

        // A full line that ends in a word goes on in the next, however far that is set in (a hanging indent).
        var shortLine = previous.Length < right - 12;
        // A line short of the measure ended with its paragraph only where the next line's first word would have fitted
        // on it (LeavesRoom): "… in the Teaching, Study," over "Dissemination and Wider Appreciation …"
        // (A/RES/75/134), "… the United Nations Educational," over "Scientific and Cultural Organization …" (A/RES/75/239)
        // broke because the long word did not fit, and the sentence goes on. A preambular lead opens its paragraph
        // whatever room the line above left, as pdftotext counts a justified line's width in its own letters ("… held in
        // November 2019,6" over "Recalling also the dispatch …", A/RES/77/141).
        var endedShort = shortLine && (LeavesRoom(previous, line, right) || ParticipleLead.Opens(InlineParser.Plain(line.Trim())));
        var runsOn = !shortLine && previous.TrimEnd() is { Length: > 0 } full && (char.IsLetterOrDigit(full[full.Length - 1]) || full[full.Length - 1] is '-' or '–') && !TrailingMarker.IsMatch(full);

        // Set in further than the text of the line before runs ("The General Assembly," under a title); under a dash
        // item, its own further lines.
        if (indent > TextColumn(previous) + 2 && !DashItem.IsMatch(previous.TrimStart()) && !runsOn)
        {
            return true;
        }

        if (runsOn && LeadSetIn(previous, line, next))
        {
            return true;
        }

        // Set in further than the line before runs on, over a line set back (or none): a paragraph's first line. The
        // words after a hanging label run on at the label's text column, so a line there continues the labelled line.
        var ended = EndsUnit(previous);
        var firstLine = indent > TextColumn(previous) && !runsOn && (next.Trim().Length == 0 || indent > Indent(next) || HangingLabel.IsMatch(next.TrimStart()));
        if (DashItem.IsMatch(previous.TrimStart()) && indent > Indent(previous))
        {
            // Under a dash item, its own further lines.
            return false;
        }

        if (DashItem.IsMatch(line.TrimStart()) && ended)
        {
            // A dash item after a line that closed a clause ("… to:" over "– accelerate …"); a dash mid-sentence follows words.
            return true;
        }

        if (HangingLabel.IsMatch(previous.TrimStart()) && indent == TextColumn(previous))
        {
            // Under a labelled line at its text column: a new paragraph only where the line before ended short and
            // this one's own lines run on set back ("(l) … as follows:" over "– accelerate …").
            return ended && endedShort && next.Trim().Length > 0 && Indent(next) < indent;
        }

        // A header line over the next ("Resolution adopted by … 2020" over "[on the report …]"): set apart by a bracket.
        var bracketed = line.TrimStart().StartsWith("[", StringComparison.Ordinal) && line.TrimEnd().EndsWith("]", StringComparison.Ordinal);
        // A line that ends well short of the measure with the punctuation that closes a paragraph closes it, where the
        // next is set in, or is a heading over an item ("Support for the 2023 electoral process" over "(a) Provide").
        return firstLine || bracketed || (ended && endedShort && (indent > Indent(next) || indent > margin + 2 || HangingLabel.IsMatch(next.TrimStart())))
            || (ended && !previous.TrimEnd().EndsWith(":", StringComparison.Ordinal) && IsHeading(line, right) && (next.Trim().Length == 0 || HangingLabel.IsMatch(next.TrimStart())));
    }

    /// <summary>
    /// True when the words of <paramref name="plain"/> open a paragraph after <paramref name="previous"/>, which ended a
    /// unit, wherever the layout sets it: a mark that opens the Council's list under its colon (or "and,", <see
    /// cref="ItemSequence.Introduces"/>) or follows the mark opened
    /// before ("… encourages UNSOM to support Somalia to:" / "a. ensure that plans …" / "b. accelerate …", S/RES/2657
    /// (2022), marks the layout prints at the paragraph's text column, one space before a word in lower case), as in the
    /// reading order (<see cref="ItemSequence.ContinuesMarks"/>), also after an item that ended on "; and" ("… endorsed by
    /// the FGS; and" / "iv. cease detention …", S/RES/2657); an explanatory note under an item ("… for military use;"
    /// / "Note: ‘Vessel’ includes …", S/RES/2551 (2020); <see cref="ExplanatoryNote"/>).
    /// </summary>
    private static bool OpensByItsWords(string previous, string plain, ItemSequence items) =>
        (EndsUnit(previous.TrimEnd())
            && (items.ContinuesMarks(plain, introduced: ItemSequence.Introduces(TrailingMarker.Replace(previous.TrimEnd(), string.Empty))) || ExplanatoryNote.Opens(plain)))
        || (FlowingText.EndsBeforeLastItem(previous.TrimEnd()) && items.FollowsOpened(plain));

    /// <summary>
    /// True when <paramref name="line"/> is the first line of the words that close a list, after its last item ended on
    /// "; and" or a semicolon: the layout prints them at the item's text column, where the item's lines run, and sets
    /// their further lines in deeper, as a paragraph's own hanging lines ("(d) entry into Somali ports … 2244 (2015)); and"
    /// / "confirms it will keep all notification processes required and exemptions under" / "      review;", S/RES/2662
    /// (2022)). A line that goes on a sentence never has its next set in deeper than itself, unless it opens with its own
    /// label, mark or dash; the line is a full one that ends no unit, so a paragraph's last line over the next
    /// paragraph's indented first line stays where it is.
    /// </summary>
    private static bool ClosesListAfterLastItem(string previous, string line, string next)
    {
        var above = previous.TrimEnd();
        var words = line.Trim();
        return (above.EndsWith(";", StringComparison.Ordinal) || FlowingText.EndsBeforeLastItem(above)) && above.IndexOf(';') >= 0
            && Indent(line) == TextColumn(previous) && next.Trim().Length > 0 && Indent(next) > Indent(line) + 2
            && !EndsUnit(line) && words.Length > 0 && char.IsLower(words[0])
            && !HangingLabel.IsMatch(words) && !DashItem.IsMatch(words) && !PrintedItemMark.Opens(words);
    }

    /// <summary>
    /// True for a heading's line: well short of the measure, opening with a capital and stopping on a word a heading ends
    /// on, without the punctuation that closes a paragraph. Under a full line that closed a unit and over a blank line or
    /// an item it stands apart ("… in dialogue with the CENI;" over "Support to the DRC judicial system and fight against
    /// impunity" at the page's foot, S/RES/2666), for a paragraph's last line ends as the paragraph does; under a colon
    /// it is what the colon announces ("… of the General Assembly:" over "Convention on the Prohibition …", an agenda title).
    /// </summary>
    private static bool IsHeading(string line, int right)
    {
        var words = line.Trim();
        return words.Length > 0 && char.IsUpper(words[0]) && line.Length < right - 12 && !EndsUnit(line) && !UnitEnd.EndsOpen(words)
            && !DashItem.IsMatch(words) && !HangingLabel.IsMatch(words);
    }

    /// <summary>
    /// True when <paramref name="line"/> stands where <paramref name="previous"/>, a paragraph's first line, stood: set
    /// in from the page's running column at the same place. A paragraph's further lines go back to the running
    /// column, so the line before was a paragraph of one line ("The General Assembly," over "Recalling …";
    /// "Having considered the report …,1" over "Recalling its resolution …"). Set in means further than the page's
    /// commonest indent or than the line after (where the running lines of a hanging label's text are the commonest);
    /// over a blank line, the line before ending well short of the measure ("The General Assembly" over "Adopts the
    /// following declaration:"). pdftotext counts a justified line's indent in the line's own letter widths, so two
    /// first lines set in alike may print two or three columns apart ("Having received …, for 2021,1" at 24 over
    /// "Taking note …" at 22, A/RES/77/9); after a line that ended its unit, that is still the same place. A full line
    /// that stops on a word is no paragraph of one line but the first of several, whose next lines an item's text
    /// column may set as far in ("… academia, medical" over "associations, …", A/RES/75/315). Nor is a line that ends no
    /// unit over one that goes on in lower case: the rest of a paragraph a page cut, set in at the next page's top as
    /// its first line is ("Safety and security, of the proposed programme budget for 2021, which would" over "represent
    /// a charge against the contingency fund;", at 6 on a page whose running column is 0, A/RES/75/253: the paragraph's
    /// rest stood apart from its number, DK2003 and DK0010).
    /// </summary>
    private static bool FollowsOneLineParagraph(string previous, string line, string next, int margin, int right)
    {
        var indent = Indent(line);
        var shortAbove = previous.Length < right - 12;
        return !HangingLabel.IsMatch(previous.TrimStart()) && Math.Abs(Indent(previous) - indent) <= (EndsUnit(previous) ? 3 : 1)
            && (EndsUnit(previous) || (shortAbove && !GoesOn(line.Trim())))
            && (indent > margin + 2 || (next.Trim().Length > 0 ? Indent(next) + 2 < indent : shortAbove));
    }

    /// <summary>
    /// True when <paramref name="line"/>, under a full line that stops on a word, is a paragraph's first line all the
    /// same: set in past the line above's text with the line under it set back, as a first line is, and opening with a
    /// preambular lead's grammar (<see cref="ParticipleLead"/>). A line that goes on a sentence stands at the running
    /// column, never set in; only the paragraph above lost its last words and punctuation ("… sustaining peace,
    /// includingdedicated to peacebuilding" / "Recognizing the contributions of …", A/RES/76/305).
    /// </summary>
    private static bool LeadSetIn(string previous, string line, string next) =>
        Indent(line) > TextColumn(previous) + 2 && next.Trim().Length > 0 && Indent(next) + 2 < Indent(line)
        && !HangingLabel.IsMatch(next.TrimStart()) && ParticipleLead.Opens(InlineParser.Plain(line.Trim()));

    /// <summary>
    /// True when <paramref name="previous"/> is an enacting formula alone on its line, with or without its comma, and
    /// <paramref name="line"/> does not go on its words in lower case: the formula is a paragraph of its own. A formula
    /// that runs on into its decision does so on its own line ("The General Assembly decides …"), for the short line has
    /// room for the verb; one set alone ends there, even without the comma a decision of one sentence drops before its
    /// verb on its own line ("The General Assembly" at 23 over "Adopts the following political declaration …:" at 20,
    /// A/RES/76/1, where the first line is set back from the formula's, not in from it).
    /// </summary>
    private static bool EndsAtFormula(string previous, string line) =>
        FormulaLine.IsAlone(InlineParser.Plain(previous.Trim())) && !GoesOn(line.Trim());

    /// <summary>True when the line ends with the punctuation that closes a unit (",", ";", ":", "."), past quotation marks and a raised note's number.</summary>
    private static bool EndsUnit(string line) =>
        TrailingMarker.Replace(line, string.Empty).TrimEnd('”', '’', '"', ' ') is { Length: > 0 } words && words[words.Length - 1] is ',' or ';' or ':' or '.';

    /// <summary>Where the words of a line run on the next: after a hanging label, its text's column; else its indent.</summary>
    private static int TextColumn(string line)
    {
        var indent = Indent(line);
        var label = HangingLabel.Match(line.Substring(indent));
        return label.Success ? indent + label.Length : indent;
    }

    /// <summary>
    /// Where the page's notes start: a number alone on a line (the next note's) over a line of text, after the body, or
    /// the rest of a note a page cut over it (<see cref="RestAbove"/>); -1 for none.
    /// </summary>
    private static int NotesStart(string[] lines)
    {
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            if (NoteNumber.IsMatch(lines[i].Trim()) && lines[i + 1].Trim().Length > 0 && !NoteNumber.IsMatch(lines[i + 1].Trim())
                && (i == 0 || lines[i - 1].Trim().Length == 0 || i > 0 && NotesFollow(lines, i)))
            {
                return RestAbove(lines, i);
            }
        }

        return -1;
    }

    /// <summary>
    /// Where the rest of a note that the page before cut starts, over the page's first numbered note at <paramref name="first"/>:
    /// lines set in at the column of the notes' words, under a blank line that parts them from the body (the space over
    /// the notes' rule); <paramref name="first"/> when there are none.
    /// </summary>
    private static int RestAbove(string[] lines, int first)
    {
        var column = Indent(lines[first + 1]);
        if (column <= Indent(lines[first]))
        {
            return first;
        }

        var start = first;
        while (start > 0 && lines[start - 1].Trim().Length > 0 && Indent(lines[start - 1]) == column && !HangingLabel.IsMatch(lines[start - 1].TrimStart()))
        {
            start--;
        }

        return start < first && start > 0 && lines[start - 1].Trim().Length == 0 ? start : first;
    }

    /// <summary>True when every line from <paramref name="start"/> on is a note's number, a note's text or the page's foot.</summary>
    private static bool NotesFollow(string[] lines, int start) => NoteNumber.IsMatch(lines[start].Trim()) && Indent(lines[start + 1]) > Indent(lines[start]);

    /// <summary>Each note as "n text", its further lines after it.</summary>
    private static IEnumerable<string> Notes(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].Trim();
            if (NoteNumber.IsMatch(trimmed) && i + 1 < lines.Length && lines[i + 1].Trim().Length > 0 && Indent(lines[i + 1]) > Indent(lines[i]))
            {
                yield return trimmed + " " + lines[i + 1].Trim();
                i++;
                continue;
            }

            yield return trimmed;
        }
    }

    private static int Indent(string line)
    {
        var i = 0;
        while (i < line.Length && line[i] == ' ')
        {
            i++;
        }

        return i;
    }
}

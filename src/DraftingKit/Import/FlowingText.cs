using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DraftingKit.Vocabulary;
using static DraftingKit.Import.PageLine;

namespace DraftingKit.Import;

/// <summary>
/// Reads a text in a PDF's reading order, as pdftotext without <c>-layout</c>, most tools and a copy from a PDF viewer
/// give it: lines as they flow, no blank line and no indent between paragraphs, an operative number or a label on a
/// line of its own over its text. Paragraphs are told apart by what their first line says, after a line that closed a
/// unit: an operative number ("12."), a label ("(a)"), a lead the vocabulary knows ("Recalling", "Requests") or a
/// participle that opens one by its grammar ("Determining that", <see cref="ParticipleLead"/>), and,
/// whatever the line before, the formula ("The General Assembly,"), the line of adoption, the closing meeting line, a
/// designation and its title ("A", "I") and a heading over a numbered paragraph (<see cref="StandsApart"/>).
/// Gives the text back as the importer reads every other extraction: a blank line between paragraphs, the number or
/// label on its text's line, and the hyphen of a word broken at a line's end put back (<see cref="LostHyphens"/>).
/// </summary>
/// <remarks>
/// The reading applies only to a text whose paragraphs run on without blank lines (<see cref="IsFlowing"/>): a text
/// with blank lines between its paragraphs says where they part itself, and a lead at a line's start there may be a
/// sentence that wraps. Even here a line opens a paragraph only when the line before ended a unit (",", ";", ":" or
/// "."), so "… in the light of its resolution 75/1," / "Recalling …" parts, but "… the provisions of the" /
/// "Recalling …" (a wrapped sentence) does not. A label with its words opens an item only where it opens a list or
/// follows the labels opened before it (<see cref="ItemSequence"/>); one its sentence holds moves up to the line above
/// (<see cref="WrappedLabel"/>). Words in lower case under a list's last item close its paragraph where they go on the
/// chapeau's sentence (<see cref="ClosingWords"/>).
/// </remarks>
internal static class FlowingText
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>How many characters a full line of a paragraph may fall short of the typical full line: about a long word's length.</summary>
    private const int FullLineSlack = 10;

    /// <summary>An operative number, a subparagraph's label, a list item's letter or the resolution's number alone on a line: "12.", "(a)", "(iv)", "(1)", "b.", "75/135.".</summary>
    private static readonly Regex LabelAlone = new(@"^(?:\d{1,3}\.|\d{1,4}/\d{1,4}\.|" + PrintedLabel.Pattern + @"|[a-z]\.)$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>
    /// An item's text that opens with a figure and goes on in words: an amount ("16,361,600 dollars, representing …"), a
    /// count ("10450 security forces by June 2024;", S/RES/2628 (2022)) or a chemical's name, its locants before a hyphen
    /// ("2,4,6-Trinitrotoluene (TNT);", S/RES/2662 (2022)); never a note's number alone, nor a job number ("20-17350").
    /// </summary>
    private static readonly Regex AmountOpens = new(@"^\d+(?:[,.]\d+)*[\s-]\p{L}", RegexOptions.CultureInvariant, Timeout);

    /// <summary>An item's title that opens with a year or a span of years and goes on in words: "2020/2021 elections" (S/RES/2552 (2020)).</summary>
    private static readonly Regex YearOpens = new(@"^\d{4}(?:[/–]\d{4})?\s\p{L}", RegexOptions.CultureInvariant, Timeout);

    /// <summary>
    /// An item's text that opens with a bracket before a word with its capital, no label: "(Requests the Secretary-General
    /// to report …" under "(a)" (S/RES/2709 (2023), paragraph 58, as the Council printed it), "(Reserved)".
    /// </summary>
    private static readonly Regex BracketOpens = new(@"^\(\p{Lu}\p{Ll}+(?:[\s)]|$)", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A page's number as the reading order prints it: "2/4".</summary>
    private static readonly Regex PageNumber = new(@"^\d{1,4}/\d{1,4}$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>An operative number alone on its line: "12.".</summary>
    private static readonly Regex NumberAlone = new(@"^\d{1,3}\.$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A line opening with an operative number and its text: "12. Requests".</summary>
    private static readonly Regex NumberOpens = new(@"^\d{1,3}\.\s\S", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A section's roman numeral alone: "I", "IV", "XII".</summary>
    private static readonly Regex BeforeLastItem = new(@"[,;]\s(?:and|or)$", RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex ConjunctionAlone = new(@"^(?:and|or)$", RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex SectionNumber = new(@"^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A line opening with an operative number or a label and its text: "12. Requests", "(a) To".</summary>
    private static readonly Regex Labelled = new(@"^(?:\d{1,3}\.|" + PrintedLabel.Pattern + @")\s\S", RegexOptions.CultureInvariant, Timeout);

    /// <summary>
    /// A raised note number printed as plain digits after a unit's end and its quotation marks ("Nations,1", "”;12"), or
    /// set apart by a space as the reading order may set it ("… the documentation of the Commission; 13" over "25.",
    /// A/RES/75/133).
    /// </summary>
    private static readonly Regex Trailing = new(@"(?<=[,;:.”’""]) ?\d{1,3}$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>
    /// True when the text runs its paragraphs on without blank lines: more paragraphs open by their words (a lead, a
    /// numbered or labelled line) on the line after one that ended a unit than after a blank line. A number or label
    /// alone on its line with its text after a blank line ("(a)" / "" / "Reaffirms the efficiency …") is the reading
    /// order's print too: pdftotext sets a hanging label apart from its text, where a text typed or exported as plain
    /// text writes both on one line. A short decision whose paragraphs are all labelled shows nothing else.
    /// </summary>
    public static bool IsFlowing(string[] lines, LeadVocabulary vocabulary)
    {
        int runOn = 0, setApart = 0, labelsApart = 0, labelsTyped = 0;
        for (var i = 1; i < lines.Length; i++)
        {
            var line = Words(lines[i]);
            if (LabelAlone.IsMatch(line) && SetApartFromItsText(lines, i))
            {
                runOn++;
                labelsApart++;
                continue;
            }

            labelsTyped += Labelled.IsMatch(InlineParser.Plain(line)) ? 1 : 0;

            if (line.Length == 0 || LabelAlone.IsMatch(line) || !OpensByItsWords(line, vocabulary))
            {
                continue;
            }

            var previous = i - 1;
            while (previous >= 0 && Words(lines[previous]).Length == 0)
            {
                previous--;
            }

            // A number or label alone over its text says nothing of how paragraphs part: pdftotext sets it apart by a
            // blank line either way. The formula opens the text after a title that ends without punctuation.
            if (previous < 0 || !(EndsUnit(Words(lines[previous])) || FormulaLine.IsAlone(InlineParser.Plain(line))) || LabelAlone.IsMatch(Words(lines[previous])))
            {
                continue;
            }

            if (previous == i - 1)
            {
                runOn++;
            }
            else
            {
                setApart++;
            }
        }

        return runOn > setApart || LabelsApart.Print(labelsApart, labelsTyped);
    }

    /// <summary>True when the label alone on line <paramref name="index"/> has its text after a blank line, as a label the reading order set apart.</summary>
    private static bool SetApartFromItsText(string[] lines, int index)
    {
        var next = index + 1;
        while (next < lines.Length && Words(lines[next]).Length == 0)
        {
            next++;
        }

        return next > index + 1 && next < lines.Length && OpensText(InlineParser.Plain(Words(lines[next]))) && !LabelAlone.IsMatch(Words(lines[next]));
    }

    /// <summary>
    /// The text with its pages undone (<see cref="PageLayout.Join"/>), read in reading order when it runs its paragraphs
    /// on: then a paragraph a page cut goes on across the page's foot when the next page's words open nothing of their
    /// own (<see cref="FlowingPageBreak"/>).
    /// </summary>
    public static string Unpaged(string text, LeadVocabulary vocabulary)
    {
        if (!Reads(text, vocabulary))
        {
            // A text neither laid out nor flowing: a short one, whose notes only their place at a page's foot tells.
            return PageLayout.Join(LaidOutText.IsLaidOut(text) ? text : NotesAtFoot.Ruled(text));
        }

        // A heading at the page's foot heads the text the next page opens, and goes on no sentence.
        return FlowingPageBreak.RunOn(
            PageLayout.Join(Paragraphs(text, vocabulary)),
            (above, below) => Opens(Words(above), Words(below), vocabulary) || (FlowingHeadings.IsHeadingLine(above, line => OpensByItsWords(line, vocabulary)) && OpensByItsWords(Words(below), vocabulary)));
    }

    private static bool Reads(string text, LeadVocabulary vocabulary) => !LaidOutText.IsLaidOut(text) && IsFlowing(text.Split('\n'), vocabulary);

    public static string Paragraphs(string text, LeadVocabulary vocabulary) => Paragraphs(text, vocabulary, CompoundVocabulary.Default);

    /// <summary>The text's paragraphs read in reading order, with <paramref name="compounds"/> as the UN's usage of hyphens.</summary>
    public static string Paragraphs(string text, LeadVocabulary vocabulary, CompoundVocabulary compounds)
    {
        if (!Reads(text, vocabulary))
        {
            return text;
        }

        var lines = StrandedLastLine.Restore(
            StretchedWords.Restore(new SuspendedHyphens(text, compounds).Restore(text).Split('\n'), line => OpensByItsWords(line, vocabulary)),
            line => OpensByItsWords(line, vocabulary));

        var noteNumber = 1;
        var noteCut = false;
        var gathered = new List<string>();
        var pageBefore = Array.Empty<string>();
        foreach (var piece in string.Join("\n", Rewrapped(lines, compounds)).Split('\f'))
        {
            var pageLines = piece.Split('\n');
            gathered.Add(string.Join("\n", FlowingNotes.Gather(NoteNumberOnBrokenWord.Restore(pageLines, noteNumber, pageBefore), ref noteNumber, ref noteCut, line => OpensByItsWords(line, vocabulary) && !LabelAlone.IsMatch(line))));
            pageBefore = pageLines;
        }

        Func<string, bool> opensOperative = line => vocabulary.OperativeLeadAtStart(InlineParser.Plain(line)) is not null;
        lines = StrandedLastLine.RestoreAcrossPages(string.Join("\f", gathered).Split('\n'), line => OpensByItsWords(line, vocabulary));
        lines = FlowingStackedNumbers.Spread(FlowingFootLabels.Restore(ChapeauAtFoot.Restore(lines, opensOperative)), opensOperative);
        // A table printed cell by cell is kept as one, apart from the text (FlowingTable).
        // Its full lines tell the text's width, for a text that is mostly a table has more short lines than long ones.
        lines = FlowingTable.Read(lines, line => OpensByItsWords(line, vocabulary), PageLayout.WidthOf(PageLayout.TextLines(lines)) ?? ParagraphLastLine.Width(lines.Select(Words)));
        var pages = gathered.Count(page => page.Trim().Length > 0);
        var page = 1;
        var output = new List<string>(lines.Length + (lines.Length / 3));
        var headings = new FlowingHeadings(lines, line => OpensByItsWords(line, vocabulary), Formula(lines));
        var hang = 0;
        var firstPerson = FirstPersonLead.Declares(lines.Select(line => InlineParser.Plain(Words(line))));
        var items = new ItemSequence();
        var inItem = false;
        var inDashes = false;
        var width = ParagraphLastLine.Width(lines.Select(Words));
        var paragraphStart = -1;
        var underTitle = false;
        // Entries named alike under a colon each open on their line, though they end without punctuation ("Chapter 3: …").
        var entries = NamedEntries.Openings(lines.Select(line => InlineParser.Plain(Words(line))).ToList(), line => OpensByItsWords(line, vocabulary));
        // An entry's paragraphs each open with its name, as a sanctions annex gives a listed person's narrative (EntryName).
        var named = EntryName.Openings(lines.Select(line => InlineParser.Plain(Words(line))).ToList(), EndsUnit);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            page += line.Count(c => c == '\f');
            if (Words(line) == page.ToString(CultureInfo.InvariantCulture) + "/" + pages.ToString(CultureInfo.InvariantCulture))
            {
                // The page's number ("2/6"), which the reading order may set anywhere on its page, not only at its foot.
                output.Add(line.IndexOf('\f') >= 0 ? "\f" : string.Empty);
                continue;
            }

            var words = Words(line);
            var previous = output.Count > 0 ? Words(output[output.Count - 1]) : string.Empty;
            if (PrintedTable.IsRow(words) && PrintedTable.IsRow(previous))
            {
                // A table's row under its row above: the rows are one block, whatever their cells' words open.
                output.Add(line);
                continue;
            }

            if (LabelAlone.IsMatch(words) && Next(lines, i) is int next && !LabelAlone.IsMatch(Words(lines[next])) && (OpensText(Words(lines[next])) || (words[0] == '(' && (AmountOpens.IsMatch(Words(lines[next])) || YearOpens.IsMatch(Words(lines[next])) || BracketOpens.IsMatch(Words(lines[next]))))))
            {
                // "12." over a blank line over "Requests …": the number stands on its text's line.
                for (var skipped = i + 1; skipped < next; skipped++)
                {
                    // The blank lines in between stand before it, so that diagnostics point where they did.
                    page += lines[skipped].Count(c => c == '\f');
                    output.Add(lines[skipped].IndexOf('\f') >= 0 ? "\f" : string.Empty);
                }

                if (previous.Length > 0 && next == i + 1)
                {
                    output.Add(string.Empty);
                }

                page += lines[next].Count(c => c == '\f');
                var joined = Words(line) + " " + Words(lines[next]);
                Count(items, joined, previous);
                inItem = joined[0] == '(';
                hang = 0;
                paragraphStart = output.Count;
                output.Add((lines[next].IndexOf('\f') >= 0 ? "\f" : string.Empty) + (Labelled.IsMatch(joined) ? Hung(joined, out hang) : joined));

                i = next;
                continue;
            }

            var inHeading = headings.GoesOn(i);
            var heading = words.Length > 0 && headings.Opens(i, previous, output.Count > 1 ? Words(output[output.Count - 2]) : string.Empty);

            // A label that neither opens a list nor follows one already opened is its sentence's, whatever the line above ended.
            var held = WrappedLabel.Opens(InlineParser.Plain(words)) && !items.Continues(InlineParser.Plain(words));
            // An item's title without punctuation over its text, and the text's further paragraphs (ItemTitle).
            var title = Title(output, paragraphStart);
            var titleText = words.Length > 0 && ((title is not null && ItemTitle.EndsOver(title, InlineParser.Plain(words))) || (underTitle && ItemTitle.TextGoesOn(previous, InlineParser.Plain(words))));
            var titleOverItem = words.Length > 0 && title is not null && ItemTitle.EndsOverItem(title, InlineParser.Plain(words), items);
            var opens = previous.Length == 0 || (words.Length > 0 && !inHeading && (heading || titleText || titleOverItem || entries[i] || named[i] || (!held && (Opens(previous, words, vocabulary) || ParagraphLastLine.Ends(InlineParser.Plain(previous), InlineParser.Plain(words), width) || EndsUnpunctuated(previous, words, width, vocabulary) || (firstPerson && EndsUnit(previous) && FirstPersonLead.Opens(InlineParser.Plain(words), vocabulary))))
                || StandsApart(lines, i, previous, title is not null && ItemTitle.EndsOverHeading(title))
                || (EndsUnit(previous) && items.ContinuesMarks(InlineParser.Plain(words), introduced: ItemSequence.Introduces(InlineParser.Plain(previous))))
                || (EndsBeforeLastItem(LastLines(output, previous)) && items.FollowsOpened(InlineParser.Plain(words)))
                || HeadsNextItem(lines, i, previous, items)
                || (paragraphStart >= 0 && SoleOperativeParagraph.Opens(lines, i, previous, Words(output[paragraphStart]), opening => vocabulary.PreambularLeadAtStart(InlineParser.Plain(opening)) is not null || ParticipleLead.Opens(InlineParser.Plain(opening)), words => OpensByItsWords(words, vocabulary)))
                || (inDashes && EndsUnit(previous) && DashItem.OpensAnyWord(InlineParser.Plain(words)))
                || (inItem && ClosingWords.Open(InlineParser.Plain(previous), InlineParser.Plain(words), lead => vocabulary.OperativeLeadAtStart(lead) is not null, lineByLine: !EndedOnComma(previous, words, width)) && !ItemFollows(lines, i, items, vocabulary))));
            if (!opens && words.Length > 0 && WrappedLabel.Opens(line) && line.IndexOf('\f') < 0)
            {
                (output[output.Count - 1], line) = WrappedLabel.RunUp(output[output.Count - 1], line);
                words = Words(line);
            }
            else if (opens && words.Length > 0 && !heading)
            {
                Count(items, InlineParser.Plain(words), previous);
            }

            if (opens && words.Length > 0)
            {
                // Only a line under an item may open the paragraph's closing words (ClosingWords); those words are no item
                // themselves. An item with its printed mark is one too ("c. advance the 2030 Agenda …, drought, and
                // locusts;" / "and, in the context of ongoing military operations …, to support the FGS and FMS by:" /
                // "d. supporting …", S/RES/2705 (2023)).
                inItem = !heading && (words[0] == '(' || DashItem.Opens(InlineParser.Plain(words)) || PrintedItemMark.Opens(InlineParser.Plain(words)));

                // A dash follows the dashes of its list as a mark follows the one before: its item opens whatever the case of
                // its first word ("– promote …;" / "– Support the Congolese authorities …", S/RES/2765 (2024)). A line after
                // a blank one (a page's running header) leaves the list as it was.
                var dash = !heading && DashItem.OpensAnyWord(InlineParser.Plain(words));
                inDashes = dash || (inDashes && previous.Length == 0);
            }

            if (previous.Length > 0 && opens)
            {
                output.Add(string.Empty);
                hang = 0;
            }

            if (opens && words.Length > 0)
            {
                paragraphStart = output.Count;
                underTitle = titleText;
            }

            if (words.Length == 0 || line.IndexOf('\f') >= 0)
            {
                // A blank line ends the paragraph's run of lines on its page; the page's notes follow it.
                hang = 0;
                output.Add(line);
            }
            else if (hang > 0)
            {
                output.Add(new string(' ', hang) + words);
            }
            else
            {
                // A wrapped line that opens with a label ("(a) of paragraph 3 …") goes on its sentence as printed.
                output.Add(opens && Labelled.IsMatch(InlineParser.Plain(words)) ? Hung(words, out hang) : line);
            }
        }

        return string.Join("\n", output);
    }

    /// <summary>
    /// The lines of the paragraph read so far from <paramref name="start"/>, plain, where they are few enough to be an
    /// item's title (<see cref="ItemTitle"/>) and no page's foot stands among them; null otherwise.
    /// </summary>
    private static List<string>? Title(List<string> output, int start)
    {
        if (start < 0 || output.Count - start > ItemTitle.MostLinesOverHeading)
        {
            return null;
        }

        var title = new List<string>(output.Count - start);
        for (var i = start; i < output.Count; i++)
        {
            if (Words(output[i]).Length == 0 || output[i].IndexOf('\f') >= 0)
            {
                return null;
            }

            title.Add(InlineParser.Plain(Words(output[i])));
        }

        return title;
    }

    /// <summary>Counts the label a paragraph opens with as an item's; an operative number opens a paragraph whose list starts anew.</summary>
    private static void Count(ItemSequence items, string opening, string previous)
    {
        if (opening.StartsWith("(", StringComparison.Ordinal))
        {
            items.Open(opening);
        }
        else if (PrintedItemMark.Opens(opening))
        {
            items.OpenMark(opening);
        }
        else if ((NumberOpens.IsMatch(opening) || NumberAlone.IsMatch(opening)) && !items.OpenNumber(opening, ItemSequence.Introduces(InlineParser.Plain(previous))))
        {
            items.Restart();
        }
    }

    /// <summary>
    /// True when a further item of the list opened so far follows the line at <paramref name="index"/> before any
    /// paragraph of another kind opens: the lines in between are the last item's, not the paragraph's closing words. An
    /// item of an outer list only ("(d)" under "(c)" and its "(i)" to "(iii)") closes the inner list, so the words in
    /// between close that list ("(iii) … by 1 October 2023;" / "and urges the Panel of Experts …" / "(d) from the
    /// Emergency Relief Coordinator …", S/RES/2662 (2022); <see cref="ItemSequence.GoesOnLast"/>).
    /// </summary>
    private static bool ItemFollows(string[] lines, int index, ItemSequence items, LeadVocabulary vocabulary)
    {
        var above = Words(lines[index]);
        for (var i = index + 1; i < lines.Length; i++)
        {
            var words = Words(lines[i]);
            if (words.Length == 0 || PageNumber.IsMatch(words))
            {
                continue;
            }

            var plain = InlineParser.Plain(words);
            if (LabelAlone.IsMatch(plain) || Labelled.IsMatch(plain))
            {
                if (EndsUnit(above))
                {
                    return plain[0] == '(' && items.Continues(plain) && items.GoesOnLast(plain);
                }
            }
            else if (EndsUnit(above) && OpensByItsWords(plain, vocabulary))
            {
                return false;
            }

            above = words;
        }

        return false;
    }

    /// <summary>The formula's line, where the text's paragraphs begin; past the end when the text has none.</summary>
    private static int Formula(string[] lines) => Array.FindIndex(lines, line => FormulaLine.IsAlone(InlineParser.Plain(Words(line)))) is var index and >= 0 ? index : lines.Length;

    /// <summary>
    /// The lines with each that the reading order made longer than the page's lines broken again at the page's width:
    /// after a word broken at its hyphen, pdftotext runs the next line on into the line ("the seventysecond session of
    /// … would be postponed to a later date,"), so that the page's width, which tells a line the page broke from one
    /// that ends a paragraph, would be lost. The word at that join gets its hyphen back (<see cref="LostHyphens"/>).
    /// </summary>
    private static string[] Rewrapped(string[] lines, CompoundVocabulary compounds)
    {
        var lengths = lines.Select(line => Words(line).Length).Where(length => length > 0).OrderBy(length => length).ToList();
        if (lengths.Count < 10)
        {
            return lines;
        }

        var width = lengths[lengths.Count * 9 / 10];
        var full = lengths.Where(length => length >= width / 2).ToList();
        var typical = full[full.Count / 2];
        var hyphens = new LostHyphens(string.Join("\n", lines), compounds);
        var output = new List<string>(lines.Length + 8);
        for (var i = 0; i < lines.Length; i++)
        {
            var rest = lines[i];
            if (output.Count > 0 && RangeRunsOn(output[output.Count - 1], rest))
            {
                // "2018–" over "2030 strategic framework": the range is one word, as printed before the line's end broke it.
                var words = rest.Trim();
                var space = words.IndexOf(' ');
                output[output.Count - 1] = output[output.Count - 1].TrimEnd() + (space < 0 ? words : words.Substring(0, space));
                if (space < 0)
                {
                    continue;
                }

                rest = words.Substring(space + 1);
            }

            if (Words(rest).Length > width + 15)
            {
                // The page's line ended where the line before ended, as a justified paragraph's lines do, unless that
                // one was a paragraph's last line, shorter than a full line by more than a word's length.
                var above = i > 0 ? Words(lines[i - 1]).Length : 0;
                var end = above >= typical - FullLineSlack && above <= width + 15 ? above : typical;
                rest = rest.Substring(0, rest.Length - rest.TrimStart().Length) + hyphens.AtJoin(rest.TrimStart(), end, width);
            }
            else
            {
                rest = hyphens.AtLineEnd(rest, Words(rest).Length > width);
            }

            while (Words(rest).Length > width + 15 && rest.LastIndexOf(' ', Math.Min(rest.Length - 1, width)) is var cut and > 0)
            {
                output.Add(rest.Substring(0, cut));
                rest = rest.Substring(cut + 1);
            }

            output.Add(rest);
        }

        return output.ToArray();
    }

    /// <summary>True when <paramref name="line"/> ends with the dash of a range of numbers ("2018–") that <paramref name="next"/> closes ("2030"), on the same page.</summary>
    private static bool RangeRunsOn(string line, string next)
    {
        var end = line.TrimEnd();
        var start = next.TrimStart();
        return end.Length > 1 && end[end.Length - 1] == '–' && char.IsDigit(end[end.Length - 2]) && start.Length > 0 && char.IsDigit(start[0])
            && line.IndexOf('\f') < 0 && next.IndexOf('\f') < 0;
    }

    /// <summary>
    /// A numbered or labelled line as a laid-out extraction prints it, its label hanging: "12. Requests …", or "(a)  to …"
    /// with two spaces where the text opens in lower case, so that the lines after it, set in under its text
    /// (<paramref name="hang"/> spaces), run on in it. In the reading order a line's length says nothing of where the
    /// paragraph ends: the first line of a numbered paragraph is short by its indent, and a name with its number
    /// ("2435 (2018),") or a name of many words does not break.
    /// </summary>
    private static string Hung(string line, out int hang)
    {
        var space = line.IndexOf(' ');
        var text = line.Substring(space + 1).TrimStart();
        var gap = text.Length > 0 && char.IsUpper(text[0]) ? " " : "  ";
        hang = space + gap.Length;
        return line.Substring(0, space) + gap + text;
    }

    /// <summary>
    /// True when the line at <paramref name="index"/> stands on its own whatever its words (an annex's heading and its
    /// title stand apart by <see cref="FlowingHeadings"/>): a part's designation, one
    /// capital letter over its title and formula ("Questions relating to information" / "A" / "Information in the
    /// service of humanity" / "The General Assembly,", 77/128 A–B), or the line after it, its title; or a heading over
    /// a numbered paragraph or a labelled item after a line that ended a unit ("… regional peace efforts," / "Support to
    /// SAMIDRC" / "1.", "… mutually reinforcing:" / "Support for the 2023 electoral process" / "(a)"), or under an item's
    /// title over the list it heads (<paramref name="underTitle"/>, <see cref="ItemTitle.EndsOverHeading"/>).
    /// </summary>
    private static bool StandsApart(string[] lines, int index, string previous, bool underTitle)
    {
        var line = Words(lines[index]);
        if (IsDesignation(lines, index) || (index > 0 && IsDesignation(lines, index - 1)))
        {
            return true;
        }

        if (!EndsUnit(line) && IsHeading(line) && Next(lines, index) is int next && Words(lines[next]) is var below)
        {
            // Under an item's title, a subheading over the list it heads ("… and judicial institutions" / "Stabilisation"
            // / "(a)", S/RES/2556 (2020)): the list opens anew there.
            return (EndsUnit(previous) && (NumberAlone.IsMatch(below) || NumberOpens.IsMatch(below) || LabelAlone.IsMatch(below) || Labelled.IsMatch(below)))
                || (underTitle && ItemSequence.OpensList(InlineParser.Plain(below)));
        }

        return false;
    }

    /// <summary>
    /// True when the line at <paramref name="index"/> is a subheading among a list's items: a heading's line that ends in
    /// a colon, under an item that closed with its semicolon and over the label that follows the last one opened ("… in
    /// the CAR as appropriate;" / "Urgent temporary measures:" / "(iii)", S/RES/2605 (2021)), also where the page's foot
    /// stands between (S/RES/2709 (2023)). A colon that introduces a list opens it anew with "(a)" or "(i)"; over the
    /// list's next label it heads the items under it.
    /// </summary>
    private static bool HeadsNextItem(string[] lines, int index, string previous, ItemSequence items)
    {
        var line = Words(lines[index]);
        return previous.TrimEnd().EndsWith(";", StringComparison.Ordinal) && line.EndsWith(":", StringComparison.Ordinal) && IsHeading(line)
            && FlowingHeadings.Below(lines, index) is int next && items.FollowsOpened(InlineParser.Plain(Words(lines[next])));
    }

    /// <summary>
    /// A designation alone on its line: a part's capital letter, its part's formula within the two lines below it (the
    /// part's title between), or a section's roman numeral over its title ("I" / "Introduction"); a lone capital
    /// elsewhere is a sentence's word a line broke.
    /// </summary>
    private static bool IsDesignation(string[] lines, int index)
    {
        var line = Words(lines[index]);
        if (SectionNumber.IsMatch(line) && index + 1 < lines.Length && Words(lines[index + 1]) is var title && IsHeading(title) && !EndsUnit(title))
        {
            return true;
        }

        // The letter may carry its note's raised number, which the text layer prints as a digit ("B1").
        if (line.Length is < 1 or > 3 || line[0] is < 'A' or > 'Z' || !line.Skip(1).All(char.IsDigit))
        {
            return false;
        }

        for (var below = index + 1; below < lines.Length && below <= index + 3; below++)
        {
            if (FormulaLine.IsAlone(InlineParser.Plain(Words(lines[below]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A heading's line: a capital first, or its own designation before a capital ("2a: Targeted sanctions", S/RES/2662
    /// (2022); <see cref="DesignationLine.OpensTitle"/>), and at most twelve words, none of them a lead's or a number's opening.
    /// </summary>
    private static bool IsHeading(string line) =>
        line.Length > 0 && (char.IsUpper(line[0]) || DesignationLine.OpensTitle(line)) && line.Split(' ').Length <= 12 && !Labelled.IsMatch(line) && !LabelAlone.IsMatch(line);

    /// <summary>True when <paramref name="line"/> opens a paragraph after <paramref name="previous"/>, both without the page's form feed.</summary>
    private static bool Opens(string previous, string line, LeadVocabulary vocabulary)
    {
        var plain = InlineParser.Plain(line);

        // The formula, the line of adoption and the closing meeting line stand on their own whatever the line before
        // ("Report of the Commission …" over "The General Assembly,": a title ends without punctuation).
        // The line after the formula opens the text even where the formula has no comma ("The General Assembly" over
        // "Adopts the following declaration:").
        // The line of adoption and the reference under it ("[on the report of the Third Committee (A/75/477, para. 19)]")
        // are header fields of their own.
        if (FormulaLine.Opens(plain) || FormulaLine.IsAlone(InlineParser.Plain(previous))
            || AdoptedResolutionReader.IsAdoptionLine(plain) || AdoptedResolutionReader.IsAdoptionLine(InlineParser.Plain(previous))
            || IsReference(plain) || (IsReference(InlineParser.Plain(previous)) && NumberedTitle.IsMatch(plain))
            || AdoptedResolutionReader.IsMeetingLine(plain))
        {
            return true;
        }

        // A dash opens an item only after a line that ended a unit; after a heading or mid-sentence it is the text's.
        // A paragraph quoted whole under a colon opens by the words inside its quotation mark (QuotedParagraph).
        // An explanatory note under an item ("Note: ‘Aircraft’ means …") is a paragraph of its own (ExplanatoryNote).
        // A list's first mark under the line that introduced it opens its item, across a page's foot too ("… attributed to
        // Al-Shabaab; and," / the page's foot / "a. demands …", S/RES/2705 (2023)).
        return EndsUnit(previous) && (OpensByItsWords(line, vocabulary) || DashItem.Opens(plain) || ExplanatoryNote.Opens(plain) || (ItemSequence.Introduces(InlineParser.Plain(previous)) && PrintedItemMark.OpensList(plain)) || QuotedParagraph.Opens(InlineParser.Plain(previous), plain, words => OpensByItsWords(words, vocabulary)));
    }

    /// <summary>
    /// The reference under the line of adoption ("[on the report of the Third Committee (A/75/477, para. 19)]"): a line
    /// after it that opens with the text's number opens the number and title ("75/134. United Nations Programme …"), which a reading order that sets
    /// no blank line between them (pdf.js) runs on under it.
    /// </summary>
    private static bool IsReference(string plain) => plain.StartsWith("[", StringComparison.Ordinal) && plain.EndsWith("]", StringComparison.Ordinal);

    /// <summary>A resolution's number and the first words of its title on one line: "75/134. United Nations Programme …", "ES-11/1. Aggression …".</summary>
    private static readonly Regex NumberedTitle = new(@"^(?:E?S-\d{1,2}/\d{1,3}|\d{1,4}/\d{1,4})\. \p{Lu}", RegexOptions.CultureInvariant, Timeout);

    /// <summary>
    /// True when the line's first words open a paragraph: a number or a label with its text, a lead, or a formula, the
    /// organ's or an adopted text's; an agreement's recital, a schedule's day, a bullet's item or a treaty's closing formula.
    /// </summary>
    private static bool OpensByItsWords(string line, LeadVocabulary vocabulary)
    {
        var plain = InlineParser.Plain(line);
        return (Labelled.IsMatch(plain) && !RunInList.Holds(plain)) || LabelAlone.IsMatch(plain)
            || vocabulary.PreambularLeadAtStart(plain) is not null || vocabulary.OperativeLeadAtStart(plain) is not null
            || ParticipleLead.Opens(plain) || FormulaLine.IsAlone(plain) || AdoptedTextFormula.OpensLine(plain)
            || Recital.Opens(plain) || ScheduleEntry.Opens(plain) || BulletItem.Opens(plain) || Testimonium.Opens(plain);
    }

    /// <summary>True when a number's or label's text can open with <paramref name="line"/>: a capital, a quotation or a lower-case word of a list item.</summary>
    private static bool OpensText(string line) => line.Length > 0 && (char.IsLetter(line[0]) || line[0] is '“' or '"' or '‘' or '*' or '_') && !PageLayout.IsRule(line);

    /// <summary>True when the line ends an item a list's last follows: "… Yemeni law, and", "… endorsed by the FGS; and", "…; or".</summary>
    internal static bool EndsBeforeLastItem(string line) => BeforeLastItem.IsMatch(line);

    /// <summary>True when the words are a page's number as the reading order prints it: "2/4".</summary>
    internal static bool IsPageNumber(string words) => PageNumber.IsMatch(words);

    /// <summary>
    /// True when an item's last printed line <paramref name="previous"/> ended on its comma with room left for the first
    /// word of <paramref name="line"/> (<see cref="ParagraphLastLine.LeavesRoom"/>): the item ended there, and the reader
    /// holds it whole for its closing words (<see cref="ClosingWords"/>). After a semicolon one line says no more than it
    /// did, for a mark in lower case follows it ("… reduction (CVR);" / "v) To foster …", S/RES/2677).
    /// </summary>
    private static bool EndedOnComma(string previous, string line, int width) =>
        previous.TrimEnd().EndsWith(",", StringComparison.Ordinal) && ParagraphLastLine.LeavesRoom(previous, line, width);

    /// <summary>
    /// The last line read, <paramref name="previous"/>, with the line above it where it is "and" or "or" alone, the item's
    /// last word that the page's width set on a line of its own ("… violations and abuses of human rights;" / "and" /
    /// "c. emphasises …", S/RES/2705 (2023)): the item it ends is the list's last but one all the same.
    /// </summary>
    private static string LastLines(List<string> output, string previous) =>
        ConjunctionAlone.IsMatch(previous) && output.Count > 1 ? Words(output[output.Count - 2]) + " " + previous : previous;

    /// <summary>
    /// True when <paramref name="previous"/> ended its unit without the punctuation the UN's file lost, leaving room on its
    /// line (<see cref="ParagraphLastLine.EndsUnpunctuated"/>), and <paramref name="line"/> opens a unit by its own words: a
    /// lead or a dash's item. A label or a number is not asked: a reference's "(a) of paragraph 3" may open a line a
    /// sentence wrapped short, and a table's cells printed column by column leave room on every line.
    /// </summary>
    private static bool EndsUnpunctuated(string previous, string line, int width, LeadVocabulary vocabulary) =>
        ParagraphLastLine.EndsUnpunctuated(InlineParser.Plain(previous), InlineParser.Plain(line), width)
        && !Labelled.IsMatch(InlineParser.Plain(line)) && !LabelAlone.IsMatch(InlineParser.Plain(line))
        && (OpensByItsWords(line, vocabulary) || DashItem.Opens(InlineParser.Plain(line)));

    /// <summary>True when the line ends a unit: ",", ";", ":" or ".", after which only quotation marks or a raised number's digits may stand.</summary>
    internal static bool EndsUnit(string line)
    {
        var trimmed = Trailing.Replace(line.TrimEnd(), string.Empty).TrimEnd('”', '’', '"', ' ');
        return trimmed.Length > 0 && trimmed[trimmed.Length - 1] is ',' or ';' or ':' or '.';
    }

    /// <summary>
    /// The next line after <paramref name="index"/> with words on it, past blank lines and a page's number ("1." /
    /// "2/4" / "Authorizes …" where a page ended under the number); null at the end.
    /// </summary>
    private static int? Next(string[] lines, int index)
    {
        // The lines of the page's note numbers, gathered at its foot, stand blank between a number and its text.
        for (var i = index + 1; i < lines.Length && i <= index + 12; i++)
        {
            if (i > index + 3 && lines[i].IndexOf('\f') >= 0)
            {
                return null;
            }

            // The page's number ("2/4"), which the reading order may set between a number and its text, is no text.
            if (Words(lines[i]).Length > 0 && !PageNumber.IsMatch(Words(lines[i])))
            {
                return i;
            }
        }

        return null;
    }
}

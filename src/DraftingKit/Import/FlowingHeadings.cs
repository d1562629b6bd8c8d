using System.Text.RegularExpressions;
using static DraftingKit.Import.PageLine;

namespace DraftingKit.Import;

/// <summary>
/// The headings of a text read in a PDF's reading order (<see cref="FlowingText"/>), where no blank line sets them
/// apart: a heading stands on lines of its own after a line that ended a unit, ends without a unit's punctuation,
/// and what follows it opens a text of its own (a number, a label, a lead, the formula, an annex or another heading):
/// "… as regular budget posts;" / "Budget performance report for the period from 1 July 2019 to 30 June 2020" /
/// "40.", or "Part I" / "Overall policymaking, direction and coordination" / "Section 1" / … / "32.". An annex's
/// designation ("Annex", "Annex I") stands apart after a unit's end or the closing meeting's date, and its title
/// under it; whatever follows the closing meeting line and its date opens a block of its own. The line after a
/// heading opens a paragraph, though the heading ended no unit.
/// </summary>
/// <remarks>
/// A heading runs on to its next line only where its line was full (some three quarters of the page's width) or
/// stops on a word no heading ends on ("… the United Nations Global Plan of" / "Action to Combat Trafficking in
/// Persons"); a short line is a heading of its own, so that headings over each other stay apart. A line the page's
/// width broke goes on below, though the short line there would read as a heading (<see cref="HeadingLineEnd"/>). The page's foot
/// (its number, notes under a rule line, the running header of the next page) stands between a heading at a page's
/// end and the text it heads.
/// </remarks>
internal sealed class FlowingHeadings
{
    /// <summary>How many headings may stand over each other before the text they head.</summary>
    private const int Chain = 4;

    /// <summary>How many lines one heading may run over.</summary>
    private const int HeadingLines = 3;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);


    /// <summary>A date alone on its line, as under the closing meeting line: "22 November 2021".</summary>
    private static readonly Regex DateAlone = new(@"^\d{1,2}\s\p{L}+\s\d{4}$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A heading's first words: a capital, or a year before a capitalised word ("2021 Political Declaration …").</summary>
    private static readonly Regex HeadingStart = new(@"^(?:\p{Lu}|\d{4}\s\p{Lu})", RegexOptions.CultureInvariant, Timeout);

    /// <summary>The page's foot between a heading and its text: the page's number ("7/10") or the job number ("20-17350").</summary>
    private static readonly Regex PageMark = new(@"^(?:\d{1,4}/\d{1,4}|\d{2}-\d{5}(?:\s.*)?)$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A list item's label, alone on its line or before its text: "(a)", "(a) to take note …".</summary>
    private static readonly Regex LabelOpens = new(@"^" + PrintedLabel.Pattern + @"(?:\s|$)", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A paragraph's number, alone on its line or before its text: "39.", "39. We will …".</summary>
    private static readonly Regex ParagraphNumber = new(@"^\d{1,3}\.(?:\s|$)", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A sentence's first word: a capital, or a quotation mark before one ("“State of judicial sale” means …").</summary>
    private static readonly Regex SentenceStart = new(@"^[“‘""]?\p{Lu}", RegexOptions.CultureInvariant, Timeout);

    /// <summary>A title's line that can only go on the line above: it opens in lower case or with a year, not a paragraph's number ("2015–2030", "review of").</summary>
    private static readonly Regex GoesOnTitle = new(@"^(?:\p{Ll}|\d{4}(?![.\d]))", RegexOptions.CultureInvariant, Timeout);

    /// <summary>The running header that opens a page after the first: the document's symbol ("A/RES/75/250 B", "S/RES/2709 (2023)").</summary>
    private static readonly Regex RunningHeader = new(@"^[A-Z]{1,3}/\S+(?:\s(?:[A-Z](?:[-–][A-Z])?|\(\d{4}\)))?$", RegexOptions.CultureInvariant, Timeout);

    private readonly string[] lines;
    private readonly Func<string, bool> opensByItsWords;
    private readonly int width;

    /// <summary>The formula's line: the header's blocks above it keep the lines the reading order gives them.</summary>
    private readonly int body;

    /// <summary>The last line of the heading read last; -1 when none is open.</summary>
    private int end = -1;

    /// <summary>True when the heading read last is an annex's designation, so that its title follows.</summary>
    private bool annex;

    /// <param name="lines">The text's lines, its notes gathered at each page's foot.</param>
    /// <param name="opensByItsWords">True for a line whose first words open a paragraph: a number, a label, a lead, the formula.</param>
    /// <param name="body">The formula's line, where the text that headings divide begins.</param>
    public FlowingHeadings(string[] lines, Func<string, bool> opensByItsWords, int body)
    {
        this.lines = lines;
        this.body = body;
        this.opensByItsWords = opensByItsWords;
        var lengths = lines.Select(line => Words(line).Length).Where(length => length > 0).OrderBy(length => length).ToList();
        width = lengths.Count == 0 ? 0 : lengths[lengths.Count * 9 / 10];
    }

    /// <summary>
    /// True when the line at <paramref name="index"/> opens a block as a heading, an annex's title, or the text after
    /// one; <paramref name="previous"/> and <paramref name="beforePrevious"/> are the words of the two lines before it.
    /// Called in order for each line of words.
    /// </summary>
    public bool Opens(int index, string previous, string beforePrevious)
    {
        var line = Words(lines[index]);
        if (index <= body || line.Length == 0 || PageMark.IsMatch(line) || end >= index)
        {
            return false;
        }

        var afterHeading = end >= 0 && Below(end) == index;
        var underAnnex = afterHeading && annex;
        end = -1;
        annex = false;
        if (underAnnex)
        {
            // The annex's title, on as many lines as it runs: the text under it opens after it.
            end = TitleEnd(index);
            return true;
        }

        var afterMeeting = DateAlone.IsMatch(previous) && AdoptedResolutionReader.IsMeetingLine(InlineParser.Plain(beforePrevious));
        // The running header that opens a page stands after the previous page's last unit, as a blank line would.
        var unitEnded = afterHeading || afterMeeting || previous.Length == 0 || FlowingText.EndsUnit(previous) || RunningHeader.IsMatch(previous);
        if (unitEnded && AnnexHeadingLine.IsMatch(line))
        {
            end = index;
            annex = true;
            return true;
        }

        if (unitEnded && HeadingEnd(index, 0) is int last)
        {
            end = last;
            return true;
        }

        if (unitEnded && IntroducesNumbered(index, previous))
        {
            end = index;
            return true;
        }

        return afterHeading || afterMeeting;
    }

    /// <summary>
    /// True when the line at <paramref name="index"/> goes on the heading read last, a line of its that opens nothing
    /// of its own though the line above ended on a comma ("… Reconciliation in Mali," / "Political Transition and
    /// elections"). Asked before <see cref="Opens"/> for the same line.
    /// </summary>
    public bool GoesOn(int index) => index > body && index <= end;

    /// <summary>True when the line, alone in its block, reads as a heading: a capital first, no unit's punctuation or open word at its end, no lead.</summary>
    public static bool IsHeadingLine(string line, Func<string, bool> opensByItsWords)
    {
        line = Words(line);
        return line.Length > 0 && HeadingStart.IsMatch(line) && !FlowingText.EndsUnit(line) && !UnitEnd.EndsOpen(line) && !opensByItsWords(line)
            && !PageMark.IsMatch(line) && !PageLayout.IsRule(line);
    }

    /// <summary>
    /// True when the line opens as a heading does: a capital, or a year before a capitalised word; or its own
    /// designation before its title ("Part 2: supporting state- and peace-building in Somalia" / "2a: Security sector
    /// reform …" / "13.", S/RES/2607 (2021)), such a heading over the numbered paragraph it heads (<see cref="HeadingEnd"/>).
    /// </summary>
    private static bool StartsHeading(string line) => HeadingStart.IsMatch(line) || DesignationLine.OpensTitle(line);

    /// <summary>The last line of a heading that opens at <paramref name="index"/>; null when the line opens none.</summary>
    private int? HeadingEnd(int index, int depth)
    {
        var line = Words(lines[index]);

        // Under a designation alone on its line, a title may open with a participle ("VIII" / "Addressing the
        // deteriorating conditions …"): it is the title where its lines end no unit before the text under them opens.
        // So may a heading of its own, as the Security Council heads its sections ("Degrading the threat posed by
        // Al-Shabaab, and the Arms Embargo on Al‑Shabaab" / "Expressing grave concern …", S/RES/2713 (2023);
        // "Maintaining momentum on the security transition" / "Actions" / "10.", S/RES/2710 (2023)): a paragraph the
        // participle opens goes on to its unit's end, and a line it did not fill runs on into no lead, number or heading.
        // A label under it ("… decided to recommend to the General Assembly" / "(a) to take note …") is its sentence's.
        var designated = index > 0 && DesignationLine.Is(Words(lines[index - 1]));
        var participle = !designated && ParticipleLead.Opens(InlineParser.Plain(line));
        if (participle && Below(index) is int under && LabelOpens.IsMatch(Words(lines[under])))
        {
            return null;
        }

        var titled = designated || participle;
        if (!StartsHeading(line) || (opensByItsWords(line) && !titled) || AnnexHeadingLine.IsMatch(line) || RunningHeader.IsMatch(line) || PageLayout.IsRule(line))
        {
            return null;
        }

        var last = index;
        for (var k = 0; k < HeadingLines; k++)
        {
            var words = Words(lines[last]);
            var next = last + 1;
            var broken = next < lines.Length && Words(lines[next]) is { Length: > 0 } following && !opensByItsWords(following) && HeadingLineEnd.PageBroke(words, following, width);
            // A heading with its own designation stands over a numbered paragraph: over prose its line is the sentence's.
            if (!FlowingText.EndsUnit(words) && !UnitEnd.EndsOpen(words) && !broken && BelowOpens(index, last, depth)
                && !(DesignationLine.OpensTitle(line) && !(Below(last) is int numbered && ParagraphNumber.IsMatch(Words(lines[numbered])))))
            {
                return last;
            }

            // A heading the page's width broke after a comma between its parts goes on where the next line is its rest,
            // opening no text of its own and ending no unit ("Implementation of the Agreement on Peace and
            // Reconciliation in Mali," / "Political Transition and elections" / "1.", S/RES/2584 (2021) as printed).
            var brokenAfterComma = !titled && words.EndsWith(",", StringComparison.Ordinal) && next < lines.Length && lines[next].IndexOf('\f') < 0
                && Words(lines[next]) is { Length: > 0 } rest && HeadingStart.IsMatch(rest) && !opensByItsWords(rest) && !FlowingText.EndsUnit(rest) && !UnitEnd.EndsOpen(rest);

            // A heading the participle opens is one line: over more, the lead's paragraph goes on to its unit's end.
            if (participle || !(RunsOn(words) || brokenAfterComma) || next >= lines.Length || lines[next].IndexOf('\f') >= 0 || Words(lines[next]) is not { Length: > 0 } below || opensByItsWords(below))
            {
                return null;
            }

            last = next;
        }

        return null;
    }

    /// <summary>
    /// True when the line at <paramref name="index"/> is a heading that ends in a colon over the numbered paragraphs it
    /// introduces ("… to those in need." / "We commit to taking the following actions:" / "39.", A/RES/76/258): one
    /// line shorter than the page's, a capital first and no lead, under a paragraph's end (a full stop, a semicolon, or
    /// a colon that introduced no list: "… in line with existing United Nations guidelines and regulations:" / "United
    /// Nations and International Support:" / "21.", S/RES/2677 (2023)) that left room on its line for the heading's
    /// first word, so that the paragraph above ended there, and over a paragraph's number. A sentence that goes on its
    /// paragraph's text stands under a full line; after a comma such a line closes a preamble's sentence.
    /// </summary>
    private bool IntroducesNumbered(int index, string previous)
    {
        var line = Words(lines[index]);
        return line.EndsWith(":", StringComparison.Ordinal) && line.Length < width * 3 / 4 && HeadingStart.IsMatch(line) && !opensByItsWords(line)
            && (HeadingLineEnd.EndsSentence(previous) || previous.TrimEnd().EndsWith(":", StringComparison.Ordinal)) && !PageLayout.IsSoftBreak(previous, line, width)
            && Below(index) is int next && ParagraphNumber.IsMatch(Words(lines[next]));
    }

    /// <summary>
    /// The last line of an annex's title that opens at <paramref name="index"/>: it runs on while its lines are full or
    /// stop on an open word, or while the next line opens in lower case or with a year (a centred title's lines are
    /// short: "… on the midterm" / "review of the Sendai Framework …" / "2015–2030"). A formula, the organ's or the
    /// adopted text's own ("The States Parties to this Convention,"), a lead, or a line that opens a unit by its
    /// first word after a line that stopped on a word a title ends on ("… improving global road safety" / "The 2030
    /// horizon for road safety: …", a heading of its own) ends it, though the title's line was full.
    /// </summary>
    private int TitleEnd(int index)
    {
        var last = index;
        for (var k = 1; k < HeadingLines && last + 1 < lines.Length && Words(lines[last + 1]) is { Length: > 0 } below
            && (RunsOn(Words(lines[last])) || GoesOnTitle.IsMatch(below)) && lines[last + 1].IndexOf('\f') < 0 && !opensByItsWords(below)
            && !AdoptedTextFormula.Opens(InlineParser.Plain(below)) && !DesignationLine.Is(below) && (UnitEnd.EndsOpen(Words(lines[last])) || !UnitEnd.OpensUnit(InlineParser.Plain(below))); k++)
        {
            last++;
        }

        return last;
    }

    /// <summary>True when a heading's line goes on on the next: it was full, or it stops on a word no heading ends on; never after a sentence's end (<see cref="HeadingLineEnd"/>).</summary>
    private bool RunsOn(string words) => (words.Length >= width * 3 / 4 || UnitEnd.EndsOpen(words)) && !HeadingLineEnd.EndsSentence(words);

    /// <summary>
    /// True when the text after the heading from <paramref name="first"/> to <paramref name="last"/> opens a text of its
    /// own: a table's row ("Action\tTitle of post\tCategory") too, where no row stands over the heading (inside a
    /// table, a line without a tab over a row is a cell the page's width broke).
    /// </summary>
    private bool BelowOpens(int first, int last, int depth)
    {
        if (Below(last) is not int next)
        {
            return false;
        }

        var words = Words(lines[next]);
        return opensByItsWords(words) || AnnexHeadingLine.IsMatch(words) || (PrintedTable.IsRow(words) && !(first > 0 && PrintedTable.IsRow(lines[first - 1])))
            || (Designated(first) && SentenceStart.IsMatch(words))
            || (depth < Chain && HeadingEnd(next, depth + 1) is not null);
    }

    /// <summary>
    /// True when the heading at <paramref name="first"/> is a designation alone on its line or the title under one: a
    /// treaty's article sets its text under them though no lead or number opens it ("Article 1" / "Purpose" / "This
    /// Convention governs …", A/RES/77/100; "Article 6" / "The date of receipt …", A/RES/76/120), so the sentence below
    /// opens that text.
    /// </summary>
    private bool Designated(int first) => DesignationLine.Is(Words(lines[first])) || (first > 0 && DesignationLine.Is(Words(lines[first - 1])));

    /// <summary>The next line of words after <paramref name="index"/>, past the page's foot; null at the end.</summary>
    private int? Below(int index) => Below(lines, index);

    /// <summary>
    /// The next line of words of <paramref name="lines"/> after <paramref name="index"/>, past the page's foot (its number,
    /// the job number, the notes under a rule line, the next page's running header); null at the end.
    /// </summary>
    internal static int? Below(string[] lines, int index)
    {
        for (var i = index + 1; i < lines.Length && i <= index + 40; i++)
        {
            var words = Words(lines[i]);
            if (words.Length == 0 || PageMark.IsMatch(words) || (lines[i].IndexOf('\f') >= 0 && RunningHeader.IsMatch(words)))
            {
                continue;
            }

            if (PageLayout.IsRule(words))
            {
                // The page's notes run to the next blank line.
                while (i + 1 < lines.Length && Words(lines[i + 1]).Length > 0)
                {
                    i++;
                }

                continue;
            }

            return i;
        }

        return null;
    }
}

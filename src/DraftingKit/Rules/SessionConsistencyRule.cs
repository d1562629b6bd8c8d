using System.Globalization;
using System.Text.RegularExpressions;
using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>
/// DK7023: sessions and dates that cannot go together. In the front matter of a General Assembly text numbered
/// "76/10", a session other than the seventy-sixth or a date of adoption outside it (a session opens in September and
/// ends before the next opens, so the seventy-sixth runs from September 2021 to September 2022); a Council text
/// numbered "2504 (2020)" adopted in another year. In the text, a session of the General Assembly given a year it does
/// not span ("at its seventy-ninth session, in 2027"), and a report requested for a session of the Assembly already
/// past ("to report to the General Assembly at its seventy-fifth session" in a text of the seventy-sixth).
/// Other bodies' sessions are not judged: their calendars are their own.
/// </summary>
internal sealed class SessionConsistencyRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.SessionConsistency, "session-consistency", RuleCategory.Style, DraftingSeverity.Warning,
        "Session inconsistent with the text's number or date",
        "{0}",
        fix: DraftingFix.None("None: which of the two is wrong (the session, the number, the date or the year) only the drafter knows."),
        organs: "The General Assembly (front matter, sessions in the text) and the Security Council (front matter)",
        scope: RuleScope.Paragraph);

    private static readonly Lazy<string> Ordinal = new(() =>
    {
        var words = new List<string>();
        for (var n = 199; n >= 1; n--)
        {
            words.Add(Numerals.ToOrdinalWords(n));
        }

        words.Sort((a, b) => b.Length.CompareTo(a.Length));
        return string.Join("|", words);
    });

    // "the General Assembly at its seventy-ninth session, in 2025", "the eightieth session of the General Assembly, in 2026".
    private const string SessionYearPattern =
        @"(?:\bthe\s(?:General\s)?Assembly,?\s(?:at|during|in)\sits\s(?<ord>{0})\ssession|\b(?<ord2>{0})\ssession\sof\sthe\sGeneral\sAssembly),?\s(?:held\s|to\sbe\sheld\s)?in\s(?<year>(?:19|20)[0-9]{{2}})\b(?![–-])";

    // "to submit to the General Assembly at its seventy-fifth session a report", "for submission to the Assembly at its …".
    private const string ReportAtPattern =
        @"\b(?:to\sreport|to\ssubmit|for\ssubmission|to\spresent|for\sconsideration|to\stransmit)\b[^;.]{{0,160}}?\bthe\s(?:General\s)?Assembly\sat\sits\s(?<ord>{0})\ssession\b";

    private static readonly Lazy<Regex> SessionYear = new(() => Pattern(SessionYearPattern, anchored: false));

    private static readonly Lazy<Regex> ReportAt = new(() => Pattern(ReportAtPattern, anchored: false));

    // The same patterns tried at one offset: at the words before each "session" (MatchesBeforeLiteral).
    private static readonly Lazy<Regex> SessionYearAt = new(() => Pattern(SessionYearPattern, anchored: true));

    private static readonly Lazy<Regex> ReportAtAt = new(() => Pattern(ReportAtPattern, anchored: true));

    // How far into a match its "session" may start: the longest opening of each pattern before the ordinal, the
    // longest ordinal and the space after it.
    private static readonly Lazy<int> LongestOrdinal = new(() =>
    {
        var longest = 0;
        for (var n = 1; n <= 199; n++)
        {
            longest = Math.Max(longest, Numerals.ToOrdinalWords(n).Length);
        }

        return longest;
    });

    // The words a match opens with: "the" and the first word of an ordinal ("seventy" of "seventy-ninth", "one" of
    // "one hundred and first") for the first pattern; "to" and "for" for the second.
    private static readonly Lazy<DraftingKit.Text.WordSet> SessionYearOpenings = new(() =>
    {
        var words = new List<string> { "the" };
        for (var n = 1; n <= 199; n++)
        {
            var ordinal = Numerals.ToOrdinalWords(n);
            words.Add(ordinal.Substring(0, DraftingKit.Text.WordSet.WordLength(ordinal, 0)));
        }

        return new DraftingKit.Text.WordSet(words);
    });

    private static readonly DraftingKit.Text.WordSet ReportAtOpenings = new(new[] { "to", "for" });

    private static int SessionYearReach => "the General Assembly, during its ".Length + LongestOrdinal.Value + 1;

    private static int ReportAtReach => "for consideration".Length + 160 + "the General Assembly at its ".Length + LongestOrdinal.Value + 1;

    private static Regex Pattern(string pattern, bool anchored) => new(
        (anchored ? @"\G" : string.Empty) + string.Format(CultureInfo.InvariantCulture, pattern, Ordinal.Value),
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    private static readonly Regex AssemblyNumber = new(@"^(?<session>[0-9]{2,3})/[0-9]{1,4}", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex CouncilNumber = new(@"^[0-9]{1,4}\s\((?<year>[0-9]{4})\)$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        var header = context.Document.Header;
        CheckFrontMatter(context, header);
        if (header.Organ.Name != Organ.GeneralAssembly.Name)
        {
            return;
        }

        var own = header.Session ?? (AssemblyNumber.Match(header.Number ?? string.Empty) is { Success: true } number ? int.Parse(number.Groups["session"].Value, CultureInfo.InvariantCulture) : (int?)null);
        foreach (var text in TextRuns.Everywhere(context.Document))
        {
            var plain = text.PlainText;
            if (!NamesASession(plain))
            {
                continue;
            }

            foreach (var match in MatchesBeforeLiteral.Find(SessionYearAt.Value, plain, "session", SessionYearReach, SessionYearOpenings.Value))
            {
                var ordinal = match.Groups["ord"].Success ? match.Groups["ord"] : match.Groups["ord2"];
                var session = Session(ordinal.Value);
                var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
                if (session >= 31 && year != 1945 + session && year != 1946 + session)
                {
                    var span = context.Locator.Locate(text, match.Groups["year"].Index, 4);
                    context.Report(Rule, span, string.Format(CultureInfo.InvariantCulture,
                        "The {0} session of the General Assembly runs from September {1} to September {2}, not in {3}; one of the two is wrong",
                        ordinal.Value, 1945 + session, 1946 + session, year));
                }
            }
        }

        if (own is not int current)
        {
            return;
        }

        foreach (var (paragraph, _, _) in Paragraphs.Operative(context))
        {
            var plain = paragraph.Text.PlainText;
            if (!NamesASession(plain))
            {
                continue;
            }

            foreach (var match in MatchesBeforeLiteral.Find(ReportAtAt.Value, plain, "session", ReportAtReach, ReportAtOpenings))
            {
                var ordinal = match.Groups["ord"];
                if (Session(ordinal.Value) < current && !Recounted(plain, match.Index))
                {
                    var span = context.Locator.Locate(paragraph.Text, ordinal.Index, ordinal.Length);
                    context.Report(Rule, span, string.Format(CultureInfo.InvariantCulture,
                        "A report is requested for the {0} session, but the text is of the {1} session; a report goes to a later session, usually the {2}",
                        ordinal.Value, Numerals.ToOrdinalWords(current), Numerals.ToOrdinalWords(current + 1)));
                }
            }
        }
    }

    // PERF: both patterns try an alternation of 199 ordinals from every word; each needs the word "session", which
    // most texts do not hold (normalizing the text, as the patterns read it, changes no letter of it).
    internal static bool NamesASession(string plain) => plain.IndexOf("session", StringComparison.Ordinal) >= 0;

    /// <summary>The two patterns of the text, for the test that the prefilter never rules out a text they match.</summary>
    internal static IEnumerable<Regex> PatternsForTests => new[] { SessionYear.Value, ReportAt.Value };

    /// <summary>
    /// The matches of the two patterns in <paramref name="plain"/> as the rule finds them (at the words before each
    /// "session"), for the test that holds them to a scan of the whole text.
    /// </summary>
    internal static (IReadOnlyList<Match> SessionYears, IReadOnlyList<Match> ReportsAt) MatchesForTests(string plain) =>
        (MatchesBeforeLiteral.Find(SessionYearAt.Value, plain, "session", SessionYearReach, SessionYearOpenings.Value), MatchesBeforeLiteral.Find(ReportAtAt.Value, plain, "session", ReportAtReach, ReportAtOpenings));

    private static void CheckFrontMatter(RuleContext context, DocumentHeader header)
    {
        var number = header.Number ?? string.Empty;
        if (header.Organ.Name == Organ.GeneralAssembly.Name && AssemblyNumber.Match(number) is { Success: true } assembly)
        {
            var session = int.Parse(assembly.Groups["session"].Value, CultureInfo.InvariantCulture);
            if (header.Session is int stated && stated != session && header.SpanOf("session") is { } sessionSpan)
            {
                context.Report(Rule, sessionSpan, string.Format(CultureInfo.InvariantCulture,
                    "The text is numbered {0}, a text of the {1} session, but its session is given as {2}; write session: {3}",
                    number, Numerals.ToOrdinalWords(session), stated, session));
            }

            if (session >= 31 && header.Adopted is { } adopted && header.SpanOf("adopted") is { } adoptedSpan
                && (adopted.CompareTo(new UnDate(1945 + session, 9, 1)) < 0 || adopted.CompareTo(new UnDate(1946 + session, 9, 30)) > 0))
            {
                context.Report(Rule, adoptedSpan, string.Format(CultureInfo.InvariantCulture,
                    "The text is numbered {0}, a text of the {1} session (September {2} to September {3}), but is dated {4}; one of the two is wrong",
                    number, Numerals.ToOrdinalWords(session), 1945 + session, 1946 + session, adopted));
            }
        }

        if (header.Organ.Name == Organ.SecurityCouncil.Name && CouncilNumber.Match(number) is { Success: true } council
            && header.Adopted is { } date && header.SpanOf("adopted") is { } span
            && int.Parse(council.Groups["year"].Value, CultureInfo.InvariantCulture) != date.Year)
        {
            context.Report(Rule, span, string.Format(CultureInfo.InvariantCulture,
                "The text is numbered {0}, a resolution of {1}, but is dated {2}; one of the two is wrong", number, council.Groups["year"].Value, date));
        }
    }

    // "and requested the Secretary-General to present … at its seventy-fifth session": an earlier request recounted.
    private static readonly Regex PastRequest = new(@"\b(?:requested|invited|decided|asked|called\supon|mandated|encouraged|urged|was|were|had)\b[^;]{0,60}$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static bool Recounted(string plain, int at)
    {
        var start = Math.Max(0, at - 80);
        return PastRequest.IsMatch(plain.Substring(start, at - start));
    }

    private static int Session(string ordinal)
    {
        for (var n = 1; n <= 199; n++)
        {
            if (Numerals.ToOrdinalWords(n) == ordinal)
            {
                return n;
            }
        }

        return 0;
    }
}

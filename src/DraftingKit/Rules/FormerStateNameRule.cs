using System.Globalization;
using System.Text.RegularExpressions;
using DraftingKit.Diagnostics;
using DraftingKit.Model;
using DraftingKit.Reports;

namespace DraftingKit.Rules;

/// <summary>
/// DK7025: a State named by a name it had given up before the text was written ("Turkey" in a text of 2023, "Swaziland",
/// "the former Yugoslav Republic of Macedonia", "the Czech Republic", "Cape Verde"). The names and the days they changed
/// are those of the UN's list of Member States (<c>member-states.tsv</c>, with the source of each date). The old name
/// stays right where the text speaks of the past, so these are not judged: a clause that dates what it tells before
/// the change ("held in Istanbul, Turkey, on 23 and 24 May 2016", "signed by … Turkey on 5 March 2020"), a name after a
/// city with no year (the venue of an event, "Istanbul, Turkey;"), a title in italics or quotation marks, annexes
/// (which may reproduce a State's own designations), and a name that lives on inside its successor ("Palestine").
/// </summary>
internal sealed class FormerStateNameRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.FormerStateName, "former-state-name", RuleCategory.Style, DraftingSeverity.Warning,
        "State named by a name it no longer bears",
        "'{0}' is the name the State bore until {1}; since {2} the UN writes '{3}' ({4}); write '{5}'",
        fix: DraftingFix.Always("Write the State's present name", "Writes the name in use since the change (\"Turkey\" → \"Türkiye\", \"the Czech Republic\" → \"Czechia\")."),
        organs: "All",
        scope: RuleScope.Paragraph);

    /// <summary>One change of name the rule judges: the old form, the new one and the last day of the old.</summary>
    private sealed record Change(StateName Old, StateName New, UnDate Until);

    private static readonly Lazy<(Regex Pattern, Dictionary<string, Change> ByBare)> Changes = new(Build);

    // PERF: every match holds one of the old names (its longest stretch without an apostrophe, which the pattern reads
    // either way); a text with none is skipped without trying the pattern from each of its words.
    private static readonly Lazy<DraftingKit.Text.Literals> OldNames = new(() => new(Changes.Value.ByBare.Keys.Select(
        name => name.Split('\'').OrderByDescending(part => part.Length).First())));

    // "2016", "5 March 2020": what dates a clause. A year inside a symbol ("A/RES/2020/1") is not a date.
    private static readonly Regex Dated = new(
        @"(?<![\w/.-])(?:(?<day>\d{1,2})\s(?<month>" + UnDate.MonthAlternation + @")\s)?(?<year>1[89]\d\d|20\d\d)(?![\w/])",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    // A capitalized word and a comma just before the name: a city ("Istanbul, Turkey") or, when it is a State, a list.
    private static readonly Regex PlaceBefore = new(
        @"(?<place>[A-Z][\p{L}’'-]*(?:\s[A-Z][\p{L}’'-]*){0,3}),\s$",
        RegexOptions.CultureInvariant | RegexOptions.RightToLeft,
        TimeSpan.FromSeconds(1));

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        if (TextDate(context.Document.Header) is not { } written)
        {
            return; // A text with no date, session or year cannot say which name was in use.
        }

        var (pattern, byBare) = Changes.Value;
        foreach (var text in DocumentText.RunningText(context.Document))
        {
            // One character for one: "Czech\u00A0Republic" is read as printed, and offsets stay the text's.
            var plain = DraftingKit.Text.PrintedText.Normalize(text.PlainText);
            if (!MayName(plain))
            {
                continue;
            }

            List<(int Start, int End)>? italics = null;
            foreach (var match in RegexMatches.AllOrNone(pattern, plain))
            {
                var change = byBare[match.Groups["name"].Value];
                if (written.CompareTo(change.Until) <= 0 || IsQuoted(plain, match.Index) || SpeaksOfThePast(plain, match, change))
                {
                    continue;
                }

                italics ??= ItalicRanges(text);
                if (italics.Any(r => match.Index >= r.Start && match.Index < r.End))
                {
                    continue; // A title: a report or publication keeps the name it was issued under.
                }

                Report(context, text, match, change);
            }
        }
    }

    private static void Report(RuleContext context, InlineText text, Match match, Change change)
    {
        // The article is part of the old name only when the UN wrote it with one ("the Czech Republic"); "the Turkey–Syria
        // border" keeps its "the".
        var oldHasArticle = change.Old.Name.StartsWith("the ", StringComparison.Ordinal);
        var hadArticle = oldHasArticle && match.Groups["the"].Success;
        var written = hadArticle ? match.Value : match.Groups["name"].Value;
        var right = hadArticle || !oldHasArticle ? change.New.Name : StateNames.WithoutArticle(change.New.Name);
        if (hadArticle && match.Groups["the"].Value[0] == 'T' && right.StartsWith("the ", StringComparison.Ordinal))
        {
            right = "T" + right.Substring(1);
        }

        var start = hadArticle ? match.Index : match.Groups["name"].Index;
        var span = context.Locator.Locate(text, start, written.Length, out var exact);
        var from = new DateTime(change.Until.Year, change.Until.Month, change.Until.Day).AddDays(1);
        context.Report(
            Rule,
            span,
            exact ? new[] { context.Edit(span.Start, span.Length, right) } : null,
            written,
            change.Until.ToString(),
            new UnDate(from.Year, from.Month, from.Day).ToString(),
            change.New.Name,
            change.New.Source,
            right);
    }

    /// <summary>
    /// True when the clause around the name dates what it tells on or before the change (a year or a date no later
    /// than the old name's last one), or names a city before it with no year at all: the venue of an event.
    /// </summary>
    private static bool SpeaksOfThePast(string plain, Match match, Change change)
    {
        var start = ClauseStart(plain, match.Index);
        var end = ClauseEnd(plain, match.Index + match.Length);
        var clause = plain.Substring(start, end - start);
        var dated = false;
        foreach (Match date in Dated.Matches(clause))
        {
            dated = true;
            var year = int.Parse(date.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (date.Groups["day"].Success && UnDate.TryParse(date.Value, out var full))
            {
                if (full.CompareTo(change.Until) <= 0)
                {
                    return true;
                }
            }
            else if (year <= change.Until.Year)
            {
                return true;
            }
        }

        if (dated)
        {
            return false;
        }

        var before = plain.Substring(start, match.Groups["name"].Index - start);
        var place = PlaceBefore.Match(before);
        return place.Success && StateNames.Default.FindIgnoringArticle(place.Groups["place"].Value).Count == 0;
    }

    private static int ClauseStart(string plain, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (plain[i] == ';' || (plain[i] == '.' && i + 1 < plain.Length && char.IsWhiteSpace(plain[i + 1]) && i > 0 && char.IsLower(plain[i - 1])))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static int ClauseEnd(string plain, int index)
    {
        for (var i = index; i < plain.Length; i++)
        {
            if (plain[i] == ';' || (plain[i] == '.' && (i + 1 == plain.Length || char.IsWhiteSpace(plain[i + 1])) && i > 0 && char.IsLower(plain[i - 1])))
            {
                return i;
            }
        }

        return plain.Length;
    }

    /// <summary>True inside curly quotation marks: a cited title or a quotation reproduces its source.</summary>
    private static bool IsQuoted(string plain, int index) =>
        plain.LastIndexOf('“', index) is var open and >= 0 && plain.LastIndexOf('”', index) < open;

    /// <summary>The stretches of <paramref name="text"/>'s plain text that are in italics.</summary>
    private static List<(int Start, int End)> ItalicRanges(InlineText text)
    {
        var ranges = new List<(int, int)>();
        var offset = 0;
        Walk(text, false, ref offset, ranges);
        return ranges;
    }

    private static void Walk(InlineText text, bool italic, ref int offset, List<(int, int)> ranges)
    {
        foreach (var inline in text.Inlines)
        {
            switch (inline)
            {
                case TextRun run:
                    if (italic)
                    {
                        ranges.Add((offset, offset + run.Text.Length));
                    }

                    offset += run.Text.Length;
                    break;
                case Emphasis emphasis:
                    Walk(emphasis.Content, true, ref offset, ranges);
                    break;
                case StrongEmphasis strong:
                    Walk(strong.Content, italic, ref offset, ranges);
                    break;
                case DocumentLink link:
                    Walk(link.Content, italic, ref offset, ranges);
                    break;
            }
        }
    }

    /// <summary>
    /// The earliest day the text can have been written: its date of adoption or issue, else the first of September of
    /// its Assembly session, else the first of January of a Council resolution's year; null when nothing dates it.
    /// </summary>
    internal static UnDate? TextDate(DocumentHeader header)
    {
        if (header.Adopted is { } adopted)
        {
            return adopted;
        }

        if (header.Issued is { } issued)
        {
            return issued;
        }

        if (header.Organ.Name == Organ.GeneralAssembly.Name && header.Session is { } session and >= 1)
        {
            return new UnDate(1945 + session, 9, 1);
        }

        var number = header.Number ?? string.Empty;
        var open = number.LastIndexOf('(');
        return open >= 0 && number.EndsWith(")", StringComparison.Ordinal)
            && int.TryParse(number.Substring(open + 1, number.Length - open - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1946 and <= 9999
            ? new UnDate(year, 1, 1)
            : null;
    }


    /// <summary>True when <paramref name="plain"/> (in its printed normal form) holds one of the old names: the prefilter.</summary>
    internal static bool MayName(string plain) => OldNames.Value.AnyIn(plain);

    internal static Regex PatternForTests => Changes.Value.Pattern;

    private static (Regex, Dictionary<string, Change>) Build()
    {
        var names = StateNames.Default;
        var byBare = new Dictionary<string, Change>(StringComparer.Ordinal);
        foreach (var old in names.Names)
        {
            if (old.RenamedTo is not { } next || old.Until is not { } until || names.Find(next) is not { } successor)
            {
                continue;
            }

            var bare = StateNames.WithoutArticle(old.Name);
            if (successor.Name.IndexOf(bare, StringComparison.Ordinal) >= 0)
            {
                continue; // "Palestine" lives on in "the State of Palestine", and names the territory and the question.
            }

            byBare[bare] = new Change(old, successor, until);
        }

        var alternatives = byBare.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Select(k => Regex.Escape(k).Replace("'", "['’]"));
        var pattern = new Regex(
            @"(?<![\p{L}\d-])(?<the>[Tt]he\s+)?(?<name>" + string.Join("|", alternatives) + @")(?![\p{L}\d-])",
            RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));
        return (pattern, byBare);
    }
}

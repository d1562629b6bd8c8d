using System.Globalization;
using System.Text.RegularExpressions;
using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>
/// DK5040: a statement by the President of the Security Council is cited by its symbol, "S/PRST/2023/1": the series,
/// the year it was made in four figures (the series opens in 1994) and its number in that year, with no leading zero.
/// The year in the symbol is the year of the statement, so it agrees with the date printed beside it ("its
/// presidential statement of 2 March 2023 (S/PRST/2023/1)", "(S/PRST/2010/16) of 25 August 2010") and is not later
/// than the citing text. The catalog holds no statements: whether the number exists, or the date is the statement's
/// own day, is not checked.
/// </summary>
internal sealed class PresidentialStatementRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.PresidentialStatement, "presidential-statement", RuleCategory.Citations, DraftingSeverity.Warning,
        "Presidential statement cited by a malformed symbol or with a date of another year",
        "{0}",
        fix: DraftingFix.None("None: whether the symbol or the date is wrong, and which statement was meant, only the drafter knows."),
        organs: "All: any text may cite the Council's statements (71 of the Council's 261 resolutions of 2020-2024 do)",
        scope: RuleScope.Paragraph);

    /// <summary>The year of the first statement in the series (S/PRST/1994/1).</summary>
    private const int FirstYear = 1994;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private const string Date = @"[0-9]{1,2}\s(?:January|February|March|April|May|June|July|August|September|October|November|December)\s[0-9]{4}";

    // What the drafter wrote as a statement's symbol: the series and whatever elements follow it, up to a space,
    // comma, semicolon or bracket ("S/PRST/2023/1", "S/PRST/23/1", "S/PRST/2023").
    private static readonly Regex Cited = new(@"\bS/PRST(?:/ ?[0-9A-Za-z.]*)*", RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex WellFormed = new(@"^S/PRST/(?<year>[0-9]{4})/[1-9][0-9]{0,2}(?:/(?:Corr|Rev)\.[1-9][0-9]?)?$", RegexOptions.CultureInvariant, Timeout);

    // "of 2 March 2023 (S/PRST/2023/1)", "16 April 2012, (S/PRST/2012/13)": the date just before the parenthesis.
    private static readonly Regex DateBefore = new(@"\b(?<date>" + Date + @"),?\s?\(\s?$", RegexOptions.CultureInvariant, Timeout);

    // "(S/PRST/2010/16) of 25 August 2010", "S/PRST/2021/5 of 10 March 2021": the date just after.
    private static readonly Regex DateAfter = new(@"^(?<close>\))?,?\s+of\s+(?<date>" + Date + @")\b", RegexOptions.CultureInvariant, Timeout);

    // "S/PRST/2011/16 and S/PRST/2012/6) of …": a later symbol of a list; the date after the list is not its own.
    private static readonly Regex InList = new(@"(?:,|\band|\bor)\s?$", RegexOptions.CultureInvariant, Timeout);

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        var header = context.Document.Header;
        var own = header.Adopted ?? header.Issued;
        foreach (var text in TextRuns.Everywhere(context.Document))
        {
            var plain = text.PlainText;

            // PERF: most paragraphs cite no statement.
            if (plain.IndexOf("S/PRST", StringComparison.Ordinal) < 0)
            {
                continue;
            }

            plain = text.PrintedPlainText;
            foreach (var match in RegexMatches.AllOrNone(Cited, plain))
            {
                var symbol = match.Value.TrimEnd('.', '/');
                if (Problem(plain, match.Index, symbol, own) is { } message)
                {
                    context.Report(Rule, context.Locator.Locate(text, match.Index, symbol.Length), message);
                }
            }
        }
    }

    /// <summary>What is wrong with the statement cited as <paramref name="symbol"/> at <paramref name="at"/>, or null.</summary>
    internal static string? Problem(string plain, int at, string symbol, UnDate? own)
    {
        var form = WellFormed.Match(symbol);
        if (!form.Success)
        {
            return string.Format(CultureInfo.InvariantCulture,
                "'{0}' is not the symbol of a presidential statement; write the series, the year in four figures and the number, as S/PRST/2023/1", symbol);
        }

        var year = int.Parse(form.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year < FirstYear)
        {
            return string.Format(CultureInfo.InvariantCulture,
                "'{0}' cannot exist: the presidential statements are numbered S/PRST from {1}; an earlier statement is cited by its S/ document symbol", symbol, FirstYear);
        }

        if (own is { } dated && year > dated.Year)
        {
            return string.Format(CultureInfo.InvariantCulture,
                "'{0}' is a statement of {1}, later than this text of {2}; the year in the symbol is the year of the statement", symbol, year, dated);
        }

        if (PrintedDate(plain, at, at + symbol.Length) is { } date && UnDate.TryParse(date, out var printed) && printed.Year != year)
        {
            return string.Format(CultureInfo.InvariantCulture,
                "'{0}' is a statement of {1}, but the date printed with it is {2}; the year in the symbol is the year of the statement, so one of the two is wrong", symbol, year, date);
        }

        return null;
    }

    /// <summary>The date printed with the symbol at [start, end), when it stands right beside it and belongs to it alone.</summary>
    private static string? PrintedDate(string plain, int start, int end)
    {
        var closed = end < plain.Length && plain[end] == ')';
        var opened = start > 0 && plain[start - 1] == '(';
        var before = plain.Substring(Math.Max(0, start - 40), Math.Min(start, 40));
        try
        {
            if (closed && DateBefore.Match(before) is { Success: true } earlier)
            {
                return earlier.Groups["date"].Value;
            }

            var after = plain.Substring(end, Math.Min(plain.Length - end, 40));
            if (DateAfter.Match(after) is { Success: true } later && (later.Groups["close"].Success ? opened : !InList.IsMatch(before)))
            {
                return later.Groups["date"].Value;
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A text the patterns cannot read in time is left unjudged.
        }

        return null;
    }
}

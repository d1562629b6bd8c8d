using System.Text.RegularExpressions;
using DraftingKit.Model;
using DraftingKit.Rules;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;
using DraftingKit.Text;

namespace DraftingKit.Tests.Rules;

/// <summary>
/// The style rules read the texts through one shared scan (issue 22): the dates of a document are found once for
/// DK7001 and DK7002 (<see cref="DocumentDates"/>), and each text is scanned once for the literals DK7003, DK7004,
/// DK7005, DK7024 and DK6001 need (<see cref="ScannedTexts"/>). Each is held here to the search the rules made on
/// their own before, kept as the oracle: every run searched whole with each rule's pattern.
/// </summary>
public sealed class SharedTextScanTests
{
    // The rules' patterns as they searched each run whole.
    private static readonly (DateForm Form, Regex Pattern)[] OldDateForms =
    {
        (DateForm.DayMonthYear, Old(@"\b(?<day>[0-9]{1,2})\s(?<month>" + UnDate.MonthAlternation + @")\s(?<year>[0-9]{4})\b")),
        (DateForm.MonthFirst, Old(@"\b(?<month>" + UnDate.MonthAlternation + @")\s(?<day>[0-9]{1,2})(?:st|nd|rd|th)?,?\s(?<year>[0-9]{4})\b")),
        (DateForm.OrdinalDay, Old(@"\b(?<day>[0-9]{1,2})(?:st|nd|rd|th)\s(?:of\s)?(?<month>" + UnDate.MonthAlternation + @"),?\s(?<year>[0-9]{4})\b")),
        (DateForm.CommaBeforeYear, Old(@"\b(?<day>[0-9]{1,2})\s(?<month>" + UnDate.MonthAlternation + @"),\s(?<year>[0-9]{4})\b")),
    };

    private static readonly Regex OldThisResolution = Old(@"\b(?<this>[Tt]his) (?<noun>resolution|decision)\b");
    private static readonly Regex OldEntitled = Old(@"\bentitled\s+(?<title>[A-Z0-9][^\s,;:“”""]{0,30})");

    // Written forms around the edges: no-break and thin spaces, ordinals with "of", dates side by side and
    // overlapping, three-figure days, five-figure years, month names inside words, straight quotes and symbols.
    private static readonly string[] Written =
    {
        "December 19, 2001", "19th of December, 2001", "on 19\u00A0December, 2001", "1st January 2000 and January 2nd, 2001",
        "31 November 2019", "12 December 2012 December 12, 2013 12th December 2014", "the 19th\u00A0of\u00A0December 2001",
        "10 May, 2020", "May 2020", "the Mayor of 10 May 2020", "1December 2001", "019 December 2001", "12 December 20011",
        "September 11 2001", "29 February 2024 and 00 May 2020", "1 May 2 June 2020", "1 May 2020 2 June 2021",
        "the 3rd of March 2020, 4th April, 2021", "December 1st,2001", "June 30\u2009 2019", "June 30,\u00A02019",
        "21st\u00A0of May 2015", "from 1 to 3 March 2020, 3 March, 2020", "31 April 2020, 30 April 2020", "_1 May 2020",
        "This resolution", "this\u00A0decision", "of this\u202Fresolution", "thisresolution", "Anthis resolution",
        "entitled “Transforming our world”", "entitled Transforming our world", "entitled to", "the seventy third session",
        "A//75/112", "A\\75\\112", "s/2020/1", "A/75/112/.", "HIV/AIDS", "the State's \"programme\"", "12 Decemberr 2020",
    };

    private static Regex Old(string pattern) => new(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(10));

    private static IEnumerable<InlineText> SeedTexts() =>
        Directory.GetFiles(RepositoryPaths.InRepository("tests", "corpus", "seeds"), "*.res.md", SearchOption.AllDirectories)
            .Concat(new[] { RepositoryPaths.InRepository("samples", "A-RES-74-177.res.md") })
            .SelectMany(path => TextRuns.Everywhere(TemplateReader.ReadFile(path).Document))
            .Concat(Written.Select(InlineText.Plain));

    private static IEnumerable<InlineText> CorpusTexts() =>
        Directory.GetFiles(RepositoryPaths.InRepository("tests", "corpus", "akn4un-templates"), "*.res.md", SearchOption.AllDirectories)
            .Where((_, i) => i % 4 == 0)
            .SelectMany(path => TextRuns.Everywhere(TemplateReader.ReadFile(path).Document));

    [Fact]
    public void The_dates_found_once_are_those_each_date_rule_found_in_the_seeds_and_74_177() =>
        Assert.True(SameDates(SeedTexts()) > 200);

    [Fact]
    public void The_dates_found_once_are_those_each_date_rule_found_in_the_imported_corpus() =>
        Assert.True(SameDates(CorpusTexts()) > 1000);

    [Theory]
    [InlineData("December 19, 2001", (int)DateForm.MonthFirst, "December 19, 2001")]
    [InlineData("the 19th\u00A0of\u00A0December 2001", (int)DateForm.OrdinalDay, "19th of December 2001")]
    [InlineData("on 19\u00A0December, 2001", (int)DateForm.CommaBeforeYear, "19 December, 2001")]
    [InlineData("of 31 November 2019", (int)DateForm.DayMonthYear, "31 November 2019")]
    public void A_date_is_found_in_each_form_with_its_parts(string run, int form, string written)
    {
        var months = new List<int>();
        var dates = new List<DateInText>();
        var normalized = DocumentDates.In(run, months, dates);
        Assert.NotNull(normalized);
        var date = Assert.Single(dates, d => d.Form == (DateForm)form);
        Assert.Equal(written, normalized!.Substring(date.Index, date.Length));
        Assert.Equal(written.Contains("November", StringComparison.Ordinal) ? 11 : 12, date.Month);
    }

    [Theory]
    [InlineData("May 2020")]
    [InlineData("019 December 2001")]
    [InlineData("12 Decemberr 2020")]
    [InlineData("Recalling its resolution 73/123")]
    public void A_text_without_a_date_has_none(string run) =>
        Assert.Null(DocumentDates.In(run, new List<int>(), new List<DateInText>()));

    [Fact]
    public void A_text_the_scan_passes_over_holds_nothing_the_style_rules_looked_for()
    {
        var kept = new Dictionary<TextHolds, int>();
        foreach (var text in SeedTexts())
        {
            var holds = ScannedTexts.Scan(text.PlainText);
            foreach (var (run, _) in text.RunsWithOffsets)
            {
                var normalized = PrintedText.Normalize(run.Text);
                Require(TextHolds.StraightQuote, run.Text.IndexOfAny(new[] { '"', '\'' }) >= 0);
                Require(TextHolds.Session, run.Text.Contains("session", StringComparison.Ordinal));
                Require(TextHolds.ThisResolution, OldThisResolution.IsMatch(normalized));
                Require(TextHolds.Entitled, OldEntitled.IsMatch(normalized));
                Require(TextHolds.SymbolSeparator, SymbolTokens.In(normalized).Any(t => SymbolsInText.Candidate(normalized.Substring(t.Start, t.Length)) is not null));
                Require(TextHolds.MonthName, UnDate.Months.Any(m => run.Text.Contains(m, StringComparison.Ordinal)));
            }

            void Require(TextHolds flag, bool found)
            {
                Assert.True(!found || (holds & flag) != 0, $"the scan missed {flag} in: {text.PlainText}");
                kept[flag] = kept.GetValueOrDefault(flag) + (found ? 1 : 0);
            }
        }

        foreach (TextHolds flag in Enum.GetValues<TextHolds>().Where(f => f != TextHolds.None))
        {
            Assert.True(kept.GetValueOrDefault(flag) > 0, "no text held " + flag);
        }
    }

    [Theory]
    [InlineData("Recalling its resolution 73/123 of 19 December 2018", (int)(TextHolds.MonthName | TextHolds.SymbolSeparator))]
    [InlineData("Decides to include in the provisional agenda of its seventy-fifth session", (int)(TextHolds.Session))]
    [InlineData("the implementation of this\u00A0resolution", (int)(TextHolds.ThisResolution))]
    [InlineData("the implementation of the present resolution", (int)(TextHolds.None))]
    [InlineData("its resolution entitled “Transforming our world”", (int)(TextHolds.Entitled))]
    [InlineData("the State's \"programme\"", (int)(TextHolds.StraightQuote))]
    [InlineData("in Mayotte", (int)(TextHolds.MonthName))] // a month's name inside a word is kept: the pattern decides
    [InlineData("in Tokelau", (int)(TextHolds.None))]
    public void The_scan_finds_what_a_text_holds(string plain, int holds) =>
        Assert.Equal((TextHolds)holds, ScannedTexts.Scan(plain));

    /// <summary>Compares the dates found once with the old search of every run; returns the number of dates.</summary>
    private static int SameDates(IEnumerable<InlineText> texts)
    {
        var months = new List<int>();
        var dates = new List<DateInText>();
        var count = 0;
        foreach (var text in texts)
        {
            foreach (var (run, _) in text.RunsWithOffsets)
            {
                var normalized = PrintedText.Normalize(run.Text);
                var expected = new List<string>();
                foreach (var (form, pattern) in OldDateForms)
                {
                    foreach (Match match in pattern.Matches(normalized))
                    {
                        expected.Add($"{form} {match.Index} {match.Length} day {match.Groups["day"].Value} month {match.Groups["month"].Value} year {match.Groups["year"].Value}");
                    }
                }

                var found = DocumentDates.In(run.Text, months, dates);
                var actual = dates.Select(d =>
                    $"{d.Form} {d.Index} {d.Length} day {found!.Substring(d.DayStart, d.DayLength)} month {found.Substring(d.MonthStart, d.MonthLength)} year {found.Substring(d.YearStart, 4)}").ToList();
                Assert.True(expected.SequenceEqual(actual), $"in '{run.Text}': expected [{string.Join("; ", expected)}], found [{string.Join("; ", actual)}]");
                Assert.True(found is null || found == normalized);
                Assert.All(dates, d => Assert.Equal(UnDate.MonthNumber(found!.Substring(d.MonthStart, d.MonthLength)), d.Month));
                count += expected.Count;
            }
        }

        return count;
    }
}

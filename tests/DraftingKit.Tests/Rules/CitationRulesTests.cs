using DraftingKit.Citations;
using DraftingKit.Diagnostics;
using DraftingKit.Model;
using DraftingKit.Rules;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;
using Xunit.Abstractions;

namespace DraftingKit.Tests.Rules;

public sealed class CitationRulesTests
{
    private const string Head = "---\nkind: resolution\norgan: General Assembly\ntitle: Test\n---\n\nThe General Assembly,\n\n";
    private static readonly DraftingRule[] CitationRules =
    {
        new CitationUnknownRule(), new CitationWrongDateRule(), new CitationImpossibleDateRule(),
        new CitationInconsistentDatesRule(), new CitationFirstMentionUndatedRule(), new CitationNumberBeyondRule(),
    };

    private readonly ITestOutputHelper output;

    public CitationRulesTests(ITestOutputHelper output) => this.output = output;

    internal static List<DraftingDiagnostic> Check(string path, string text, ResolutionCatalog? catalog = null)
    {
        var document = TemplateReader.Read(path, text).Document;
        var findings = new List<DraftingDiagnostic>();
        foreach (var rule in CitationRules)
        {
            var context = new RuleContext(document, text, RuleOptions.Empty, catalog: catalog);
            rule.Check(context);
            findings.AddRange(context.Findings);
        }

        return findings;
    }

    private static List<DraftingDiagnostic> Check(string body) => Check("t.res.md", Head + body + "\n\n1. *Decides* to remain seized of the matter.\n");

    [Fact]
    public void A_date_that_differs_from_the_record_is_an_error_and_the_fix_writes_the_recorded_date()
    {
        var text = Head + "*Recalling* its resolution 74/177 of 19 December 2019,\n\n1. *Decides* to act.\n";

        var finding = Assert.Single(Check("t.res.md", text), f => f.Id == RuleIds.CitationWrongDate);

        Assert.Equal(DraftingSeverity.Error, finding.Severity);
        Assert.Equal((9, 38), (finding.Span.Line, finding.Span.Column));
        Assert.Contains("was adopted on 18 December 2019, not 19 December 2019", finding.Message, StringComparison.Ordinal);
        Assert.Contains("its resolution 74/177 of 18 December 2019,", DraftingLinter.ApplyFixes(text, new[] { finding }, out _), StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_outside_the_session_is_impossible_whatever_the_catalog_knows()
    {
        var finding = Assert.Single(Check("*Recalling* its resolution 73/186 of 17 December 2017,"), f => f.Id == RuleIds.CitationImpossibleDate);

        Assert.Contains("the seventy-third session ran from September 2018 to September 2019", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_impossible_date_the_catalog_knows_is_one_finding_with_the_recorded_date_and_its_fix_issue_17()
    {
        var text = Head + "*Recalling* its resolution 73/186 of 17 December 2017,\n\n1. *Decides* to act.\n";
        var findings = Check("t.res.md", text);

        var finding = Assert.Single(findings, f => f.Id is RuleIds.CitationImpossibleDate or RuleIds.CitationWrongDate);
        Assert.Equal(RuleIds.CitationImpossibleDate, finding.Id);
        Assert.Contains("; it was adopted on 17 December 2018", finding.Message, StringComparison.Ordinal);
        Assert.Contains("its resolution 73/186 of 17 December 2018,", DraftingLinter.ApplyFixes(text, new[] { finding }, out _), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("*Recalling* Economic and Social Council decision 2021/208 of 14 September 2020,")]
    [InlineData("*Recalling* Security Council resolution 2334 (2016) of 23 December 2016,")]
    [InlineData("*Recalling* its resolution 1 (I) of 24 January 1946,")]
    public void Dates_that_fit_the_number_are_possible(string paragraph) =>
        Assert.DoesNotContain(Check(paragraph), f => f.Id == RuleIds.CitationImpossibleDate);

    [Fact]
    public void A_Council_number_whose_year_does_not_fit_the_date_is_impossible() =>
        Assert.Single(Check("*Recalling* Economic and Social Council resolution 2017/15 of 6 July 2015,"), f => f.Id == RuleIds.CitationImpossibleDate);

    [Fact]
    public void An_unknown_number_in_a_session_the_catalog_holds_whole_is_a_warning()
    {
        var finding = Assert.Single(Check("*Recalling* its resolution 74/399 of 18 December 2019,"), f => f.Id == RuleIds.CitationUnknown);

        Assert.Equal(DraftingSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void A_transposed_number_outside_the_complete_sessions_is_information_with_a_suggestion()
    {
        var finding = Assert.Single(Check("*Recalling* its resolution 73/413 of 17 December 2018,"), f => f.Id == RuleIds.CitationUnknown);

        Assert.Equal(DraftingSeverity.Info, finding.Severity);
        Assert.Contains("did you mean 73/143", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_transposed_number_no_session_can_reach_is_an_impossible_number_with_the_suggestion_issue_17()
    {
        var findings = Check("*Recalling* its resolution 73/816 of 17 December 2018,");

        var finding = Assert.Single(findings, f => f.Id is RuleIds.CitationUnknown or RuleIds.CitationNumberBeyond);
        Assert.Equal(RuleIds.CitationNumberBeyond, finding.Id);
        Assert.Contains("did you mean 73/186", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_resolution_cited_with_two_dates_is_an_error_at_the_second()
    {
        var findings = Check("*Recalling* its resolution 60/999 of 1 December 2005,\n\n*Recalling also* its resolution 60/999 of 2 December 2005,");

        var finding = Assert.Single(findings, f => f.Id == RuleIds.CitationInconsistentDates);
        Assert.Equal(11, finding.Span.Line);
    }

    [Fact]
    public void An_undated_first_mention_gets_the_catalog_date_as_a_fix_and_later_mentions_need_none()
    {
        var text = Head + "*Recalling* its resolution 74/177,\n\n*Recalling also* its resolution 74/177,\n\n1. *Decides* to act.\n";

        var finding = Assert.Single(Check("t.res.md", text), f => f.Id == RuleIds.CitationFirstMentionUndated);

        Assert.Equal(9, finding.Span.Line);
        Assert.StartsWith("*Recalling* its resolution 74/177 of 18 December 2019,", DraftingLinter.ApplyFixes(text, new[] { finding }, out _).Substring(Head.Length), StringComparison.Ordinal);
    }

    [Fact]
    public void Footnotes_and_Security_Council_numbers_may_cite_without_a_date()
    {
        var findings = Check("*Recalling* Security Council resolution 1325 (2000),[^1]\n\n[^1]: Resolution 70/174, annex.");

        Assert.DoesNotContain(findings, f => f.Id == RuleIds.CitationFirstMentionUndated);
    }

    [Fact]
    public void A_project_catalog_row_is_used_for_texts_the_embedded_catalog_lacks()
    {
        var catalog = ResolutionCatalog.Default.With(new[] { new CatalogEntry("CND", "52/13", CitedKind.Resolution, new UnDate(2009, 3, 20), "record", string.Empty, null, "team.catalog.csv line 2") });
        var text = Head + "*Recalling* Commission on Narcotic Drugs resolution 52/13 of 21 March 2009,\n\n1. *Decides* to act.\n";

        var finding = Assert.Single(Check("t.res.md", text, catalog), f => f.Id == RuleIds.CitationWrongDate);

        Assert.Contains("team.catalog.csv line 2", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void In_resolution_74_177_the_one_slip_is_67_1_cited_of_19_September_2012()
    {
        // Seed 003, the first preambular paragraph of the adopted resolution, verbatim.
        var findings = Check("*Reaffirming* its resolutions 46/152 of 18 December 1991, 60/1 of 16 September 2005, 67/1 of 19 September 2012, 69/193 and 69/196 of 18 December 2014, 70/178 and 70/182 of 17 December 2015, 71/209 of 19 December 2016, 72/196 of 19 December 2017 and 73/186 of 17 December 2018,");

        var errors = findings.Where(f => f.Severity >= DraftingSeverity.Warning).ToList();
        var finding = Assert.Single(errors);
        Assert.Equal(RuleIds.CitationWrongDate, finding.Id);
        Assert.Contains("resolution 67/1 (GA) was adopted on 24 September 2012, not 19 September 2012", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void On_the_UN_corpus_the_citation_errors_are_exactly_the_known_slips()
    {
        var folder = RepositoryPaths.InRepository("tests", "corpus", "akn4un-templates");
        var found = new List<string>();
        var counts = new Dictionary<string, int>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.res.md").OrderBy(f => f, StringComparer.Ordinal))
        {
            foreach (var finding in Check(Path.GetFileName(file), File.ReadAllText(file)))
            {
                var key = finding.Id + " " + finding.Severity;
                counts[key] = counts.TryGetValue(key, out var count) ? count + 1 : 1;
                if (finding.Severity >= DraftingSeverity.Warning)
                {
                    found.Add(Path.GetFileName(file) + " " + finding.Id + " " + finding.Message.Substring(0, finding.Message.IndexOf(" (source", StringComparison.Ordinal) is var end and > 0 ? end : finding.Message.Length));
                }
            }
        }

        foreach (var pair in counts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{pair.Key}: {pair.Value}");
        }

        // Each is a genuine slip in an adopted text, as the catalog's sources show (shared/data/catalog/README.md).
        Assert.Equal(
            new[]
            {
                "A-RES-75-193.res.md DK5002 resolution 74/262 (GA) was adopted on 27 December 2019, not 14 January 2020",
                "A-RES-75-196.res.md DK5002 resolution 67/1 (GA) was adopted on 24 September 2012, not 19 September 2012",
                "A-RES-75-248.res.md DK5003 resolution 72/256 (GA) cannot be of 24 December 2107: the seventy-second session ran from September 2017 to September 2018; it was adopted on 24 December 2017",

                // Seen since dates with a no-break space ("16 April 2020") read as dates (issue 15, item 4).
                // 76/148: the decisions of April 2020 are 74/5xx (74/545 of 2 April, 74/552 of 14 May 2020).
                "A-RES-76-148.res.md DK5003 decision 75/561 (GA) cannot be of 16 April 2020: the seventy-fifth session ran from September 2020 to September 2021",
                "A-RES-76-187.res.md DK5002 resolution 67/1 (GA) was adopted on 24 September 2012, not 19 September 2012",
                "A-RES-77-202.res.md DK5002 resolution 75/161 (GA) was adopted on 16 December 2020, not 23 December 2020",
                "A-RES-77-237.res.md DK5002 resolution 67/1 (GA) was adopted on 24 September 2012, not 19 September 2012",
                "A-RES-77-277.res.md DK5003 resolution 55/56 (GA) cannot be of 1 December 2001: the fifty-fifth session ran from September 2000 to September 2001",
                "A-RES-77-65.res.md DK5002 resolution 74/45 (GA) was adopted on 12 December 2019, not 19 December 2019",
                "A-RES-77-65.res.md DK5002 resolution 74/54 (GA) was adopted on 12 December 2019, not 19 December 2019",
                "A-RES-77-65.res.md DK5002 resolution 75/45 (GA) was adopted on 7 December 2020, not 17 December 2020",
            },
            found.OrderBy(f => f, StringComparer.Ordinal));
    }
}

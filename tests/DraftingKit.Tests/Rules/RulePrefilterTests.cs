using DraftingKit.Rules;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;
using DraftingKit.Text;

namespace DraftingKit.Tests.Rules;

/// <summary>
/// DK7022 and DK7023 skip a text before their patterns read it when it lacks a literal every match needs (a State's
/// name, the word "session"). A skip where the pattern would match silences a finding, so on real texts and on the
/// forms that the patterns read alike (no-break spaces, curly apostrophes) the prefilter must keep every text the
/// pattern matches.
/// </summary>
public sealed class RulePrefilterTests
{
    private static IEnumerable<string> SeedTexts() =>
        Directory.GetFiles(RepositoryPaths.InRepository("tests", "corpus", "seeds"), "*.res.md", SearchOption.AllDirectories)
            .Concat(new[] { RepositoryPaths.InRepository("samples", "A-RES-74-177.res.md") })
            .SelectMany(path => TextRuns.Everywhere(TemplateReader.ReadFile(path).Document))
            .Select(text => text.PlainText);

    [Fact]
    public void Where_the_country_name_prefilter_finds_no_name_the_pattern_finds_nothing()
    {
        var written = new[]
        {
            "by Netherlands against", "in The Gambia", "the Government of Lao People’s Democratic Republic",
            "of Democratic People's Republic of Korea", "with Republic\u00A0of Korea", "urges United\u00A0Kingdom of Great Britain and Northern Ireland",
        };

        var matched = 0;
        foreach (var plain in SeedTexts().Concat(written))
        {
            var matches = CountryNameArticleRule.PatternForTests.IsMatch(PrintedText.Normalize(plain));
            matched += matches ? 1 : 0;
            Assert.True(!matches || CountryNameArticleRule.MayMatch(plain), "the prefilter missed a match in: " + plain);
        }

        Assert.True(matched >= written.Length, "every written form is matched: " + matched);
    }

    [Theory]
    [InlineData("Calls upon the Holy See and Member States", true)]
    [InlineData("Recalling the report of the Secretary-General", false)]
    [InlineData("Welcomes Netherlands", true)]
    [InlineData("Welcomes Netherland", false)]
    public void The_country_name_prefilter_keeps_a_text_with_a_name_and_skips_one_without(string plain, bool kept) =>
        Assert.Equal(kept, CountryNameArticleRule.MayMatch(plain));

    [Fact]
    public void Where_the_session_prefilter_finds_no_session_the_patterns_find_nothing()
    {
        var written = new[]
        {
            "the General Assembly at its seventy-ninth session, in 2027",
            "the eightieth\u00A0session of the General Assembly, in 2026",
            "to report to the General Assembly at its seventy-fifth session on the implementation",
        };

        var matched = 0;
        foreach (var plain in SeedTexts().Concat(written))
        {
            var matches = SessionConsistencyRule.PatternsForTests.Any(pattern => pattern.IsMatch(PrintedText.Normalize(plain)));
            matched += matches ? 1 : 0;
            Assert.True(!matches || SessionConsistencyRule.NamesASession(plain), "the prefilter missed a match in: " + plain);
        }

        Assert.True(matched >= written.Length, "every written form is matched: " + matched);
    }

    [Fact]
    public void Where_the_former_name_prefilter_finds_no_old_name_the_pattern_finds_nothing()
    {
        var written = new[]
        {
            "held in Turkey", "the Czech\u00A0Republic and Swaziland", "The former Yugoslav Republic of Macedonia,", "Cape Verde.",
        };

        var matched = 0;
        foreach (var plain in SeedTexts().Concat(written).Select(PrintedText.Normalize))
        {
            var matches = FormerStateNameRule.PatternForTests.IsMatch(plain);
            matched += matches ? 1 : 0;
            Assert.True(!matches || FormerStateNameRule.MayName(plain), "the prefilter missed a match in: " + plain);
        }

        Assert.True(matched >= written.Length, "every written form is matched: " + matched);
    }

    [Theory]
    [InlineData("Welcomes the efforts of Turkey", true)]
    [InlineData("Welcomes the efforts of Türkiye", false)]
    [InlineData("Recalling the report of the Secretary-General", false)]
    public void The_former_name_prefilter_keeps_a_text_with_an_old_name_and_skips_one_without(string plain, bool kept) =>
        Assert.Equal(kept, FormerStateNameRule.MayName(plain));

    [Fact]
    public void A_placeholder_form_is_read_only_where_its_literal_stands_and_no_match_is_lost()
    {
        var written = new[]
        {
            "resolution __ of ___ 2024", "A/RES/79/…", "A/79/L.XX", "XX December 2024", "of … 2024", "[date]", "[insert number]",
            "[name of country]", "TBD", "its ... session", "the XXth meeting", "in 20XX", "December xx", "resolutions XX",
        };

        var matched = 0;
        foreach (var plain in SeedTexts().Concat(written))
        {
            var present = PlaceholderRule.LiteralsIn(plain);
            foreach (var (pattern, needs) in PlaceholderRule.FormsForTests)
            {
                var matches = pattern.IsMatch(PrintedText.Normalize(plain));
                matched += matches ? 1 : 0;
                Assert.True(!matches || (present & needs) != 0, "a form's literal test missed a match in: " + plain);
            }
        }

        Assert.True(matched >= written.Length, "every written form is matched: " + matched);
    }

    [Theory]
    [InlineData("resolution __ of", 1)]
    [InlineData("A/79/L.XX and …", 2 | 4)]
    [InlineData("[date] TBC", 8 | 16)]
    [InlineData("Recalling its resolution 73/123 of 19 December 2018", 0)]
    public void The_placeholder_literals_are_those_the_text_holds(string plain, int present) =>
        Assert.Equal(present, PlaceholderRule.LiteralsIn(plain));

    [Fact]
    public void A_date_read_from_where_its_parts_stand_is_the_date_its_groups_hold()
    {
        var written = new[] { "on 31 November 2019", "of 9\u00A0February 2021", "by 29 February 2024 and 00 May 2020", "the 1 January 0000" };
        var dates = 0;
        foreach (var plain in SeedTexts().Concat(written).Select(PrintedText.Normalize))
        {
            foreach (System.Text.RegularExpressions.Match match in ImpossibleDateRule.PatternForTests.Matches(plain))
            {
                var (day, month, year, monthStart, monthLength) = ImpossibleDateRule.Parts(plain, match.Index, match.Length);
                Assert.Equal(int.Parse(match.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture), day);
                Assert.Equal(int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture), year);
                Assert.Equal(DraftingKit.Model.UnDate.MonthNumber(match.Groups["month"].Value), month);
                Assert.Equal(match.Groups["month"].Value, plain.Substring(monthStart, monthLength));
                dates++;
            }
        }

        Assert.True(dates > 100, "dates read: " + dates);
    }
}

using System.Text.RegularExpressions;
using DraftingKit.Citations;
using DraftingKit.Model;
using DraftingKit.Tests.Support;
using DraftingKit.Text;

namespace DraftingKit.Tests.Citations;

/// <summary>
/// Issue 15, item 4: dates and citations carry no-break, narrow and thin spaces, non-breaking hyphens and soft
/// hyphens ("19&#160;September 2012": 6,246 times in session 77). Every recogniser reads them as the printed text
/// means them, through one normal form (<see cref="PrintedText"/>).
/// </summary>
public sealed class UnicodeSpaceCitationTests
{
    [Theory]
    [InlineData("19\u00a0September 2012")]
    [InlineData("19\u202fSeptember\u00a02012")]
    [InlineData("19\u2009September 2012")]
    [InlineData("19 Sep\u00adtember 2012")]
    public void A_date_with_any_space_or_a_soft_hyphen_is_the_same_date(string text)
    {
        Assert.True(UnDate.TryParse(text, out var date));
        Assert.Equal(new UnDate(2012, 9, 19), date);
    }

    [Fact]
    public void A_date_with_two_spaces_is_still_not_a_date() => Assert.False(UnDate.TryParse("19  September 2012", out _));

    [Fact]
    public void Normalize_keeps_every_offset_and_Fold_maps_offsets_back_past_soft_hyphens()
    {
        var text = "ES\u201110/21 of 19\u00a0Sep\u00adtember 2012";
        Assert.Equal("ES-10/21 of 19 Sep\u00adtember 2012", PrintedText.Normalize(text));
        var folded = PrintedText.Fold(text, out var offsets);
        Assert.Equal("ES-10/21 of 19 September 2012", folded);
        Assert.NotNull(offsets);
        Assert.Equal(text.IndexOf('t', 18), offsets![folded.IndexOf('t', 18)]);
        Assert.Equal(text.Length, offsets[folded.Length]);
    }

    [Fact]
    public void A_citation_written_with_no_break_spaces_gives_the_same_number_date_and_offsets()
    {
        const string plain = "Recalling its resolutions 67/1 of 19 September 2012 and ES-10/21 of 13 December 2018,";
        var spaced = "Recalling its resolutions 67/1 of 19\u00a0September\u00a02012 and ES\u201110/21 of 13\u202fDecem\u00adber 2018,";

        var expected = CitationRecognizer.Find(plain, Organ.GeneralAssembly);
        var actual = CitationRecognizer.Find(spaced, Organ.GeneralAssembly);

        Assert.Equal(expected.Select(c => (c.Number, c.Date)), actual.Select(c => (c.Number, c.Date)));
        Assert.Equal("19\u00a0September\u00a02012", spaced.Substring(actual[0].DateStart, actual[0].DateLength));
        Assert.Equal("13\u202fDecem\u00adber 2018", spaced.Substring(actual[1].DateStart, actual[1].DateLength));
    }

    [Fact]
    public void A_decision_numbered_below_301_is_not_the_Assemblys_own()
    {
        // 76/265: "the Conference of the Parties …, held in Sharm El-Sheikh, …, and its decision 14/8 of 29 November 2018".
        var citations = CitationRecognizer.Find("the Conference of the Parties to the Convention on Biological Diversity, held in Sharm El-Sheikh, Egypt, and its decision 14/8 of 29 November 2018,", Organ.GeneralAssembly);

        Assert.Null(Assert.Single(citations).Organ);
        Assert.Equal("GA", Assert.Single(CitationRecognizer.Find("Recalling its decision 74/545 of 2 April 2020,", Organ.GeneralAssembly)).Organ);
    }

    [Fact]
    public void The_Council_in_an_Assembly_text_is_not_the_Assembly()
    {
        // 76/246: "the activities mandated by the Council in its resolutions 47/21 of 13 July 2021".
        var citation = CitationRecognizer.Find("to support the activities mandated by the Council in its resolutions 47/21 of 13 July 2021,", Organ.GeneralAssembly)[0];

        Assert.NotEqual("GA", citation.Organ);
        Assert.Equal("GA", CitationRecognizer.Find("as decided by the Assembly in its resolution 75/1 of 21 September 2020,", Organ.GeneralAssembly)[0].Organ);
    }

    [Fact]
    public void On_the_corpus_every_citation_reads_the_same_when_its_spaces_are_no_break_spaces()
    {
        var folder = RepositoryPaths.InRepository("tests", "corpus", "akn4un-templates");
        var lines = Directory.GetFiles(folder, "A-RES-75-*.res.md").OrderBy(f => f, StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .Select(line => Markup.Replace(line, "${text}").Replace("*", string.Empty).Replace('\u00a0', ' '))
            .Where(line => line.Contains("resolution", StringComparison.Ordinal) && line.Contains(" of ", StringComparison.Ordinal))
            .ToList();
        Assert.True(lines.Count > 1000, "the session-75 templates hold the citations this test turns");

        var dated = 0;
        foreach (var line in lines)
        {
            var expected = CitationRecognizer.Find(line, Organ.GeneralAssembly).Select(c => (c.Organ, c.Number, c.Date)).ToList();
            dated += expected.Count(c => c.Date is not null);
            foreach (var turned in new[] { Turn(line, '\u00a0'), Turn(line, '\u202f') })
            {
                Assert.Equal(expected, CitationRecognizer.Find(turned, Organ.GeneralAssembly).Select(c => (c.Organ, c.Number, c.Date)).ToList());
            }
        }

        Assert.True(dated > 1000, "dated citations compared: " + dated);
    }

    /// <summary>The spaces inside dates ("19 September 2012") and numbers ("2334 (2016)") turned into <paramref name="space"/>.</summary>
    private static string Turn(string line, char space) =>
        DateOrNumberSpace.Replace(line, match => match.Value.Replace(' ', space));

    // "[67/1](A/RES/67/1)" reads "67/1"; a footnote marker "[^3]" reads nothing.
    private static readonly Regex Markup = new(@"\[(?<text>[^\]\[^]*)\]\([^)]*\)|\[\^[^\]]*\]", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex DateOrNumberSpace = new(
        @"\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}|\d{1,4} \((?:\d{4}|[IVXLC]+)\)",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));
}

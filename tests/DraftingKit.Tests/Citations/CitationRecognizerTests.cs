using DraftingKit.Citations;
using DraftingKit.Model;

namespace DraftingKit.Tests.Citations;

public sealed class CitationRecognizerTests
{
    private static string Describe(Citation citation) =>
        $"{citation.Organ} {(citation.Kind == CitedKind.Decision ? "decision " : string.Empty)}{citation.Number}{(citation.Date is { } date ? " of " + date : string.Empty)}";

    [Fact]
    public void A_list_of_resolutions_with_dates_from_resolution_74_177_is_read_whole()
    {
        // Seed 003, first preambular paragraph.
        const string text = "Reaffirming its resolutions 46/152 of 18 December 1991, 60/1 of 16 September 2005, 67/1 of 19 September 2012, 69/193 and 69/196 of 18 December 2014, 70/178 and 70/182 of 17 December 2015, 71/209 of 19 December 2016, 72/196 of 19 December 2017 and 73/186 of 17 December 2018,";

        var citations = CitationRecognizer.Find(text, Organ.GeneralAssembly);

        Assert.Equal(
            new[]
            {
                "GA 46/152 of 18 December 1991", "GA 60/1 of 16 September 2005", "GA 67/1 of 19 September 2012",
                "GA 69/193 of 18 December 2014", "GA 69/196 of 18 December 2014", "GA 70/178 of 17 December 2015",
                "GA 70/182 of 17 December 2015", "GA 71/209 of 19 December 2016", "GA 72/196 of 19 December 2017",
                "GA 73/186 of 17 December 2018",
            },
            citations.Select(Describe));
        Assert.True(citations[3].DateIsShared);
        Assert.Equal(text.IndexOf("69/193", System.StringComparison.Ordinal), citations[3].NumberStart);
        Assert.Equal(text.IndexOf("18 December 2014", System.StringComparison.Ordinal), citations[3].DateStart);
    }

    [Fact]
    public void Old_style_and_Council_numbers_take_their_organ_from_the_words_before_them()
    {
        // Seed 000, draft resolution I.
        const string text = "Emphasizing the responsibility assumed by the United Nations in the field of crime prevention and criminal justice in pursuance of Economic and Social Council resolution 155 C (VII) of 13 August 1948 and General Assembly resolution 415 (V) of 1 December 1950,";

        Assert.Equal(
            new[] { "ECOSOC 155 C (VII) of 13 August 1948", "GA 415 (V) of 1 December 1950" },
            CitationRecognizer.Find(text, Organ.GeneralAssembly).Select(Describe));
    }

    [Fact]
    public void Lettered_resolutions_keep_their_letter()
    {
        var citation = Assert.Single(CitationRecognizer.Find("Recalling its resolution 57/270 B of 23 June 2003 on the integrated and coordinated implementation", Organ.GeneralAssembly));

        Assert.Equal("57/270 B", citation.Number);
    }

    [Fact]
    public void Functional_commission_resolutions_are_keyed_by_the_commission()
    {
        // Seed 003: "Taking note of Commission on Crime Prevention and Criminal Justice resolution 25/2 of 27 May 2016".
        var citation = Assert.Single(CitationRecognizer.Find("Taking note of Commission on Crime Prevention and Criminal Justice resolution 25/2 of 27 May 2016 on promoting legal aid", Organ.GeneralAssembly));

        Assert.Equal("CCPCJ 25/2 of 27 May 2016", Describe(citation));
    }

    [Fact]
    public void Its_resolution_means_the_organ_of_the_document()
    {
        var citation = Assert.Single(CitationRecognizer.Find("recalling its decision 2015/234 of 21 July 2015, entitled", Organ.EconomicAndSocialCouncil));

        Assert.Equal("ECOSOC decision 2015/234 of 21 July 2015", Describe(citation));
    }

    [Fact]
    public void Year_form_numbers_are_Council_resolutions_and_bracketed_years_Security_Council()
    {
        var citations = CitationRecognizer.Find("Welcoming Economic and Social Council resolution 2019/17 of 23 July 2019 and recalling resolutions 1325 (2000) and 2242 (2015) of 13 October 2015,", Organ.GeneralAssembly);

        Assert.Equal(new[] { "ECOSOC 2019/17 of 23 July 2019", "SC 1325 (2000) of 13 October 2015", "SC 2242 (2015) of 13 October 2015" }, citations.Select(Describe));
    }

    [Fact]
    public void Special_and_emergency_special_session_resolutions_are_recognized()
    {
        var citations = CitationRecognizer.Find("Recalling its resolutions S-8/1 and ES-10/21 of 27 October 2023,", Organ.GeneralAssembly);

        Assert.Equal(new[] { "GA S-8/1 of 27 October 2023", "GA ES-10/21 of 27 October 2023" }, citations.Select(Describe));
    }

    [Fact]
    public void A_citation_without_a_date_is_recognized_with_no_date()
    {
        var citation = Assert.Single(CitationRecognizer.Find("Resolution 70/174, annex.", Organ.GeneralAssembly));

        Assert.Equal("GA 70/174", Describe(citation));
        Assert.Equal(-1, citation.DateStart);
    }

    [Fact]
    public void Numbers_that_are_not_citations_are_left_alone()
    {
        Assert.Empty(CitationRecognizer.Find("Decides to allocate 15/20 of the resources in 2019 and to meet on 18 December 2019,", Organ.GeneralAssembly));
        Assert.Empty(CitationRecognizer.Find("the resolution of the conflict in 2019", Organ.GeneralAssembly));
    }

    [Fact]
    public void A_long_hostile_line_is_handled_in_bounded_time()
    {
        var text = "resolutions " + string.Concat(Enumerable.Repeat("1/1, ", 20_000)) + "x";

        var citations = CitationRecognizer.Find(text, Organ.GeneralAssembly);

        Assert.Equal(20_000, citations.Count);
    }
}

using DraftingKit.Citations;
using DraftingKit.Model;

namespace DraftingKit.Tests.Citations;

public sealed class ResolutionCatalogTests
{
    [Fact]
    public void The_default_catalog_knows_every_General_Assembly_resolution_of_sessions_74_to_80_from_the_record()
    {
        var entry = ResolutionCatalog.Default.Find("GA", CitedKind.Resolution, "74/177");

        Assert.NotNull(entry);
        Assert.Equal(new UnDate(2019, 12, 18), entry!.Date);
        Assert.Equal("record", entry.Evidence);
        Assert.StartsWith("Strengthening the United Nations crime prevention", entry.Title, System.StringComparison.Ordinal);
        Assert.True(ResolutionCatalog.Default.IsComplete("GA", CitedKind.Resolution, "74/177"));
        Assert.True(ResolutionCatalog.Default.Count > 7000);
    }

    [Fact]
    public void Resolution_67_1_keeps_the_dissenting_date_that_one_series_cites()
    {
        var entry = ResolutionCatalog.Default.Find("GA", CitedKind.Resolution, "67/1")!;

        Assert.Equal(new UnDate(2012, 9, 24), entry.Date);
        Assert.Contains("2012-09-19", entry.OtherDates, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Resolutions_cited_in_the_seeds_with_a_date_are_in_the_catalog_with_their_provenance()
    {
        var commission = ResolutionCatalog.Default.Find("CCPCJ", CitedKind.Resolution, "25/2")!;
        var council = ResolutionCatalog.Default.Find("ECOSOC", CitedKind.Resolution, "155 C (VII)")!;

        Assert.Equal(new UnDate(2016, 5, 27), commission.Date);
        Assert.StartsWith("cited in seed", commission.Source, System.StringComparison.Ordinal);
        Assert.Equal(new UnDate(1948, 8, 13), council.Date);
    }

    [Fact]
    public void A_transposed_number_gets_the_real_resolution_as_a_suggestion()
    {
        var suggestions = ResolutionCatalog.Default.Suggest("GA", CitedKind.Resolution, "73/816");

        Assert.Contains(suggestions, entry => entry.Number == "73/186");
    }

    [Fact]
    public void Sessions_outside_the_complete_sources_are_unknown_not_missing()
    {
        Assert.False(ResolutionCatalog.Default.IsComplete("GA", CitedKind.Resolution, "60/999"));
        Assert.False(ResolutionCatalog.Default.IsComplete("CCPCJ", CitedKind.Resolution, "25/99"));
    }

    [Fact]
    public void A_project_catalog_adds_and_overrides_rows_and_reports_bad_rows_by_line()
    {
        var csv = "organ,number,kind,date,title,source\nCND,52/13,resolution,2009-03-20,,\nGA,74/177,resolution,2019-12-19,,our records\nGA,74/178,resolution,2019-02-30,,\nGA,74/179,resolve,2019-12-18,,\n";

        var (rows, problems) = ResolutionCatalog.ReadCsv(new StringReader(csv), "team.catalog.csv");
        var catalog = ResolutionCatalog.Default.With(rows);

        Assert.Equal(new UnDate(2009, 3, 20), catalog.Find("CND", CitedKind.Resolution, "52/13")!.Date);
        Assert.Equal(new UnDate(2019, 12, 19), catalog.Find("GA", CitedKind.Resolution, "74/177")!.Date);
        Assert.Equal("team.catalog.csv line 2", catalog.Find("CND", CitedKind.Resolution, "52/13")!.Source);
        Assert.Equal(new[] { 4, 5 }, problems.Select(p => p.Line));
        Assert.Equal(new UnDate(2019, 12, 18), ResolutionCatalog.Default.Find("GA", CitedKind.Resolution, "74/177")!.Date);
    }
}

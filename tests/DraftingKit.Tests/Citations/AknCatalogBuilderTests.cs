using DraftingKit.Citations;
using DraftingKit.Model;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Citations;

public sealed class AknCatalogBuilderTests
{
    private static string Sample(string name) => RepositoryPaths.InRepository("tests", "corpus", "akn4un", name);

    [Fact]
    public void Each_file_gives_its_own_symbol_date_and_title_as_a_record()
    {
        var (rows, problems) = AknCatalogBuilder.Build(new[] { Sample("A_RES_76_101-2118705E.xml") });

        Assert.Empty(problems);
        var self = Assert.Single(rows, row => row.Evidence == "record");
        Assert.Equal("76/101", self.Number);
        Assert.Equal(ResolutionCatalog.Default.Find("GA", CitedKind.Resolution, "76/101")!.Date, self.Date);
        Assert.False(string.IsNullOrEmpty(self.Title));
    }

    [Fact]
    public void A_multi_part_resolution_gives_a_row_per_part()
    {
        var (rows, _) = AknCatalogBuilder.Build(new[] { Sample("75_101A-B_E.xml") });

        Assert.Equal(new[] { "75/101 A", "75/101 B" }, rows.Where(r => r.Evidence == "record").Select(r => r.Number));
    }

    [Fact]
    public void Cited_resolutions_get_the_date_the_files_cite_and_agree_with_the_embedded_catalog()
    {
        var files = Directory.EnumerateFiles(RepositoryPaths.InRepository("tests", "corpus", "akn4un"), "*.xml");

        var (rows, _) = AknCatalogBuilder.Build(files);

        var cited = rows.Where(r => r.Evidence.StartsWith("cited:", StringComparison.Ordinal) && r.Organ == "GA").ToList();
        Assert.NotEmpty(cited);
        var agree = cited.Count(r => ResolutionCatalog.Default.Find(r.Organ, r.Kind, r.Number) is not { Date: { } date } || date == r.Date);
        Assert.True(agree >= cited.Count * 0.97, $"{agree} of {cited.Count} cited dates agree with the embedded catalog");
    }

    [Fact]
    public void The_CSV_it_writes_reads_back_as_a_project_catalog()
    {
        var (rows, _) = AknCatalogBuilder.Build(new[] { Sample("75_101A-B_E.xml") });
        var writer = new StringWriter();
        AknCatalogBuilder.WriteCsv(writer, rows);

        var (reread, problems) = ResolutionCatalog.ReadCsv(new StringReader(writer.ToString()), "built.catalog.csv");

        Assert.Empty(problems);
        Assert.Equal(rows.Select(r => (r.Key, r.Date)), reread.Select(r => (r.Key, r.Date)));
    }

    [Fact]
    public void A_file_that_is_not_XML_is_a_problem_not_a_crash()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("draftkit-catalog-").FullName, "broken.xml");
        File.WriteAllText(path, "<akomaNtoso><statement>");

        var (rows, problems) = AknCatalogBuilder.Build(new[] { path });

        Assert.Empty(rows);
        Assert.Contains(problems, p => p.StartsWith(path, StringComparison.Ordinal));
    }
}

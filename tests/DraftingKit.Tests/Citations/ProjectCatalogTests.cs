using DraftingKit.Citations;
using DraftingKit.Diagnostics;
using DraftingKit.Model;
using DraftingKit.Templates;

namespace DraftingKit.Tests.Citations;

public sealed class ProjectCatalogTests
{
    [Fact]
    public void A_template_of_the_project_is_in_the_catalog_under_its_number()
    {
        var adopted = TemplateReader.Read("drafts/a.res.md", "---\nstatus: adopted\nnumber: 81/12\nadopted: 2026-11-20\ntitle: Future text\nmeeting: 30th plenary meeting\n---\n\nThe General Assembly,\n\n1. *Decides* to act.\n").Document;
        var diagnostics = new List<DraftingDiagnostic>();

        var catalog = ProjectCatalog.Build(new[] { adopted }, new List<(string, string)>(), diagnostics);

        var entry = catalog.Find("GA", CitedKind.Resolution, "81/12");
        Assert.NotNull(entry);
        Assert.Equal(new UnDate(2026, 11, 20), entry!.Date);
        Assert.Equal("template drafts/a.res.md", entry.Source);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Bad_rows_of_a_project_catalog_are_reported_at_their_line_and_the_good_rows_used()
    {
        var diagnostics = new List<DraftingDiagnostic>();
        var csv = "organ,number,date\nCND,52/13,2009-03-20\nCND,52/14,20 March\n";

        var catalog = ProjectCatalog.Build(new List<ResolutionDocument>(), new[] { ("team/drugs.catalog.csv", csv) }, diagnostics);

        Assert.NotNull(catalog.Find("CND", CitedKind.Resolution, "52/13"));
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("DK5090", "team/drugs.catalog.csv", 3), (diagnostic.Id, diagnostic.Span.Path, diagnostic.Span.Line));
    }

    /// <summary>A template of A/RES/{number} {part}, adopted on <paramref name="adopted"/>.</summary>
    private static ResolutionDocument Part(string number, string part, string adopted) => TemplateReader.Read(
        "drafts/" + number.Replace("/", "-") + "-" + part + ".res.md",
        "---\nstatus: adopted\nsymbol: A/RES/" + number + (part.Length > 0 ? " " + part : string.Empty) + "\nnumber: " + number + "\nadopted: " + adopted
        + "\ntitle: Financial reports\nmeeting: 88th plenary meeting\n---\n\nThe General Assembly,\n\n1. *Decides* to act.\n").Document;

    [Fact]
    public void A_later_part_of_a_resolution_adopted_in_parts_does_not_date_its_number()
    {
        // A/RES/81/242 B, adopted in June, cites "its resolution 81/242 of 31 December 2026": the number's date is part A's.
        var diagnostics = new List<DraftingDiagnostic>();
        var dated = ResolutionCatalog.Default.With(new[] { new CatalogEntry("GA", "81/242", CitedKind.Resolution, new UnDate(2026, 12, 31), "record", string.Empty, "Financial reports", "record") });

        var catalog = ProjectCatalog.Build(new[] { Part("81/242", "B", "2027-06-30") }, new List<(string, string)>(), diagnostics, dated);

        Assert.Equal(new UnDate(2026, 12, 31), catalog.Find("GA", CitedKind.Resolution, "81/242")!.Date);
    }

    [Fact]
    public void A_later_part_alone_names_its_number_without_a_date()
    {
        var catalog = ProjectCatalog.Build(new[] { Part("81/243", "C", "2027-06-30") }, new List<(string, string)>(), new List<DraftingDiagnostic>());

        var entry = catalog.Find("GA", CitedKind.Resolution, "81/243");
        Assert.NotNull(entry);
        Assert.Null(entry!.Date);
    }

    [Theory]
    [InlineData("A/RES/75/242 B", true)]
    [InlineData("A/RES/76/245 B-C", true)]
    [InlineData("A/RES/75/242 A", false)]
    [InlineData("A/RES/75/101 A-B", false)]
    [InlineData("A/RES/75/242", false)]
    [InlineData("S/RES/2709 (2023)", false)]
    public void Part_A_or_parts_adopted_together_date_the_number(string symbol, bool later)
    {
        Assert.Equal(later, ProjectCatalog.IsLaterPart(symbol));
    }
}

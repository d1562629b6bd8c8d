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
}

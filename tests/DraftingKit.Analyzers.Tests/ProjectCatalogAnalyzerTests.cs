using Microsoft.CodeAnalysis;

namespace DraftingKit.Analyzers.Tests;

/// <summary>In a drafting project, citations are checked against the project's catalogs and its other templates.</summary>
public sealed class ProjectCatalogAnalyzerTests
{
    private const string Head = "---\nkind: resolution\nstatus: draft\norgan: General Assembly\ntitle: Drugs\n---\n\nThe General Assembly,\n\n";
    private const string Tail = "\n\n1. *Requests* the Secretary-General to report;\n\n2. *Decides* to remain seized of the matter.\n";

    [Fact]
    public async Task A_catalog_csv_additional_file_decides_a_citation_date_and_its_bad_rows_are_reported_on_it()
    {
        var (diagnostics, exceptions) = await AnalyzerHarness.RunAsync(new[]
        {
            ("drafts/drugs.res.md", Head + "*Recalling* Commission on Narcotic Drugs resolution 52/13 of 21 March 2009," + Tail),
            ("team.catalog.csv", "organ,number,date\nCND,52/13,2009-03-20\nCND,52/14,20 March\n"),
        });

        Assert.Empty(exceptions);
        var wrongDate = Assert.Single(diagnostics, d => d.Id == "DK5002");
        Assert.Equal("drafts/drugs.res.md", wrongDate.Location.GetLineSpan().Path);
        var badRow = Assert.Single(diagnostics, d => d.Id == "DK5090");
        Assert.Equal(("team.catalog.csv", 2), (badRow.Location.GetLineSpan().Path, badRow.Location.GetLineSpan().StartLinePosition.Line));
    }

    [Fact]
    public async Task A_template_citing_another_template_of_the_project_resolves_to_it()
    {
        var (diagnostics, _) = await AnalyzerHarness.RunAsync(new[]
        {
            ("earlier.res.md", "---\nstatus: adopted\nnumber: 81/12\nadopted: 2026-11-20\nmeeting: 30th plenary meeting\ntitle: Earlier\n---\n\nThe General Assembly,\n\n1. *Decides* to act;\n\n2. *Decides also* to remain seized of the matter.\n"),
            ("later.res.md", Head + "*Recalling* its resolution 81/12 of 21 November 2026," + Tail),
        });

        var finding = Assert.Single(diagnostics, d => d.Id == "DK5002");
        Assert.Contains("adopted on 20 November 2026", finding.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}

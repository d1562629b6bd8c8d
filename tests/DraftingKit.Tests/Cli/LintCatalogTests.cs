using DraftingKit.Cli;
using DraftingKit.Cli.Commands;

namespace DraftingKit.Tests.Cli;

/// <summary><c>draftkit lint</c> checks citations against the project's catalogs and its own templates.</summary>
public sealed class LintCatalogTests : IDisposable
{
    private const string Head = "---\nkind: resolution\nstatus: draft\norgan: General Assembly\ntitle: Drugs\n---\n\nThe General Assembly,\n\n";
    private readonly string folder = Directory.CreateTempSubdirectory("draftkit-lint-catalog-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private (int Exit, string Output) Lint(params string[] catalogs)
    {
        var stdout = new StringWriter();
        var exit = LintCommand.Run(new[] { folder }, "text", Array.Empty<string>(), Array.Empty<string>(), false, stdout, new StringWriter(), catalogs);
        return (exit, stdout.ToString());
    }

    [Fact]
    public void A_catalog_file_in_the_folder_is_used_and_a_wrong_date_is_an_error()
    {
        File.WriteAllText(Path.Combine(folder, "drugs.res.md"), Head + "*Recalling* Commission on Narcotic Drugs resolution 52/13 of 21 March 2009,\n\n1. *Requests* the Secretary-General to report;\n\n2. *Decides* to remain seized of the matter.\n");
        File.WriteAllText(Path.Combine(folder, "team.catalog.csv"), "organ,number,date\nCND,52/13,2009-03-20\n");

        var (exit, output) = Lint();

        Assert.Equal(ExitCodes.InputHasErrors, exit);
        Assert.Contains("error DK5002: resolution 52/13 (CND) was adopted on 20 March 2009, not 21 March 2009 (source: team.catalog.csv line 2)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_citing_another_template_of_the_project_resolves_to_it()
    {
        File.WriteAllText(Path.Combine(folder, "earlier.res.md"), "---\nstatus: adopted\nnumber: 81/12\nadopted: 2026-11-20\nmeeting: 30th plenary meeting\ntitle: Earlier\n---\n\nThe General Assembly,\n\n1. *Decides* to act;\n\n2. *Decides also* to remain seized of the matter.\n");
        File.WriteAllText(Path.Combine(folder, "later.res.md"), Head + "*Recalling* its resolution 81/12 of 21 November 2026,\n\n1. *Requests* the Secretary-General to report;\n\n2. *Decides* to remain seized of the matter.\n");

        var (_, output) = Lint();

        Assert.Contains("DK5002: resolution 81/12 (GA) was adopted on 20 November 2026, not 21 November 2026 (source: template ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_row_of_a_named_catalog_is_reported_against_its_file_and_line()
    {
        File.WriteAllText(Path.Combine(folder, "drugs.res.md"), Head + "*Recalling* its resolution 74/177 of 18 December 2019,\n\n1. *Requests* the Secretary-General to report;\n\n2. *Decides* to remain seized of the matter.\n");
        var elsewhere = Path.Combine(Directory.CreateTempSubdirectory("draftkit-catalog-").FullName, "extra.catalog.csv");
        File.WriteAllText(elsewhere, "organ,number,date\nCND,52/14,20 March\n");

        var (_, output) = Lint(elsewhere);

        Assert.Contains("extra.catalog.csv(2,1): warning DK5090:", output, StringComparison.Ordinal);
    }
}

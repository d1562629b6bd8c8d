using DraftingKit.Reports;

namespace DraftingKit.Tests.Reports;

/// <summary>The report reader on bad input: a diagnostic with its place, never an exception.</summary>
public sealed class ReportReaderTests
{
    [Fact]
    public void A_missing_template_is_DK0020_on_the_include_block()
    {
        var read = ReportText.Read("1. Text.\n\n```include\ntemplate: nowhere/draft.res.md\n```\n");
        var diagnostic = Assert.Single(read.Diagnostics);
        Assert.Equal("DK0020", diagnostic.Id);
        Assert.Equal(11, diagnostic.Span.Line);
        Assert.StartsWith("The text 'nowhere/draft.res.md' cannot be read: no file ", diagnostic.Message, StringComparison.Ordinal);
        var text = Assert.Single(read.Report.Texts());
        Assert.Equal("draft", text.Id);
        Assert.Null(text.Document);
    }

    [Theory]
    [InlineData("```table\na: 1\n```\n", "A fenced block of a report is 'include' (a recommended text) or 'proceeding' (a step of the consideration of a proposal); 'table' is neither")]
    [InlineData("```proceeding\nadopted: A\nbudget-statement: B\n```\n", "A proceeding block names one step: council-recommended, before, budget-statement, oral-revision, adopted; this one names budget-statement and adopted")]
    [InlineData("```proceeding\nadopted: [A\n```\n", null)]
    [InlineData("```proceeding\nadopted: A\nmeeting: forty\n```\n", "'meeting' is a number; 'forty' is not")]
    [InlineData("```include\nid: x\n```\n", "An include block names the text's template: 'template: draft-resolution-I.res.md'")]
    [InlineData("```proceeding\ncouncil-recommended: A/C.3/72/L.2\ncouncil-resolution: 2017/15\ncouncil-date: 31 June 2017\n```\n", "'council-date' is a date (6 July 2017); '31 June 2017' is not")]
    public void A_block_of_the_wrong_form_is_DK0021(string block, string? message)
    {
        var read = ReportText.Read(block);
        var diagnostic = Assert.Single(read.Diagnostics);
        Assert.Equal("DK0021", diagnostic.Id);
        if (message is not null)
        {
            Assert.Equal(message, diagnostic.Message);
        }
    }

    [Fact]
    public void Front_matter_keys_and_values_are_checked_as_templates_check_theirs()
    {
        var read = ReportText.Read("1. Text.\n", "---\nkind: plenary-report\nsession: seventy\ncolour: blue\n---\n\n");
        Assert.Equal(new[] { "DK0003", "DK0003", "DK0002" }, read.Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void Mangled_reports_never_throw()
    {
        var text = System.IO.File.ReadAllText(ReportSeeds.ReportPath("000_88cf70b5d62246a4"));
        var random = new Random(8);
        for (var i = 0; i < 40; i++)
        {
            var chars = text.ToCharArray();
            for (var j = 0; j < 20; j++)
            {
                chars[random.Next(chars.Length)] = "`-:\n[]^{}#*(). "[random.Next(15)];
            }

            var mangled = new string(chars);
            var findings = DraftingKit.Rules.ReportLinter.Lint(ReportText.Path(), mangled);
            Assert.DoesNotContain(findings, f => f.Id == "DK0901");
            _ = DraftingKit.Rendering.ReportTextRenderer.Render(ReportReader.Read(ReportText.Path(), mangled).Report);
        }
    }
}

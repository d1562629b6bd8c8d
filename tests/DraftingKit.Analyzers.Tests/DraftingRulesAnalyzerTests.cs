using Microsoft.CodeAnalysis;

namespace DraftingKit.Analyzers.Tests;

public sealed class DraftingRulesAnalyzerTests
{
    private const string Template = """
        ---
        kind: resolution
        status: draft
        organ: General Assembly
        session: 76
        title: Crime prevention and criminal justice
        ---

        The General Assembly,

        *Recalling* the Convention on Psychotropic Substances of 1971,[^1]

        *Recalling also* the Convention on Psychotropic Substances of 1971,[^1]

        1. *Requests* the Secretary-General to report;

        2. *Deciding* to remain seized of the matter.

        [^1]: United Nations, *Treaty Series*, vol. 1019, No. 14956.
        """;

    [Fact]
    public async Task Findings_are_reported_at_their_file_line_and_column()
    {
        var (diagnostics, exceptions) = await AnalyzerHarness.RunAsync(new[] { ("drafts/crime.res.md", Template) });

        Assert.Empty(exceptions);
        var verb = Assert.Single(diagnostics, d => d.Id == "DK2001");
        var span = verb.Location.GetLineSpan();
        Assert.Equal("drafts/crime.res.md", span.Path);
        Assert.Equal(17, span.StartLinePosition.Line + 1);
        Assert.Equal(5, span.StartLinePosition.Character + 1);
        Assert.Equal(13, span.EndLinePosition.Character + 1);
        Assert.Equal(DiagnosticSeverity.Error, verb.Severity);
        Assert.Contains("write 'Decides'", verb.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal("https://github.com/draftingkit/DraftingKit/blob/main/docs/rules/DK2001.md", verb.Descriptor.HelpLinkUri);
    }

    [Fact]
    public async Task Files_other_than_templates_are_ignored()
    {
        var (diagnostics, _) = await AnalyzerHarness.RunAsync(new[] { ("notes.md", Template) });
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task Footnote_style_option_comes_from_the_template_options()
    {
        var current = await AnalyzerHarness.RunAsync(new[] { ("a.res.md", Template) });
        var repeat = await AnalyzerHarness.RunAsync(new[] { ("a.res.md", Template) }, new Dictionary<string, string> { ["draftingkit.footnote_style"] = "repeat" });

        Assert.Contains(current.Diagnostics, d => d.Id == "DK4002");
        Assert.DoesNotContain(repeat.Diagnostics, d => d.Id == "DK4002");
    }

    [Fact]
    public async Task A_misspelled_option_key_is_reported_not_read_as_the_default_issue_19()
    {
        var (diagnostics, _) = await AnalyzerHarness.RunAsync(new[] { ("a.res.md", Template) }, new Dictionary<string, string> { ["draftingkit.footnote_styl"] = "repeat", ["indent_style"] = "space" });

        var unknown = Assert.Single(diagnostics, d => d.Id == "DK0904");
        Assert.Equal("'draftingkit.footnote_styl' is not a DraftingKit option, so it changes nothing; the options are draftingkit.footnote_style, draftingkit.negotiation_draft", unknown.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("a.res.md", unknown.Location.GetLineSpan().Path);
        Assert.Equal(0, unknown.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains(diagnostics, d => d.Id == "DK4002");
    }

    [Fact]
    public async Task A_value_the_option_does_not_take_is_reported_and_the_default_used_issue_19()
    {
        var (diagnostics, _) = await AnalyzerHarness.RunAsync(new[] { ("a.res.md", Template) }, new Dictionary<string, string> { ["draftingkit.footnote_style"] = "repeated" });

        var invalid = Assert.Single(diagnostics, d => d.Id == "DK0905");
        Assert.Equal("'repeated' is not a value of draftingkit.footnote_style, so the default 'auto' is used; write auto, current, repeat", invalid.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(diagnostics, d => d.Id == "DK4002");
    }

    [Fact]
    public async Task Declared_options_and_other_tools_keys_are_not_reported()
    {
        var (diagnostics, _) = await AnalyzerHarness.RunAsync(new[] { ("a.res.md", Template) }, new Dictionary<string, string> { ["DraftingKit.Footnote_Style"] = " Repeat ", ["dotnet_diagnostic.DK2001.severity"] = "none" });

        Assert.DoesNotContain(diagnostics, d => d.Id is "DK0904" or "DK0905");
        Assert.DoesNotContain(diagnostics, d => d.Id == "DK4002");
    }

    [Fact]
    public async Task Severities_are_set_per_id_as_editorconfig_sets_them()
    {
        var severities = new Dictionary<string, ReportDiagnostic> { ["DK2001"] = ReportDiagnostic.Suppress, ["DK4002"] = ReportDiagnostic.Error };
        var (diagnostics, _) = await AnalyzerHarness.RunAsync(new[] { ("a.res.md", Template) }, severities: severities);

        Assert.DoesNotContain(diagnostics, d => d.Id == "DK2001");
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(diagnostics, d => d.Id == "DK4002").Severity);
    }

    [Fact]
    public async Task Many_templates_run_concurrently_without_an_analyzer_exception()
    {
        var random = new Random(20261123);
        const string alphabet = "*_[]^()#:-.,;\"'“” \n1234567890abcXYZ---";
        var templates = new List<(string, string)>();
        for (var i = 0; i < 300; i++)
        {
            var chars = Template.ToCharArray().ToList();
            for (var edit = 0; edit < 10; edit++)
            {
                chars.Insert(random.Next(chars.Count), alphabet[random.Next(alphabet.Length)]);
                chars.RemoveAt(random.Next(chars.Count));
            }

            templates.Add(($"fuzz/{i}.res.md", new string(chars.ToArray())));
        }

        var (diagnostics, exceptions) = await AnalyzerHarness.RunAsync(templates);

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001" || d.Id == "DK0901");
        Assert.True(diagnostics.Length > 300);
    }
}

using System.Text.RegularExpressions;
using DraftingKit.Declarations;
using DraftingKit.Rendering;
using DraftingKit.Rules;

namespace DraftingKit.Analyzers.Tests.Declarations;

/// <summary>The example of docs/csharp-authoring.md compiles, reads, renders and draws no finding.</summary>
public sealed class AuthoringDocumentationTests
{
    private static string Example()
    {
        var page = File.ReadAllText(Path.Combine(AnalyzerHarness.Root, "docs", "csharp-authoring.md"));
        return Regex.Match(page, @"```csharp\n(?<code>.*?)\n```", RegexOptions.Singleline, System.TimeSpan.FromSeconds(1)).Groups["code"].Value;
    }

    [Fact]
    public void The_documented_example_compiles_and_no_rule_reports_on_it()
    {
        var declaration = DeclarationHarness.Read(Example()).Single(d => d.TypeName == "Drafts.CrimePrevention");

        var findings = DeclaredResolutionLinter.Lint(declaration).Select(f => f.ToString()).ToList();
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    [Fact]
    public void The_documented_example_renders_as_resolution_74_177_prints()
    {
        var declaration = DeclarationHarness.Read(Example()).Single(d => d.TypeName == "Drafts.CrimePrevention");
        var text = UnTextRenderer.Render(DeclaredDocumentBuilder.Build(declaration).Document);

        Assert.Contains("Reaffirming also its resolutions relating to the urgent need to strengthen international cooperation and technical assistance in promoting", text, System.StringComparison.Ordinal);
        Assert.Contains("3. Also requests the Secretary-General to submit a report", text, System.StringComparison.Ordinal);
        Assert.Contains("(b) Continuing to study the flexible application of programme support costs;", text, System.StringComparison.Ordinal);
        Assert.Contains("Treaty Series", text, System.StringComparison.Ordinal);
    }
}

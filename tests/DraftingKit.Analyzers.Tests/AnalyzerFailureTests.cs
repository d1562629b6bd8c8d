using System.Globalization;
using DraftingKit.Diagnostics;
using DraftingKit.Rules;

namespace DraftingKit.Analyzers.Tests;

/// <summary>
/// A failure inside the analyzer never reaches the build as AD0001: a rule that throws, or the linting itself
/// throwing, is reported as DK0901 on the template, naming it, and the other rules' findings still arrive.
/// </summary>
public sealed class AnalyzerFailureTests
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

        *Recalling* the Convention on Psychotropic Substances of 1971,

        1. *Requests* the Secretary-General to report;

        2. *Deciding* to remain seized of the matter.
        """;

    [Fact]
    public async Task A_rule_that_throws_is_reported_as_DK0901_on_the_template_and_the_other_rules_still_run()
    {
        var rules = RuleCatalog.Rules.Append(new ThrowingRule()).ToList();
        var analyzer = new DraftingRulesAnalyzer((path, text, options, catalog) => DraftingLinter.Lint(path, text, options, catalog, rules));

        var (diagnostics, exceptions) = await AnalyzerHarness.RunAsync(new[] { ("drafts/crime.res.md", Template) }, analyzer: analyzer);

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        var failure = Assert.Single(diagnostics, d => d.Id == "DK0901");
        Assert.Equal("drafts/crime.res.md", failure.Location.GetLineSpan().Path);
        var message = failure.GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("'drafts/crime.res.md'", message, StringComparison.Ordinal);
        Assert.Contains("DK9999 threw InvalidOperationException: injected", message, StringComparison.Ordinal);
        Assert.Contains(diagnostics, d => d.Id == "DK2001");
    }

    [Fact]
    public async Task Linting_that_throws_outside_any_rule_is_reported_as_DK0901_naming_the_template()
    {
        var analyzer = new DraftingRulesAnalyzer((_, _, _, _) => throw new InvalidOperationException("injected outside the rules"));

        var (diagnostics, exceptions) = await AnalyzerHarness.RunAsync(new[] { ("drafts/crime.res.md", Template), ("drafts/other.res.md", Template) }, analyzer: analyzer);

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        var failures = diagnostics.Where(d => d.Id == "DK0901").Select(d => d.GetMessage(CultureInfo.InvariantCulture)).OrderBy(m => m, StringComparer.Ordinal).ToList();
        Assert.Equal(2, failures.Count);
        Assert.Contains("'drafts/crime.res.md'", failures[0], StringComparison.Ordinal);
        Assert.Contains("'drafts/other.res.md'", failures[1], StringComparison.Ordinal);
        Assert.All(failures, m => Assert.Contains("InvalidOperationException: injected outside the rules", m, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_harness_fails_a_test_whose_analyzer_throws_past_its_guard()
    {
        // The guard of the other tests: an exception the host lets through must fail the run, not vanish.
        var failure = await Assert.ThrowsAsync<Xunit.Sdk.XunitException>(() => AnalyzerHarness.RunAsync(new[] { ("drafts/crime.res.md", Template) }, analyzer: new UnguardedAnalyzer()));

        Assert.Contains("unguarded", failure.Message, StringComparison.Ordinal);
    }

    // A test double, not a shipped analyzer: release tracking and the analyzer-project rules do not apply.
#pragma warning disable RS1036, RS2008
    [Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer(Microsoft.CodeAnalysis.LanguageNames.CSharp)]
    private sealed class UnguardedAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer
    {
        private static readonly Microsoft.CodeAnalysis.DiagnosticDescriptor Rule = new("DK9998", "Unguarded", "Unguarded", "Test", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.DiagnosticDescriptor> SupportedDiagnostics => System.Collections.Immutable.ImmutableArray.Create(Rule);

        public override void Initialize(Microsoft.CodeAnalysis.Diagnostics.AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(Microsoft.CodeAnalysis.Diagnostics.GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationAction(_ => throw new InvalidOperationException("unguarded"));
        }
    }
#pragma warning restore RS1036, RS2008

    private sealed class ThrowingRule : DraftingRule
    {
        public override DraftingDescriptor Descriptor { get; } = RuleDescriptors.Create("DK9999", "injected-failure", RuleCategory.Host, DraftingSeverity.Warning, "A rule that fails", "{0}");

        public override void Check(RuleContext context) => throw new InvalidOperationException("injected");
    }
}

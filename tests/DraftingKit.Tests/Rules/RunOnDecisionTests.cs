using DraftingKit.Rules;
using DraftingKit.Templates;

namespace DraftingKit.Tests.Rules;

/// <summary>
/// A decision of one sentence (seed 001, draft decision III) runs on from the formula with its verb in lower case.
/// Written with the verb as a lead, it is still read as that form, and DK1001 says what to write instead of
/// reporting a missing formula.
/// </summary>
public sealed class RunOnDecisionTests
{
    [Theory]
    [InlineData("run-on-decision.res.md", "'*Decides*'")]
    [InlineData("run-on-decision-capital.res.md", "'Decides'")]
    public void A_verb_written_as_a_lead_after_the_formula_is_DK1001_asking_for_lower_case(string fixture, string written)
    {
        var (text, _) = RuleFixtureTests.Read(Path.Combine(RuleFixtureTests.FixtureFolder, fixture));

        var document = TemplateReader.Read(fixture, text).Document;
        Assert.True(document.Parts[0].Formula?.RunsOn);
        var finding = Assert.Single(DraftingLinter.Lint(fixture, text), f => f.Id == "DK1001");
        Assert.Contains("write 'The Economic and Social Council decides …', not " + written, finding.Message, System.StringComparison.Ordinal);
        Assert.Equal(9, finding.Span.Line);
    }

    [Fact]
    public void The_seed_decision_in_lower_case_draws_no_finding()
    {
        var (text, _) = RuleFixtureTests.Read(Path.Combine(RuleFixtureTests.FixtureFolder, "run-on-decision-seed-001.res.md"));

        Assert.DoesNotContain(DraftingLinter.Lint("seed.res.md", text), f => f.Id == "DK1001");
    }
}

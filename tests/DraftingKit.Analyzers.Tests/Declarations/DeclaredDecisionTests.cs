using DraftingKit.Declarations;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Rules;

namespace DraftingKit.Analyzers.Tests.Declarations;

/// <summary>
/// Decisions declared in C#: lettered paragraphs under the formula, or one paragraph that runs on from it. The
/// text is draft decision II of the Commission's report (tests/DraftingKit.Tests/Fixtures/lettered-decision.res.md).
/// </summary>
public sealed class DeclaredDecisionTests
{
    [Fact]
    public void Operative_paragraphs_of_a_decision_are_lettered()
    {
        var declaration = Assert.Single(DeclarationHarness.Read("""
            using DraftingKit.Authoring;

            namespace Drafts;

            [Decision(Organ = "Economic and Social Council", Label = "Draft decision II",
                Title = "Report of the Commission on Crime Prevention and Criminal Justice on its twenty-sixth session and provisional agenda for its twenty-seventh session")]
            public partial class CommissionReport
            {
                [Operative] const string TakesNote = "*Takes note* of the report of the Commission on Crime Prevention and Criminal Justice on its twenty-sixth session;";
                [Operative] const string Reaffirms = "*Reaffirms* Commission decision 21/1 of 27 April 2012;";
                [Operative] const string Approves = "*Approves* the provisional agenda for the twenty-seventh session set out below.";
            }
            """));
        var document = DeclaredDocumentBuilder.Build(declaration).Document;

        Assert.Equal(DocumentKind.Decision, document.Header.Kind);
        Assert.All(document.OperativeParagraphs(), p => Assert.Equal(NumberStyle.Letter, p.NumberStyle));
        var text = UnTextRenderer.Render(document);
        Assert.Contains("The Economic and Social Council:", text, System.StringComparison.Ordinal);
        Assert.Contains("(b) Reaffirms Commission decision 21/1 of 27 April 2012;", text, System.StringComparison.Ordinal);
        Assert.Empty(DeclaredResolutionLinter.Lint(declaration).Where(f => f.Severity >= DraftingKit.Diagnostics.DraftingSeverity.Warning).Select(f => f.ToString()));
    }

    [Fact]
    public void A_decision_of_one_paragraph_runs_on_from_the_formula()
    {
        var declaration = Assert.Single(DeclarationHarness.Read("""
            using DraftingKit.Authoring;

            namespace Drafts;

            [Decision(Organ = "Economic and Social Council", Label = "Draft decision I",
                Title = "Venue of the twenty-seventh session of the Commission")]
            public partial class Venue
            {
                [Operative] const string Decides = "decides that the twenty-seventh session of the Commission on Crime Prevention and Criminal Justice shall be held in Vienna from 14 to 18 May 2018.";
            }
            """));
        var document = DeclaredDocumentBuilder.Build(declaration).Document;

        var formula = Assert.Single(document.Parts).Formula;
        Assert.True(formula?.RunsOn);
        Assert.Contains("The Economic and Social Council decides that the twenty-seventh session", UnTextRenderer.Render(document), System.StringComparison.Ordinal);
        Assert.Empty(DeclaredResolutionLinter.Lint(declaration).Where(f => f.Severity >= DraftingKit.Diagnostics.DraftingSeverity.Warning).Select(f => f.ToString()));
    }
}

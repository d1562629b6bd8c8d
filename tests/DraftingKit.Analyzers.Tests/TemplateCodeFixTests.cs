using System.Collections.Immutable;
using System.Threading;
using DraftingKit.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DraftingKit.Analyzers.Tests;

/// <summary>
/// The code fix on a <c>*.res.md</c> template, an additional document of the project (issue 19): the analyzer's
/// finding carries the engine's edits, and the one provider applies them to the template's text through Roslyn's
/// additional-document code fixes, exactly as <c>draftkit lint --fix</c> would.
/// </summary>
public sealed class TemplateCodeFixTests
{
    private const string Template = "---\nkind: resolution\nstatus: draft\norgan: General Assembly\nsession: 74\ntitle: Crime prevention\n---\n\nThe General Assembly,\n\n*Recalling* its resolution 73/186 of 17 December 2018,\n\n1. *Requests* the Secretary-General to report by December 19, 2019;\n\n2. *Decide* to remain seized of the matter.\n";

    [Fact]
    public async Task A_finding_in_a_template_is_fixed_in_the_template_with_the_descriptors_title()
    {
        var (document, diagnostics) = await AnalyzeAsync(Template);
        var date = Assert.Single(diagnostics, d => d.Id == "DK7001");

        var (title, fixedText) = await FixAsync(document, date);

        Assert.Equal("Write the date day, month, year", title);
        Assert.Contains("report by 19 December 2019;", fixedText, StringComparison.Ordinal);
        Assert.Equal(Template.Replace("December 19, 2019", "19 December 2019", StringComparison.Ordinal), fixedText);
    }

    [Fact]
    public async Task Each_fixable_finding_of_a_template_gets_its_own_fix()
    {
        var (document, diagnostics) = await AnalyzeAsync(Template);
        var verb = Assert.Single(diagnostics, d => d.Id == "DK2001");

        var (title, fixedText) = await FixAsync(document, verb);

        Assert.Equal("Write the verb in the present indicative", title);
        Assert.Contains("2. *Decides* to remain seized of the matter.", fixedText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_finding_without_edits_offers_no_fix()
    {
        var (document, diagnostics) = await AnalyzeAsync(Template.Replace("session: 74\n", string.Empty, StringComparison.Ordinal) + "\n[^9]: Never referenced.\n");
        var unfixable = diagnostics.Where(d => !d.Properties.ContainsKey(FixProperty.Key)).ToList();
        Assert.NotEmpty(unfixable);

        foreach (var diagnostic in unfixable)
        {
            var actions = new List<CodeAction>();
            await new EngineEditsFixProvider().RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
            Assert.Empty(actions);
        }
    }

    private static async Task<(TextDocument Document, ImmutableArray<Diagnostic> Diagnostics)> AnalyzeAsync(string template)
    {
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("Drafts", LanguageNames.CSharp).AddAdditionalDocument("draft.res.md", SourceText.From(template), filePath: "/drafts/draft.res.md").Project;
        var document = project.AdditionalDocuments.Single();
        var compilation = (await project.GetCompilationAsync())!;
        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new DraftingRulesAnalyzer()), project.AnalyzerOptions)
            .GetAnalyzerDiagnosticsAsync();
        return (document, diagnostics);
    }

    private static async Task<(string Title, string FixedText)> FixAsync(TextDocument document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        await new EngineEditsFixProvider().RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        var action = Assert.Single(actions);
        var operation = Assert.Single((await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>());
        var changed = operation.ChangedSolution.GetAdditionalDocument(document.Id)!;
        return (action.Title, (await changed.GetTextAsync()).ToString());
    }
}

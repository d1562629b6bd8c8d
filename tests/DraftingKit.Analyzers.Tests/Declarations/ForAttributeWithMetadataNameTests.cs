using DraftingKit.Analyzers.Declarations;
using DraftingKit.Declarations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DraftingKit.Analyzers.Tests.Declarations;

/// <summary>
/// The reader takes what <c>ForAttributeWithMetadataName</c> gives, and its record is equatable, so a generator
/// step over it is cached when another file changes and modified when the declaration does.
/// </summary>
public sealed class ForAttributeWithMetadataNameTests
{
    private const string StepName = "DeclaredResolution";

    [Fact]
    public void The_reader_works_on_the_context_of_ForAttributeWithMetadataName()
    {
        var (_, result) = Run(DeclarationHarness.Compile(DeclaredResolutionReaderTests.CrimePrevention));

        var outputs = Outputs(result);
        Assert.Equal(new[] { "Drafts.A_RES_73_186", "Drafts.CrimePrevention" }, outputs.Select(d => d.TypeName).OrderBy(n => n, System.StringComparer.Ordinal));
        Assert.Equal(7, outputs.Single(d => d.TypeName == "Drafts.CrimePrevention").Members.Count);
    }

    [Fact]
    public void An_edit_in_another_file_leaves_the_step_cached_and_an_edit_of_a_paragraph_modifies_it()
    {
        var compilation = DeclarationHarness.Compile(new[]
        {
            (DeclarationHarness.Path, DeclaredResolutionReaderTests.CrimePrevention),
            ("/drafts/Other.cs", "namespace Drafts; public static class Other { public const int Value = 1; }"),
        });
        var (driver, _) = Run(compilation);

        var other = compilation.SyntaxTrees.Single(t => t.FilePath == "/drafts/Other.cs");
        var edited = compilation.ReplaceSyntaxTree(other, other.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From("namespace Drafts; public static class Other { public const int Value = 2; }")));
        var afterOtherEdit = driver.RunGenerators(edited).GetRunResult();
        Assert.All(Steps(afterOtherEdit), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, reason.ToString()));

        var declarationTree = edited.SyntaxTrees.Single(t => t.FilePath == DeclarationHarness.Path);
        var changedText = DeclaredResolutionReaderTests.CrimePrevention.Replace("national responses.", "national responses;", System.StringComparison.Ordinal);
        var afterParagraphEdit = driver.RunGenerators(edited.ReplaceSyntaxTree(declarationTree, declarationTree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(changedText)))).GetRunResult();
        Assert.Contains(IncrementalStepRunReason.Modified, Steps(afterParagraphEdit));
    }

    private static (GeneratorDriver Driver, GeneratorDriverRunResult Result) Run(Compilation compilation)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new ReaderProbe().AsSourceGenerator() },
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGenerators(compilation);
        return (driver, driver.GetRunResult());
    }

    private static DeclaredResolution[] Outputs(GeneratorDriverRunResult result) =>
        result.Results.Single().TrackedSteps[StepName].SelectMany(s => s.Outputs).Select(o => (DeclaredResolution)o.Value).ToArray();

    private static IncrementalStepRunReason[] Steps(GeneratorDriverRunResult result) =>
        result.Results.Single().TrackedSteps[StepName].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();

    /// <summary>The smallest generator over the reader: one FAWMN step per attribute, tracked by name.</summary>
    private sealed class ReaderProbe : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var resolutions = Step(context, AuthoringNames.Resolution);
            var decisions = Step(context, AuthoringNames.Decision);
            context.RegisterSourceOutput(resolutions.Collect().Combine(decisions.Collect()), (_, _) => { });
        }

        private static IncrementalValuesProvider<DeclaredResolution> Step(IncrementalGeneratorInitializationContext context, string attribute) =>
            context.SyntaxProvider.ForAttributeWithMetadataName(
                    attribute,
                    static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax,
                    static (syntax, cancellationToken) => DeclaredResolutionReader.Read(syntax.TargetNode, syntax.TargetSymbol, syntax.SemanticModel, syntax.Attributes, cancellationToken)!)
                .Where(static declaration => declaration is not null)
                .WithTrackingName(StepName);
    }
}

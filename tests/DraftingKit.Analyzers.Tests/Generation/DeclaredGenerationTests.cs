using System.Reflection;
using System.Threading;
using DraftingKit.Analyzers.Generation;
using DraftingKit.Analyzers.Tests.Declarations;
using DraftingKit.Analyzers.Tests.Support;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Templates;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace DraftingKit.Analyzers.Tests.Generation;

/// <summary>
/// Resolutions declared in C# (<c>[Resolution]</c>, <c>[Decision]</c>) get the same generated members as
/// templates, in a part of the drafter's own partial class: the UN text, the template they stand for and the
/// model. 74/177 declared in C# generates the same UN text as its template. Found with ForAttributeWithMetadataName,
/// incremental, and never a crash: what prevents the part is DK0902 on the class name.
/// </summary>
public sealed class DeclaredGenerationTests
{
    private static string SampleTemplate => File.ReadAllText(Path.Combine(AnalyzerHarness.Root, "samples", "A-RES-74-177.res.md"));

    [Fact]
    public void Resolution_74_177_declared_in_csharp_generates_the_same_un_text_as_its_template()
    {
        var source = SampleDeclarationTests.AsDeclaration(SampleTemplate);
        var (driver, output) = Run(DeclarationHarness.Compile(source, GeneratorHarness.ProjectDirectory + "Drafts/A_RES_74_177.cs"));

        var result = driver.GetRunResult().Results.Single();
        Assert.Empty(result.Diagnostics);
        Assert.Equal(new[] { "Resolutions.Drafts.A_RES_74_177.g.cs" }, result.GeneratedSources.Select(s => s.HintName));
        Assert.Empty(Problems(output));

        var type = Load(output).GetType("Drafts.A_RES_74_177")!;
        var expected = UnTextRenderer.Render(TemplateReader.Read("A-RES-74-177.res.md", SampleTemplate).Document);
        Assert.Equal(expected, (string)type.GetField("UnText")!.GetRawConstantValue()!);
        var template = (string)type.GetField("Template")!.GetRawConstantValue()!;
        var document = (ResolutionDocument)type.GetProperty("Document")!.GetValue(null)!;
        Assert.Equal(TemplateReader.Read("Drafts/A_RES_74_177.cs", template).Document, document);
        Assert.Equal("A/RES/74/177", document.Header.Symbol);
    }

    [Fact]
    public void The_generated_part_of_a_declaration()
    {
        var (driver, output) = Run(DeclarationHarness.Compile(DeclaredResolutionReaderTests.CrimePrevention, GeneratorHarness.ProjectDirectory + "CrimePrevention.cs"));

        var result = driver.GetRunResult().Results.Single();
        Assert.Equal(new[] { "Resolutions.Drafts.A_RES_73_186.g.cs", "Resolutions.Drafts.CrimePrevention.g.cs" }, result.GeneratedSources.Select(s => s.HintName).OrderBy(n => n, StringComparer.Ordinal));
        Snapshot.Verify(GeneratorHarness.Generated(result, "Resolutions.Drafts.CrimePrevention.g.cs"), extension: "cs.txt");
        Assert.Empty(Problems(output));
    }

    [Fact]
    public void A_decision_is_generated_too()
    {
        const string source = """
            using DraftingKit.Authoring;

            namespace Drafts;

            [Decision(Organ = "Economic and Social Council", Number = "2017/215", Title = "Venue of the session")]
            internal static partial class Venue
            {
                [Operative]
                public const string Decides = "*Decides* that its next session shall be held in Geneva.";
            }
            """;
        var (driver, output) = Run(DeclarationHarness.Compile(source, GeneratorHarness.ProjectDirectory + "Venue.cs"));

        Assert.Single(driver.GetRunResult().Results.Single().GeneratedSources);
        Assert.Empty(Problems(output));
        var text = (string)Load(output).GetType("Drafts.Venue")!.GetField("UnText", BindingFlags.Public | BindingFlags.Static)!.GetRawConstantValue()!;
        Assert.Contains("Economic and Social Council", text, StringComparison.Ordinal);
        Assert.Contains("Decides that its next session shall be held in Geneva.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_council_draft_declared_with_its_sponsors_prints_the_sponsors_line_and_no_adoption_line()
    {
        // Issue 16: the sponsors of a draft, as the template's `sponsors:` gives them, from the [Resolution] attribute.
        const string source = """
            using DraftingKit.Authoring;

            namespace Drafts;

            [Resolution(Organ = "Security Council", Symbol = "S/2024/123", Distribution = "General", Issued = "2024-02-12",
                Sponsors = "Albania, Ecuador, France, Japan, Malta and United Kingdom of Great Britain and Northern Ireland")]
            internal static partial class Youth
            {
                [Preambular]
                public const string Recognizing = "*Recognizing* that the maintenance of international peace and security is its primary responsibility,";

                [Operative]
                public const string Decides = "*Decides* to remain seized of the matter.";
            }
            """;
        var (driver, output) = Run(DeclarationHarness.Compile(source, GeneratorHarness.ProjectDirectory + "Youth.cs"));

        Assert.Single(driver.GetRunResult().Results.Single().GeneratedSources);
        Assert.Empty(Problems(output));
        var type = Load(output).GetType("Drafts.Youth")!;
        var text = (string)type.GetField("UnText", BindingFlags.Public | BindingFlags.Static)!.GetRawConstantValue()!;
        Assert.Contains("Albania, Ecuador, France, Japan, Malta and United Kingdom of Great Britain and Northern Ireland: draft resolution", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Adopted by", text, StringComparison.Ordinal);
        var document = (ResolutionDocument)type.GetProperty("Document")!.GetValue(null)!;
        Assert.Equal(DocumentStatus.Draft, document.Header.Status);
        Assert.Equal("Albania, Ecuador, France, Japan, Malta and United Kingdom of Great Britain and Northern Ireland", document.Header.Sponsors);
        var template = (string)type.GetField("Template")!.GetRawConstantValue()!;
        Assert.Contains("sponsors: \"Albania, Ecuador", template, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("public static partial class Outer { [Resolution(Title = \"T\")] public partial class Inner { [Operative] public const string Decides = \"*Decides* to act.\"; } }", "Inner", "nested in 'Outer'")]
    [InlineData("[Resolution(Title = \"T\")] public partial class Draft { [Operative] public const string Decides = \"*Decides* to act.\"; public const string UnText = \"mine\"; }", "Draft", "already has a member named 'UnText'")]
    public void A_class_the_part_cannot_join_is_DK0902_on_its_name(string declaration, string name, string reason)
    {
        var source = "using DraftingKit.Authoring;\n\nnamespace Drafts;\n\n" + declaration + "\n";
        var (driver, output) = Run(DeclarationHarness.Compile(source, GeneratorHarness.ProjectDirectory + "Draft.cs"));

        var result = driver.GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        Assert.Empty(result.GeneratedSources);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("DK0902", diagnostic.Id);
        Assert.Contains(reason, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var span = diagnostic.Location.SourceSpan;
        Assert.Equal(name, source.Substring(span.Start, span.Length));
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Id == "CS8785");
    }

    [Fact]
    public void A_failure_on_a_declaration_is_DK0902_and_the_templates_are_still_generated()
    {
        var generator = new ResolutionGenerator(path =>
        {
            if (path.EndsWith(".cs", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("injected failure");
            }
        });
        var driver = GeneratorHarness.Driver(new[] { GeneratorHarness.Template("flawed-draft.res.md", File.ReadAllText(Path.Combine(AnalyzerHarness.Root, "samples", "FlawedDraft", "flawed-draft.res.md"))) }, generator);
        driver = driver.RunGenerators(DeclarationHarness.Compile(DeclaredResolutionReaderTests.CrimePrevention, GeneratorHarness.ProjectDirectory + "CrimePrevention.cs"));

        var result = driver.GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        Assert.Equal(new[] { "DK0902", "DK0902" }, result.Diagnostics.Select(d => d.Id));
        Assert.Equal(new[] { "Resolutions.A-C.3-74-L.11.g.cs" }, result.GeneratedSources.Select(s => s.HintName));
    }

    [Fact]
    public void Declarations_are_incremental_and_hold_no_roslyn_object()
    {
        var compilation = DeclarationHarness.Compile(new[]
        {
            (GeneratorHarness.ProjectDirectory + "CrimePrevention.cs", DeclaredResolutionReaderTests.CrimePrevention),
            (GeneratorHarness.ProjectDirectory + "Other.cs", "namespace Drafts; public static class Other { public const int Value = 1; }"),
        });
        var driver = GeneratorHarness.Driver(GeneratorHarness.Folder("tests", "corpus", "seeds")).RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();
        foreach (var (name, steps) in first.TrackedSteps.Where(pair => pair.Key is TrackingNames.Declarations or TrackingNames.DeclaredResolutions))
        {
            foreach (var output in steps.SelectMany(step => step.Outputs))
            {
                RoslynObjectWalker.AssertNone(output.Value, name);
            }
        }

        var other = compilation.SyntaxTrees.Single(t => t.FilePath.EndsWith("Other.cs", StringComparison.Ordinal));
        var edited = compilation.ReplaceSyntaxTree(other, other.WithChangedText(SourceText.From("namespace Drafts; public static class Other { public const int Value = 2; }")));
        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();
        foreach (var name in new[] { TrackingNames.Declarations, TrackingNames.DeclaredResolutions, TrackingNames.Resolutions, TrackingNames.GeneratedSources })
        {
            Assert.All(second.TrackedSteps[name].SelectMany(step => step.Outputs), output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, name + ": " + output.Reason));
        }

        var declaration = edited.SyntaxTrees.Single(t => t.FilePath.EndsWith("CrimePrevention.cs", StringComparison.Ordinal));
        var changed = DeclaredResolutionReaderTests.CrimePrevention.Replace("*Takes note with appreciation*", "*Takes note*", StringComparison.Ordinal);
        Assert.NotEqual(DeclaredResolutionReaderTests.CrimePrevention, changed);
        var third = driver.RunGenerators(edited.ReplaceSyntaxTree(declaration, declaration.WithChangedText(SourceText.From(changed)))).GetRunResult().Results.Single();
        var models = third.TrackedSteps[TrackingNames.DeclaredResolutions].SelectMany(step => step.Outputs).ToList();
        Assert.Equal(1, models.Count(output => output.Reason == IncrementalStepRunReason.Modified));
        Assert.All(third.TrackedSteps[TrackingNames.Resolutions].SelectMany(step => step.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Assert.Contains("Takes note of the report", third.GeneratedSources.Single(s => s.HintName == "Resolutions.Drafts.CrimePrevention.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    /// <summary>
    /// Warnings and errors of the compilation, but CS1591: the declarations of these tests carry no XML docs, and
    /// a documented class gets none from its generated part either.
    /// </summary>
    private static IEnumerable<string> Problems(Compilation output) =>
        output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "CS1591").Select(d => d.ToString());

    private static (GeneratorDriver Driver, Compilation Output) Run(Compilation compilation)
    {
        var driver = GeneratorHarness.Driver(Array.Empty<AdditionalText>());
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _, CancellationToken.None);
        return (driver, output);
    }

    private static Assembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return Assembly.Load(stream.ToArray());
    }
}

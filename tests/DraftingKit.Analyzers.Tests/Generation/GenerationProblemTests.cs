using DraftingKit.Analyzers.Generation;
using Microsoft.CodeAnalysis;

namespace DraftingKit.Analyzers.Tests.Generation;

/// <summary>
/// The generator reports only what stops it from generating, as DK0902 and DK0903 at the template, and never
/// fails the whole run (no CS8785): the other templates still get their classes.
/// </summary>
public sealed class GenerationProblemTests
{
    private static string Sample => File.ReadAllText(Path.Combine(AnalyzerHarness.Root, "samples", "A-RES-74-177.res.md"));

    private static string Flawed => File.ReadAllText(Path.Combine(AnalyzerHarness.Root, "samples", "FlawedDraft", "flawed-draft.res.md"));

    [Fact]
    public void A_failure_inside_the_generator_is_DK0902_on_that_template_and_the_others_are_still_generated()
    {
        var generator = new ResolutionGenerator(path =>
        {
            if (path.EndsWith("flawed-draft.res.md", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("injected failure");
            }
        });
        var run = GeneratorHarness.Run(new[] { GeneratorHarness.Template("A-RES-74-177.res.md", Sample), GeneratorHarness.Template("flawed-draft.res.md", Flawed) }, generator);

        Assert.Null(run.Result.Exception);
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("DK0902", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(GeneratorHarness.ProjectDirectory + "flawed-draft.res.md", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(
            $"DraftingKit could not generate code for '{GeneratorHarness.ProjectDirectory}flawed-draft.res.md': InvalidOperationException: injected failure",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(run.Output.GetDiagnostics(), d => d.Id == "CS8785");
        Assert.Equal(new[] { "Resolutions.A-RES-74-177.g.cs" }, run.Result.GeneratedSources.Select(s => s.HintName));
    }

    [Fact]
    public void A_template_that_cannot_be_read_is_DK0902()
    {
        var run = GeneratorHarness.Run(new AdditionalText[] { new GeneratorHarness.InMemoryText(GeneratorHarness.ProjectDirectory + "lost.res.md", null) });

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("DK0902", diagnostic.Id);
        Assert.Contains("the file could not be read", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(run.Result.GeneratedSources);
    }

    [Fact]
    public void Two_templates_with_one_symbol_are_DK0903_on_both_and_neither_is_generated()
    {
        var run = GeneratorHarness.Run(new[]
        {
            GeneratorHarness.Template("A-RES-74-177.res.md", Sample),
            GeneratorHarness.Template("A-RES-74-177 (copy).res.md", Sample),
            GeneratorHarness.Template("flawed-draft.res.md", Flawed),
        });

        Assert.Equal(new[] { "DK0903", "DK0903" }, run.Diagnostics.Select(d => d.Id));
        var first = run.Diagnostics.Single(d => d.Location.GetLineSpan().Path.EndsWith("/A-RES-74-177.res.md", StringComparison.Ordinal));
        Assert.Equal(
            $"'{GeneratorHarness.ProjectDirectory}A-RES-74-177.res.md' and '{GeneratorHarness.ProjectDirectory}A-RES-74-177 (copy).res.md' would both generate 'MyDrafts.Resolutions.A_RES_74_177'; no code is generated for either until one symbol or file name changes",
            first.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new[] { "Resolutions.A-C.3-74-L.11.g.cs" }, run.Result.GeneratedSources.Select(s => s.HintName));
        Assert.Empty(run.Output.GetDiagnostics().Select(d => d.ToString()));
    }

    [Fact]
    public void Drafting_errors_are_not_the_generators_business_the_flawed_draft_is_generated()
    {
        var run = GeneratorHarness.Run(new[] { GeneratorHarness.Template("flawed-draft.res.md", Flawed) });

        Assert.Empty(run.Diagnostics);
        var generated = GeneratorHarness.Generated(run.Result, "Resolutions.A-C.3-74-L.11.g.cs");
        Assert.Contains("*Deciding*", Flawed, StringComparison.Ordinal);
        Assert.Contains("public const string UnText = ", generated, StringComparison.Ordinal);
        Assert.Empty(run.Output.GetDiagnostics().Select(d => d.ToString()));
    }

    [Fact]
    public void Garbage_in_a_template_still_generates_compilable_code()
    {
        var run = GeneratorHarness.Run(new[]
        {
            GeneratorHarness.Template("broken.res.md", "---\nkind: [unclosed\nsymbol: \"A/RES/1/1\n---\n\n*unterminated\n\n[^9]: \u0000 \"quoted\" \\ back</summary> */ \r\n"),
            GeneratorHarness.Template("empty.res.md", string.Empty),
        });

        Assert.Empty(run.Diagnostics);
        Assert.Equal(2, run.Result.GeneratedSources.Length);
        Assert.Empty(run.Output.GetDiagnostics().Select(d => d.ToString()));
    }
}

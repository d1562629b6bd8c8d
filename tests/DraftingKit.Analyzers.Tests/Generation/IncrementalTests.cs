using System.Collections.Immutable;
using System.Threading;
using DraftingKit.Analyzers.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DraftingKit.Analyzers.Tests.Generation;

/// <summary>
/// The generator is incremental in the way the Roslyn cookbook asks (and the System.Text.Json generator's tests
/// check): a project of many templates run twice through one driver. Same input: every step cached. A change
/// that does not touch the templates: their steps cached and the output unchanged. One template edited: only
/// that template's steps modified, the others cached. No step ever holds a Roslyn object.
/// </summary>
public sealed class IncrementalTests
{
    private static readonly string[] PerTemplateSteps = { TrackingNames.TemplateFiles, TrackingNames.Resolutions, TrackingNames.GeneratedSources };

    private static List<AdditionalText> Project() => GeneratorHarness.Folder("tests", "corpus", "seeds");

    [Fact]
    public void Running_again_on_the_same_input_leaves_every_step_cached()
    {
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(Project()).RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();
        driver = driver.RunGenerators(compilation);
        var second = driver.GetRunResult().Results.Single();

        Assert.Equal(first.GeneratedSources.Select(s => s.SourceText.ToString()), second.GeneratedSources.Select(s => s.SourceText.ToString()));
        foreach (var (name, steps) in second.TrackedSteps.Where(pair => Tracked(pair.Key)))
        {
            foreach (var output in steps.SelectMany(step => step.Outputs))
            {
                Assert.True(output.Reason == IncrementalStepRunReason.Cached, $"{name}: {output.Reason}");
            }
        }

        Assert.All(second.TrackedOutputSteps.SelectMany(pair => pair.Value).SelectMany(step => step.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void A_change_to_the_csharp_code_leaves_every_template_cached_and_the_output_unchanged()
    {
        var (driver, first, _, _) = GeneratorHarness.Run(Project());
        var edited = GeneratorHarness.Compilation(true, "namespace MyDrafts { /// <summary>Code beside the templates.</summary>\npublic static class Other { } }");
        driver = driver.RunGenerators(edited);
        var second = driver.GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(second.TrackedSteps[TrackingNames.Runtime].SelectMany(step => step.Outputs)).Reason);
        foreach (var name in PerTemplateSteps)
        {
            Assert.All(second.TrackedSteps[name].SelectMany(step => step.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        }

        Assert.Equal(first.GeneratedSources.Select(s => s.SourceText.ToString()), second.GeneratedSources.Select(s => s.SourceText.ToString()));
    }

    [Fact]
    public void Editing_one_template_of_many_modifies_only_that_templates_steps()
    {
        var templates = Project();
        Assert.True(templates.Count >= 30, "the seed corpus should give a project of many templates");
        var (driver, first, _, _) = GeneratorHarness.Run(templates);

        var target = templates[templates.Count / 2];
        var text = target.GetText()!.ToString();
        var edit = text.Replace("*Requests*", "*Further requests*", StringComparison.Ordinal);
        Assert.NotEqual(text, edit);
        driver = driver.ReplaceAdditionalText(target, new GeneratorHarness.InMemoryText(target.Path, edit));
        driver = driver.RunGenerators(GeneratorHarness.Compilation());
        var second = driver.GetRunResult().Results.Single();

        foreach (var name in PerTemplateSteps)
        {
            var outputs = second.TrackedSteps[name].SelectMany(step => step.Outputs).ToList();
            Assert.Equal(templates.Count, outputs.Count);
            Assert.Equal(1, outputs.Count(output => output.Reason == IncrementalStepRunReason.Modified));
            Assert.Equal(templates.Count - 1, outputs.Count(output => output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
            var modified = outputs.Single(output => output.Reason == IncrementalStepRunReason.Modified).Value;
            Assert.Contains(target.Path.Substring(GeneratorHarness.ProjectDirectory.Length), Describe(modified), StringComparison.Ordinal);
        }

        // The class names did not change, so the name-clash step is unchanged and nothing downstream of it reruns.
        Assert.All(second.TrackedSteps[TrackingNames.NameClashes].SelectMany(step => step.Outputs), output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));

        var changed = first.GeneratedSources.Zip(second.GeneratedSources)
            .Where(pair => pair.First.SourceText.ToString() != pair.Second.SourceText.ToString())
            .Select(pair => pair.Second.HintName)
            .ToList();
        Assert.Single(changed);
        Assert.Contains("Further requests", second.GeneratedSources.Single(s => s.HintName == changed[0]).SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void No_step_output_holds_a_roslyn_object()
    {
        var templates = Project();
        templates.Add(new GeneratorHarness.InMemoryText(GeneratorHarness.ProjectDirectory + "lost.res.md", null));
        var (driver, _, _, _) = GeneratorHarness.Run(templates);
        driver = driver.RunGenerators(GeneratorHarness.Compilation());
        var result = driver.GetRunResult().Results.Single();

        var walked = 0;
        foreach (var (name, steps) in result.TrackedSteps.Where(pair => Tracked(pair.Key)))
        {
            foreach (var step in steps)
            {
                foreach (var (value, _) in step.Outputs)
                {
                    walked += RoslynObjectWalker.AssertNone(value, name);
                }
            }
        }

        Assert.True(walked > 10 * templates.Count, "the walker should have visited every model: " + walked);
    }

    private static bool Tracked(string name) => typeof(TrackingNames).GetFields().Any(field => (string?)field.GetRawConstantValue() == name);

    private static string Describe(object value) => value switch
    {
        TemplateFile file => file.Path,
        ResolutionModel model => model.Path,
        GeneratedSource source => source.Text ?? string.Empty,
        _ => value.ToString() ?? string.Empty,
    };
}

using DraftingKit.Rules;

namespace DraftingKit.Analyzers.Tests;

/// <summary>
/// The package's severity presets (buildTransitive/presets) name every id DraftingKit can report, each with the
/// preset's severity, and sit below a project's own global config. <c>DRAFTINGKIT_UPDATE_DOCS=1</c> writes them from the descriptors.
/// </summary>
public sealed class PackagePresetTests
{
    [Theory]
    [InlineData("warnings", "warning")]
    [InlineData("strict", "error")]
    [InlineData("none", "none")]
    public void A_preset_sets_every_id_to_its_severity(string preset, string severity)
    {
        var path = Path.Combine(AnalyzerHarness.Root, "src", "DraftingKit.Package", "buildTransitive", "presets", $"DraftingKit.{preset}.globalconfig");
        var lines = File.ReadAllLines(path);
        if (System.Environment.GetEnvironmentVariable("DRAFTINGKIT_UPDATE_DOCS") == "1")
        {
            // Written from the descriptors: the preset's comment and header lines stay, its settings are every id.
            lines = lines.Where(l => !l.StartsWith("dotnet_diagnostic.", System.StringComparison.Ordinal))
                .Concat(RuleCatalog.AllDescriptors.Select(d => $"dotnet_diagnostic.{d.Id}.severity = {severity}")).ToArray();
            File.WriteAllText(path, string.Join("\n", lines) + "\n");
        }


        Assert.Contains("is_global = true", lines);
        Assert.Contains("global_level = -1", lines);
        var settings = lines.Where(l => l.StartsWith("dotnet_diagnostic.", System.StringComparison.Ordinal)).ToList();
        Assert.Equal(RuleCatalog.AllDescriptors.Select(d => $"dotnet_diagnostic.{d.Id}.severity = {severity}"), settings);
    }
}

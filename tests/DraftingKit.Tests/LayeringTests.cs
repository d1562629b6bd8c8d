using System.Text.RegularExpressions;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests;

/// <summary>
/// Data flows one way (STYLE.md): the readers of the engine do not depend on the layers that use what they read
/// (issue 19). A reader that reaches up again makes a cycle no one meant; these fail when one comes back.
/// </summary>
public sealed class LayeringTests
{
    [Theory]
    [InlineData("Declarations", "Rules")]
    [InlineData("Templates", "Rules")]
    [InlineData("Model", "Rules")]
    [InlineData("Diagnostics", "Rules")]
    [InlineData("Import", "Rendering")]
    [InlineData("Model", "Rendering")]
    public void A_reader_does_not_depend_on_a_layer_above_it(string folder, string above)
    {
        var reference = new Regex(@"\busing DraftingKit\." + above + @"\b|\b(?<!\.)" + above + @"\.[A-Z]", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var offenders = Directory.EnumerateFiles(RepositoryPaths.InRepository("src", "DraftingKit", folder), "*.cs", SearchOption.AllDirectories)
            .Where(file => File.ReadLines(file).Any(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal) && reference.IsMatch(line)))
            .Select(file => Path.GetRelativePath(RepositoryPaths.Root, file))
            .ToList();

        Assert.True(offenders.Count == 0, $"src/DraftingKit/{folder} depends on {above}: " + string.Join(", ", offenders));
    }
}

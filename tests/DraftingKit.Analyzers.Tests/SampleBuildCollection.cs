namespace DraftingKit.Analyzers.Tests;

/// <summary>The sample builds run one at a time: they build the same engine and analyzer projects.</summary>
public static class SampleBuildCollection
{
    public const string Name = "Sample builds";
}

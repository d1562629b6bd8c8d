namespace DraftingKit.Analyzers.Generation;

/// <summary>A generated file: its hint name and text, or, when emitting failed, the problem instead.</summary>
internal sealed record GeneratedSource(string HintName, string? Text, GenerationProblem? Problem);

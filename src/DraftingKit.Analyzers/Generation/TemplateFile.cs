namespace DraftingKit.Analyzers.Generation;

/// <summary>
/// A template as the pipeline carries it: its path and its text (null when the file could not be read). Plain
/// strings, so that an unchanged file compares equal and everything after it is cached.
/// </summary>
internal sealed record TemplateFile(string Path, string? Text);

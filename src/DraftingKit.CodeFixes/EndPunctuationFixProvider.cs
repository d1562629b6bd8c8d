using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DraftingKit.CodeFixes;

/// <summary>The end punctuation of preambular paragraphs, operative paragraphs and subparagraphs (DK1103, DK2003, DK3004).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EndPunctuationFixProvider)), Shared]
public sealed class EndPunctuationFixProvider : EngineEditsFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("DK1103", "DK2003", "DK3004");

    /// <inheritdoc />
    protected override string Title(string id) => "Correct the end punctuation";
}

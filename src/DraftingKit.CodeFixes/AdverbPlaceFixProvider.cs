using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DraftingKit.CodeFixes;

/// <summary>The repeat adverb before the verb and on its rung of the also/further ladder (DK1104, DK1105, DK2004).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AdverbPlaceFixProvider)), Shared]
public sealed class AdverbPlaceFixProvider : EngineEditsFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("DK1104", "DK1105", "DK2004");

    /// <inheritdoc />
    protected override string Title(string id) => "Put the adverb in its place";
}

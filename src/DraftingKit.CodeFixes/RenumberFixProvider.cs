using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DraftingKit.CodeFixes;

/// <summary>Operative paragraph numbers written in <c>[Operative(n)]</c> renumbered in order (DK3001).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RenumberFixProvider)), Shared]
public sealed class RenumberFixProvider : EngineEditsFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("DK3001");

    /// <inheritdoc />
    protected override string Title(string id) => "Renumber the operative paragraphs";
}

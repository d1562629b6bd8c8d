using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DraftingKit.CodeFixes;

/// <summary>The lead, and only the lead, in italics (DK1102, DK2002).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LeadItalicsFixProvider)), Shared]
public sealed class LeadItalicsFixProvider : EngineEditsFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("DK1102", "DK2002");

    /// <inheritdoc />
    protected override string Title(string id) => "Put the lead in italics";
}

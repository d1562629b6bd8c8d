using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DraftingKit.CodeFixes;

/// <summary>The date of a cited resolution inserted or corrected from the catalog (DK5002, DK5005).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CitationDateFixProvider)), Shared]
public sealed class CitationDateFixProvider : EngineEditsFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("DK5002", "DK5005");

    /// <inheritdoc />
    protected override string Title(string id) => id == "DK5005" ? "Insert the date of adoption from the catalog" : "Correct the date from the catalog";
}

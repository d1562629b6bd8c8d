using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using DraftingKit.Citations;
using DraftingKit.Diagnostics;
using Microsoft.CodeAnalysis;

namespace DraftingKit.Analyzers;

/// <summary>
/// The project catalog an analyzer checks citations against: the embedded catalog, the <c>*.catalog.csv</c>
/// AdditionalFiles and the project's templates, built once per compilation by whichever analyzer needs it first.
/// </summary>
internal static class ProjectCatalogLoader
{
    private const string TemplateExtension = ".res.md";
    private const string CatalogExtension = ".catalog.csv";

    public static ProjectCatalogResult Build(ImmutableArray<AdditionalText> files, System.Threading.CancellationToken cancellationToken)
    {
        var diagnostics = new List<DraftingDiagnostic>();
        try
        {
            var catalogs = new List<(string Path, string Text)>();
            var documents = new List<DraftingKit.Model.ResolutionDocument>();
            foreach (var file in files)
            {
                if (file.Path.EndsWith(CatalogExtension, StringComparison.OrdinalIgnoreCase) && file.GetText(cancellationToken) is { } catalogText)
                {
                    catalogs.Add((file.Path, catalogText.ToString()));
                }
                else if (file.Path.EndsWith(TemplateExtension, StringComparison.OrdinalIgnoreCase) && file.GetText(cancellationToken) is { } templateText)
                {
                    documents.Add(DraftingKit.Templates.TemplateReader.Read(file.Path, templateText.ToString()).Document);
                }
            }

            return new ProjectCatalogResult(ProjectCatalog.Build(documents, catalogs, diagnostics), diagnostics);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A catalog that cannot be built leaves the embedded one: citations are still checked.
            return new ProjectCatalogResult(ResolutionCatalog.Default, diagnostics);
        }
    }
}

internal sealed class ProjectCatalogResult
{
    public ProjectCatalogResult(ResolutionCatalog catalog, List<DraftingDiagnostic> diagnostics)
    {
        Catalog = catalog;
        Diagnostics = diagnostics;
    }

    public ResolutionCatalog Catalog { get; }

    public List<DraftingDiagnostic> Diagnostics { get; }
}

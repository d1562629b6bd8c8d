using DraftingKit.Citations;
using DraftingKit.Diagnostics;
using DraftingKit.Analyzers.Declarations;
using DraftingKit.Declarations;
using DraftingKit.Rules;

namespace DraftingKit.Analyzers;

/// <summary>
/// The project catalog an analyzer checks citations against: the embedded catalog, the <c>*.catalog.csv</c>
/// AdditionalFiles and the project's templates, built once per compilation by whichever analyzer needs it first.
/// </summary>
internal static class ProjectCatalogLoader
{
    private const string CatalogExtension = ".catalog.csv";

    public static ProjectCatalogResult Build(ImmutableArray<AdditionalText> files, Compilation compilation, System.Threading.CancellationToken cancellationToken)
    {
        var diagnostics = new List<DraftingDiagnostic>();
        try
        {
            var catalogs = new List<(string Path, string Text)>();
            var documents = new List<DraftingKit.Model.ResolutionDocument>();
            var reads = new System.Collections.Concurrent.ConcurrentDictionary<string, (string Text, DraftingKit.Templates.TemplateReadResult Read)>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                if (file.Path.EndsWith(CatalogExtension, StringComparison.OrdinalIgnoreCase) && file.GetText(cancellationToken) is { } catalogText)
                {
                    catalogs.Add((file.Path, catalogText.ToString()));
                }
                else if (Templates.TemplateFile.IsTemplate(file.Path) && file.GetText(cancellationToken) is { } templateText)
                {
                    var source = templateText.ToString();
                    var read = DraftingKit.Templates.TemplateReader.Read(file.Path, source);
                    documents.Add(read.Document);
                    reads[file.Path] = (source, read);
                }
            }

            var declared = DeclaredRows(compilation, cancellationToken);
            var baseCatalog = declared.Count == 0 ? null : ResolutionCatalog.Default.With(declared);
            return new ProjectCatalogResult(ProjectCatalog.Build(documents, catalogs, diagnostics, baseCatalog), diagnostics, reads);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A catalog that cannot be built leaves the embedded one: citations are still checked.
            return new ProjectCatalogResult(ResolutionCatalog.Default, diagnostics, new System.Collections.Concurrent.ConcurrentDictionary<string, (string, DraftingKit.Templates.TemplateReadResult)>(StringComparer.Ordinal));
        }
    }

    /// <summary>
    /// The catalog rows of the texts declared in C# in the compilation (and of the classes generated from templates),
    /// so that a template or a declaration citing one by its number is checked against its date.
    /// </summary>
    private static List<CatalogEntry> DeclaredRows(Compilation compilation, System.Threading.CancellationToken cancellationToken)
    {
        var rows = new List<CatalogEntry>();
        // PERF: a compilation without the authoring attributes has no declaration to walk for.
        if (compilation.GetTypeByMetadataName(AuthoringNames.Resolution) is null)
        {
            return rows;
        }

        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(compilation.Assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var member in pending.Pop().GetMembers())
            {
                if (member is INamespaceOrTypeSymbol container)
                {
                    pending.Push(container);
                }

                if (member is INamedTypeSymbol { TypeKind: TypeKind.Class } type
                    && DeclaredResolutionLinter.CatalogEntryOf(DeclaredResolutionReader.Describe(type, default)) is { } entry)
                {
                    rows.Add(entry);
                }
            }
        }

        return rows;
    }
}

internal sealed class ProjectCatalogResult
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Text, DraftingKit.Templates.TemplateReadResult Read)> reads;

    public ProjectCatalogResult(
        ResolutionCatalog catalog,
        List<DraftingDiagnostic> diagnostics,
        System.Collections.Concurrent.ConcurrentDictionary<string, (string Text, DraftingKit.Templates.TemplateReadResult Read)> reads)
    {
        Catalog = catalog;
        Diagnostics = diagnostics;
        this.reads = reads;
    }

    public ResolutionCatalog Catalog { get; }

    public List<DraftingDiagnostic> Diagnostics { get; }

    /// <summary>
    /// The reading of the template at <paramref name="path"/> made for the catalog, when it was made from
    /// <paramref name="text"/>; taken once, so that the compilation does not keep every template's model after its lint.
    /// </summary>
    /// <remarks>PERF: the lint of a template reuses it instead of reading the template a second time.</remarks>
    public DraftingKit.Templates.TemplateReadResult? TakeRead(string path, string text) =>
        reads.TryRemove(path, out var read) && string.Equals(read.Text, text, StringComparison.Ordinal) ? read.Read : null;
}

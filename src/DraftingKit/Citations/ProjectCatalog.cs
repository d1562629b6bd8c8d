using System.IO;
using DraftingKit.Diagnostics;
using DraftingKit.Model;
using DraftingKit.Text;

namespace DraftingKit.Citations;

/// <summary>
/// The catalog a drafting project checks its citations against: the embedded catalog, the project's own
/// <c>*.catalog.csv</c> files, and the project's templates themselves, so that a draft citing another template's
/// resolution by its number resolves to it.
/// </summary>
public static class ProjectCatalog
{
    /// <summary>DK5090: a row of a project catalog that cannot be read.</summary>
    public static DraftingDescriptor InvalidRow { get; } = RuleDescriptors.Create(
        "DK5090", "catalog-invalid-row", RuleCategory.Citations, DraftingSeverity.Warning,
        "Project catalog row cannot be read",
        "{0}; the row is skipped",
        fix: DraftingFix.None("None: the row's intent cannot be guessed"));

    /// <summary>
    /// Builds the project catalog. <paramref name="catalogFiles"/> are (path, text) pairs of <c>*.catalog.csv</c>
    /// files; bad rows are reported with their file and line, never thrown.
    /// </summary>
    public static ResolutionCatalog Build(
        IEnumerable<ResolutionDocument> documents,
        IEnumerable<(string Path, string Text)> catalogFiles,
        List<DraftingDiagnostic> diagnostics,
        ResolutionCatalog? baseCatalog = null)
    {
        var rows = new List<CatalogEntry>();
        foreach (var (path, text) in catalogFiles)
        {
            var (read, problems) = ResolutionCatalog.ReadCsv(new StringReader(text), Path.GetFileName(path));
            rows.AddRange(read);
            var lines = new LineMap(path, text);
            foreach (var (line, message) in problems)
            {
                diagnostics.Add(DraftingDiagnostic.Create(InvalidRow, lines.LineSpan(line), message));
            }
        }

        foreach (var document in documents)
        {
            if (EntryOf(document) is { } entry)
            {
                rows.Add(entry);
            }
        }

        return (baseCatalog ?? ResolutionCatalog.Default).With(rows);
    }

    /// <summary>
    /// The catalog row a template stands for: its number and organ, with its date of adoption where it has one.
    /// Null for a text without a number (a draft still to be adopted).
    /// </summary>
    public static CatalogEntry? EntryOf(ResolutionDocument document)
    {
        var header = document.Header;
        if (header.Number is not { Length: > 0 } number || OrganCodes.Of(header.Organ) is not { } organ)
        {
            return null;
        }

        var kind = header.Kind == DocumentKind.Decision ? CitedKind.Decision : CitedKind.Resolution;
        return new CatalogEntry(organ, number, kind, header.Adopted, header.Adopted is null ? "template" : "record", string.Empty, header.Title, "template " + document.Path);
    }
}

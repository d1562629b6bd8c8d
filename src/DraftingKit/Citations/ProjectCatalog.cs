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

        var catalog = baseCatalog ?? ResolutionCatalog.Default;
        var laterParts = new List<CatalogEntry>();
        foreach (var document in documents)
        {
            if (EntryOf(document) is { } entry)
            {
                (IsLaterPart(document.Header.Symbol) ? laterParts : rows).Add(entry);
            }
        }

        // A later part's template names its number without dating it: it stands for the number only where nothing else does.
        var known = new HashSet<string>(rows.Select(row => row.Key), StringComparer.Ordinal);
        var undated = laterParts.Where(row => !known.Contains(row.Key) && catalog.Find(row.Organ, row.Kind, row.Number) is null)
            .GroupBy(row => row.Key, StringComparer.Ordinal).Select(group => group.First());
        return catalog.With(undated.Concat(rows));
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
        var adopted = IsLaterPart(header.Symbol) ? null : header.Adopted;
        return new CatalogEntry(organ, number, kind, adopted, adopted is null ? "template" : "record", string.Empty, header.Title, "template " + document.Path);
    }

    /// <summary>
    /// True when the symbol designates a later part of a resolution adopted in parts ("A/RES/75/242 B", "A/RES/76/245
    /// C"): the part was adopted on its own date, after part A, while a citation of the bare number ("its resolution
    /// 75/242 of 31 December 2020", in A/RES/75/242 B itself) dates the resolution as first adopted. Such a template
    /// dates only its part, never the number. Part A, or parts adopted together ("A/RES/75/101 A-B"), date it.
    /// </summary>
    internal static bool IsLaterPart(string? symbol)
    {
        if (symbol is null)
        {
            return false;
        }

        var parts = symbol.Trim().Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        var last = parts.Length > 1 ? parts[parts.Length - 1] : string.Empty;
        return last.Length >= 1 && last[0] is >= 'B' and <= 'Z' && (last.Length == 1 || (last.Length == 3 && last[1] is '-' or '–' && char.IsUpper(last[2])));
    }
}

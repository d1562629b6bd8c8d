using DraftingKit.Diagnostics;
using DraftingKit.Import;
using DraftingKit.Import.Akn;
using DraftingKit.Model;
using DraftingKit.Templates;

namespace DraftingKit.Cli.Compare;

/// <summary>
/// Reads a text to compare from any form DraftingKit reads: a template (<c>.res.md</c>), the UN's AKN4UN XML
/// (<c>.xml</c>), a Word document (<c>.docx</c>) or a plain-text extraction of one resolution or decision.
/// </summary>
internal static class ComparedFiles
{
    /// <summary>The extensions a folder given to <c>--corpus</c> is searched for.</summary>
    private static readonly string[] CorpusPatterns = { Templates.TemplateFile.SearchPattern, "*.xml" };

    /// <summary>The document in <paramref name="path"/> and what reading it found.</summary>
    public static (ResolutionDocument? Document, IReadOnlyList<DraftingDiagnostic> Diagnostics, string? Problem) Read(string path)
    {
        if (!File.Exists(path))
        {
            return (null, Array.Empty<DraftingDiagnostic>(), $"cannot read '{path}': the file does not exist");
        }

        if (path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
        {
            var akn = AknImporter.ImportFile(path);
            return (akn.HasErrors ? null : akn.Document, akn.Diagnostics, null);
        }

        if (Templates.TemplateFile.IsTemplate(path))
        {
            var template = TemplateReader.ReadFile(path);
            return (template.HasErrors ? null : template.Document, template.Diagnostics, null);
        }

        var imported = UnDocumentImporter.ImportFile(path);
        if (imported.HasErrors)
        {
            return (null, imported.Diagnostics, null);
        }

        return imported.Texts.Count == 1
            ? (imported.Texts[0].Document, imported.Diagnostics, null)
            : (null, imported.Diagnostics, $"'{path}' holds {imported.Texts.Count} resolutions or decisions; import it (draftkit import) and compare one of its templates");
    }

    /// <summary>
    /// The texts of the templates and AKN4UN files in <paramref name="folders"/> and below, left out when unreadable,
    /// and how many were. A file found by the search that resolves outside its folder's project (a planted link) is
    /// not read: it goes to <paramref name="outside"/>, as the other verbs' folder searches do.
    /// </summary>
    public static (List<ResolutionDocument> Documents, int Unreadable) Corpus(IEnumerable<string> folders, List<Lint.OutsideFile> outside)
    {
        var documents = new List<ResolutionDocument>();
        var unreadable = 0;
        var files = folders
            .SelectMany(folder => File.Exists(folder)
                ? new List<string> { folder }
                : Lint.TemplateFiles.Inside(folder, CorpusPatterns.SelectMany(pattern => Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories)), root: null, outside))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(file => file, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var (document, _, problem) = Read(file);
            if (document is null || problem is not null)
            {
                unreadable++;
                continue;
            }

            documents.Add(document);
        }

        return (documents, unreadable);
    }
}

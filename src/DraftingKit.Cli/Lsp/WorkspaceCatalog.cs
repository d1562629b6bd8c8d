using DraftingKit.Citations;
using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Cli.Lsp;

/// <summary>
/// The catalog citations are checked against in the editor, as <c>draftkit lint</c> builds it for a folder: the
/// embedded catalog, the workspace's <c>*.catalog.csv</c> files and its templates. It is built in the background the
/// first time it is asked for (the embedded catalog serves meanwhile) and again after a template or catalog is saved.
/// </summary>
internal sealed class WorkspaceCatalog
{
    /// <summary>A workspace with more files than this is read only this far: the editor must stay responsive.</summary>
    private const int MaximumFiles = 5_000;

    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules", ".git", ".vs", ".vscode" };

    private readonly object gate = new();
    private readonly List<string> roots = new();
    private ResolutionCatalog current = ResolutionCatalog.Default;
    private IReadOnlyList<DraftingDiagnostic> rowDiagnostics = Array.Empty<DraftingDiagnostic>();
    private bool stale = true;
    private bool building;

    /// <summary>Raised after a rebuild, so that open documents are checked against the new catalog.</summary>
    public event Action? Rebuilt;

    public void SetRoots(IEnumerable<string> folders)
    {
        lock (gate)
        {
            roots.Clear();
            roots.AddRange(folders.Where(Directory.Exists));
            stale = true;
        }
    }

    public void Invalidate()
    {
        lock (gate)
        {
            stale = true;
        }
    }

    /// <summary>The catalog as last built; starts a rebuild when it is stale.</summary>
    public ResolutionCatalog Current
    {
        get
        {
            lock (gate)
            {
                if (stale && !building && roots.Count > 0)
                {
                    building = true;
                    stale = false;
                    var folders = roots.ToArray();
                    System.Threading.Tasks.Task.Run(() => Build(folders));
                }

                return current;
            }
        }
    }

    /// <summary>The problems of the catalog files' rows, for the file they are in.</summary>
    public IEnumerable<DraftingDiagnostic> RowDiagnostics(string path)
    {
        lock (gate)
        {
            return rowDiagnostics.Where(d => d.Span.Path == path).ToList();
        }
    }

    /// <summary>Builds now, on the calling thread: for tests and benchmarks that must not race the background build.</summary>
    public void BuildNow()
    {
        string[] folders;
        lock (gate)
        {
            folders = roots.ToArray();
            stale = false;
            building = true;
        }

        Build(folders);
    }

    private void Build(string[] folders)
    {
        var catalogTexts = new List<(string Path, string Text)>();
        var documents = new List<ResolutionDocument>();
        var diagnostics = new List<DraftingDiagnostic>();
        ResolutionCatalog built;
        try
        {
            foreach (var file in folders.SelectMany(Files).Take(MaximumFiles))
            {
                try
                {
                    if (new FileInfo(file).Length > Security.InputLimits.TemplateBytes)
                    {
                        continue;
                    }

                    if (file.EndsWith(".catalog.csv", StringComparison.OrdinalIgnoreCase))
                    {
                        catalogTexts.Add((file, File.ReadAllText(file)));
                    }
                    else
                    {
                        documents.Add(Templates.TemplateReader.ReadFile(file).Document);
                    }
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    // A file that vanished or cannot be read adds nothing to the catalog.
                }
            }

            built = ProjectCatalog.Build(documents, catalogTexts, diagnostics);
        }
        catch (Exception)
        {
            // The catalog is a help, never a reason to stop: the embedded one keeps serving.
            built = ResolutionCatalog.Default;
        }

        lock (gate)
        {
            current = built;
            rowDiagnostics = diagnostics;
            building = false;
        }

        Rebuilt?.Invoke();
    }

    private static IEnumerable<string> Files(string root)
    {
        var folders = new Stack<string>();
        folders.Push(root);
        while (folders.Count > 0)
        {
            var folder = folders.Pop();
            string[] entries;
            string[] subfolders;
            try
            {
                entries = Directory.GetFiles(folder);
                subfolders = Directory.GetDirectories(folder);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var file in entries.OrderBy(f => f, StringComparer.Ordinal))
            {
                if (file.EndsWith(".catalog.csv", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".res.md", StringComparison.OrdinalIgnoreCase))
                {
                    yield return file;
                }
            }

            foreach (var sub in subfolders.OrderByDescending(f => f, StringComparer.Ordinal))
            {
                // A link out of the workspace is not followed: the project's files are what the catalog is built from.
                if (!SkippedFolders.Contains(Path.GetFileName(sub)) && (new DirectoryInfo(sub).Attributes & FileAttributes.ReparsePoint) == 0)
                {
                    folders.Push(sub);
                }
            }
        }
    }
}

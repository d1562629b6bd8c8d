using System.Collections.Concurrent;
using System.Threading;
using DraftingKit.Citations;
using DraftingKit.Diagnostics;
using DraftingKit.Reports;
using DraftingKit.Rules;
using DraftingKit.Security;

namespace DraftingKit.Cli.Lsp;

/// <summary>
/// Checks one open document as the analyzer would: a template by every drafting rule against the workspace's
/// catalog, a report by the report rules with its included texts read from the editor's buffers or else from the
/// project; severities and options from the project's configuration. It never throws: a failure is DK0901.
/// A template is linted incrementally: each open template keeps an <see cref="IncrementalLinter"/>, so a change
/// re-runs the paragraph rules only over the paragraphs it touched.
/// </summary>
internal sealed class DocumentChecker
{
    private readonly Func<string, string, RuleOptions, ResolutionCatalog, IReadOnlyList<DraftingDiagnostic>>? lintTemplate;
    private readonly ConcurrentDictionary<string, IncrementalLinter> linters = new(StringComparer.Ordinal);

    public DocumentChecker(
        ProjectSettings settings,
        WorkspaceCatalog catalog,
        Func<string, string?> openText,
        Func<string, string, RuleOptions, ResolutionCatalog, IReadOnlyList<DraftingDiagnostic>>? lintTemplate = null)
    {
        Settings = settings;
        Catalog = catalog;
        OpenText = openText;
        this.lintTemplate = lintTemplate;
    }

    public ProjectSettings Settings { get; }

    public WorkspaceCatalog Catalog { get; }

    private Func<string, string?> OpenText { get; }

    /// <summary>True for the files the server checks: templates, reports and project catalogs.</summary>
    public static bool Checks(string path) =>
        path.EndsWith(".res.md", StringComparison.OrdinalIgnoreCase)
        || ReportReader.IsReport(path)
        || path.EndsWith(".catalog.csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The findings on <paramref name="text"/>, the document at <paramref name="path"/>, as configured; a check
    /// cancelled because a newer text came throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public IReadOnlyList<DraftingDiagnostic> Check(string path, string text, CancellationToken cancellation = default)
    {
        try
        {
            if (InputChecks.Text(path, text, InputLimits.TemplateBytes, "templates and reports") is { } refused)
            {
                return new[] { refused };
            }

            var settings = Settings.For(path);
            if (path.EndsWith(".catalog.csv", StringComparison.OrdinalIgnoreCase))
            {
                return settings.Apply(Catalog.RowDiagnostics(path));
            }

            var findings = new List<DraftingDiagnostic>(settings.OptionProblems);
            findings.AddRange(ReportReader.IsReport(path)
                ? ReportLinter.Lint(path, text, included => ReadIncluded(path, included))
                : lintTemplate is not null ? lintTemplate(path, text, settings.Options, Catalog.Current) : Incrementally(path, text, settings.Options, cancellation));
            return settings.Apply(findings);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            return new[] { Failure(path, text, exception.GetType().Name + ": " + exception.Message) };
        }
    }

    /// <summary>
    /// As <see cref="Check"/>, for a request that waits on the answer (a code action, formatting): null when the check
    /// outlives <paramref name="timeout"/>, so that a hung rule cannot hold the server's reading thread.
    /// </summary>
    public IReadOnlyList<DraftingDiagnostic>? CheckWithin(string path, string text, TimeSpan timeout)
    {
        var check = System.Threading.Tasks.Task.Run(() => Check(path, text));
        return check.Wait(timeout) ? check.Result : null;
    }

    /// <summary>Forgets what is known of a closed document's paragraphs.</summary>
    public void Forget(string path) => linters.TryRemove(path, out _);

    private IReadOnlyList<DraftingDiagnostic> Incrementally(string path, string text, RuleOptions options, CancellationToken cancellation)
    {
        var linter = linters.GetOrAdd(path, _ => new IncrementalLinter());

        // One lint of a document at a time: a request that needs the findings waits for the worker's lint, whose
        // paragraphs it then finds known.
        lock (linter)
        {
            return linter.Lint(path, text, options, Catalog.Current, cancellation);
        }
    }

    /// <summary>DK0901 on the document's first character, naming what failed.</summary>
    public static DraftingDiagnostic Failure(string path, string text, string what) =>
        DraftingDiagnostic.Create(HostDiagnostics.RuleFailure, new Text.LineMap(path, text).Span(0, 0), path, what);

    /// <summary>An included text: the editor's buffer when it is open, else the file, only inside the report's project.</summary>
    private string? ReadIncluded(string reportPath, string includedPath)
    {
        if (OpenText(includedPath) is { } open)
        {
            return open;
        }

        try
        {
            var root = ProjectRoot.Find(reportPath);
            if (!root.Holds(includedPath) || !File.Exists(includedPath) || new FileInfo(includedPath).Length > InputLimits.TemplateBytes)
            {
                return null;
            }

            return File.ReadAllText(includedPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}

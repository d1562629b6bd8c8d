using System.Linq;
using DraftingKit.Citations;
using DraftingKit.Diagnostics;
using DraftingKit.Reports;
using DraftingKit.Rules;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DraftingKit.Analyzers;

/// <summary>
/// Runs the template reader and every drafting rule over each <c>*.res.md</c> AdditionalFile, and the report rules over each <c>*.report.md</c>, and reports the
/// findings at their file, line and column. Severities follow <c>.editorconfig</c>
/// (<c>dotnet_diagnostic.DK2001.severity = error</c>); rule options are read from the options of the template
/// (<c>draftingkit.footnote_style = current</c>). It never lets an exception escape: a failure is reported as
/// DK0901 on the template.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp, LanguageNames.VisualBasic)]
public sealed class DraftingRulesAnalyzer : DiagnosticAnalyzer
{
    private const string CatalogExtension = ".catalog.csv";

    // Null: the engine's linter, over the reading of the template made for the project catalog.
    private readonly Func<string, string, RuleOptions, ResolutionCatalog, IReadOnlyList<DraftingDiagnostic>>? lint;

    /// <summary>Creates the analyzer over the engine's linter.</summary>
    public DraftingRulesAnalyzer()
    {
    }

    /// <summary>The seam through which tests make the linting fail, to prove a failure is reported as DK0901.</summary>
    internal DraftingRulesAnalyzer(Func<string, string, RuleOptions, ResolutionCatalog, IReadOnlyList<DraftingDiagnostic>> lint) => this.lint = lint;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DescriptorMap.All;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            // One project catalog per compilation: the embedded catalog, the *.catalog.csv AdditionalFiles and the
            // project's templates themselves, built once on first use.
            var additionalFiles = start.Options.AdditionalFiles;
            var catalog = new Lazy<ProjectCatalogResult>(() => ProjectCatalogLoader.Build(additionalFiles, start.Compilation, start.CancellationToken), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
            var files = new Lazy<Dictionary<string, AdditionalText>>(() => ByPath(additionalFiles), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
            start.RegisterAdditionalFileAction(file => AnalyzeFile(file, catalog, files, lint));
        });
    }

    private static void AnalyzeFile(
        AdditionalFileAnalysisContext context,
        Lazy<ProjectCatalogResult> catalog,
        Lazy<Dictionary<string, AdditionalText>> files,
        Func<string, string, RuleOptions, ResolutionCatalog, IReadOnlyList<DraftingDiagnostic>>? lint)
    {
        var file = context.AdditionalFile;
        if (file.Path.EndsWith(CatalogExtension, StringComparison.OrdinalIgnoreCase))
        {
            ReportCatalogRows(context, catalog);
            return;
        }

        var report = ReportReader.IsReport(file.Path);
        if (!report && !Templates.TemplateFile.IsTemplate(file.Path))
        {
            return;
        }

        try
        {
            var text = file.GetText(context.CancellationToken);
            if (text is null)
            {
                return;
            }

            var source = text.ToString();
            // Options that no rule reads, or values an option does not take, are reported at the top of the file.
            var problems = new List<DraftingDiagnostic>();
            var options = ConfiguredOptions.Read(context.Options.AnalyzerConfigOptionsProvider.GetOptions(file), new Model.SourceSpan(file.Path, 0, 0, 1, 1, 1, 1), problems);
            // A report's included texts are read from the project's AdditionalFiles, never from disk.
            var findings = report
                ? ReportLinter.Lint(file.Path, source, path => files.Value.TryGetValue(NormalPath(path), out var included) ? included.GetText(context.CancellationToken)?.ToString() : null)
                : lint is not null ? lint(file.Path, source, options, catalog.Value.Catalog) : Lint(file.Path, source, options, catalog.Value);
            foreach (var finding in problems.Concat(findings))
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                // The fix travels with the finding, its edits at offsets of the template's text, for the code fix.
                context.ReportDiagnostic(Diagnostic.Create(DescriptorMap.For(finding.Descriptor), LocationOf(file.Path, text, finding), FixProperty.Of(finding), finding.Message));
            }
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            // Never AD0001: the failure is a DraftingKit diagnostic on the template, naming it.
            context.ReportDiagnostic(Diagnostic.Create(
                DescriptorMap.For(HostDiagnostics.RuleFailure),
                Location.Create(file.Path, default, default),
                string.Format(System.Globalization.CultureInfo.InvariantCulture, HostDiagnostics.RuleFailure.MessageFormat, file.Path, exception.GetType().Name + ": " + exception.Message)));
        }
    }

    /// <summary>The template linted over the reading the project catalog made of it, or read afresh when it made none.</summary>
    private static IReadOnlyList<DraftingDiagnostic> Lint(string path, string source, RuleOptions options, ProjectCatalogResult catalog) =>
        catalog.TakeRead(path, source) is { } read
            ? DraftingLinter.Lint(read, source, options, catalog.Catalog)
            : DraftingLinter.Lint(path, source, options, catalog.Catalog);

    private static Dictionary<string, AdditionalText> ByPath(ImmutableArray<AdditionalText> additionalFiles)
    {
        var byPath = new Dictionary<string, AdditionalText>(StringComparer.Ordinal);
        foreach (var file in additionalFiles)
        {
            byPath[NormalPath(file.Path)] = file;
        }

        return byPath;
    }

    /// <summary>The path with "." and ".." segments resolved and one kind of separator, without touching the disk.</summary>
    internal static string NormalPath(string path)
    {
        var segments = new List<string>();
        foreach (var segment in path.Replace('\\', '/').Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 1)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment != "." && (segment.Length > 0 || segments.Count == 0))
            {
                segments.Add(segment);
            }
        }

        return string.Join("/", segments);
    }

    private static void ReportCatalogRows(AdditionalFileAnalysisContext context, Lazy<ProjectCatalogResult> catalog)
    {
        var text = context.AdditionalFile.GetText(context.CancellationToken);
        if (text is null)
        {
            return;
        }

        foreach (var finding in catalog.Value.Diagnostics)
        {
            if (finding.Span.Path == context.AdditionalFile.Path)
            {
                context.ReportDiagnostic(Diagnostic.Create(DescriptorMap.For(finding.Descriptor), LocationOf(finding.Span.Path, text, finding), finding.Message));
            }
        }
    }

    private static Location LocationOf(string path, SourceText text, DraftingDiagnostic finding)
    {
        var span = finding.Span;
        var start = Math.Min(Math.Max(0, span.Start), text.Length);
        var end = Math.Min(text.Length, start + Math.Max(0, span.Length));
        var textSpan = TextSpan.FromBounds(start, end);
        return Location.Create(path, textSpan, text.Lines.GetLinePositionSpan(textSpan));
    }
}

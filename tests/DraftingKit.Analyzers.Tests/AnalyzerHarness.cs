using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DraftingKit.Analyzers.Tests;

/// <summary>
/// Runs <see cref="DraftingRulesAnalyzer"/> through CompilationWithAnalyzers on an empty C# compilation with
/// templates as AdditionalFiles; offline, no reference assemblies needed. An analyzer exception (or AD0001)
/// fails the run, so no test can pass over a rule or a host that threw.
/// </summary>
internal static class AnalyzerHarness
{
    public static async Task<(ImmutableArray<Diagnostic> Diagnostics, List<Exception> Exceptions)> RunAsync(
        IEnumerable<(string Path, string Text)> templates,
        IReadOnlyDictionary<string, string>? options = null,
        IReadOnlyDictionary<string, ReportDiagnostic>? severities = null,
        DiagnosticAnalyzer? analyzer = null)
    {
        var compilationOptions = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary);
        if (severities is not null)
        {
            compilationOptions = compilationOptions.WithSpecificDiagnosticOptions(severities);
        }

        var compilation = CSharpCompilation.Create("Drafts", Array.Empty<SyntaxTree>(), Array.Empty<MetadataReference>(), compilationOptions);
        var files = templates.Select(t => (AdditionalText)new InMemoryAdditionalText(t.Path, t.Text)).ToImmutableArray();
        var exceptions = new List<Exception>();
        var analyzerOptions = new AnalyzerOptions(files, new OptionsProvider(options ?? new Dictionary<string, string>()));
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create(analyzer ?? new DraftingRulesAnalyzer()),
            new CompilationWithAnalyzersOptions(analyzerOptions, (exception, _, _) => { lock (exceptions) { exceptions.Add(exception); } }, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        if (exceptions.Count > 0 || diagnostics.Any(d => d.Id == "AD0001"))
        {
            throw new Xunit.Sdk.XunitException("The analyzer threw:\n" + string.Join("\n", exceptions.Select(e => e.ToString()).Concat(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString()))));
        }

        return (diagnostics, exceptions);
    }

    private sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText text;

        public InMemoryAdditionalText(string path, string text)
        {
            Path = path;
            this.text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly DictionaryOptions options;

        public OptionsProvider(IReadOnlyDictionary<string, string> values) => options = new DictionaryOptions(values);

        public override AnalyzerConfigOptions GlobalOptions => options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => options;
    }

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly IReadOnlyDictionary<string, string> values;

        public DictionaryOptions(IReadOnlyDictionary<string, string> values) => this.values = values;

        public override IEnumerable<string> Keys => values.Keys;

        // The engine's netstandard2.0 polyfill of NotNullWhen is visible here too (its internals are, for the
        // failing-rule seam), so the attribute would be ambiguous; the override's contract is unchanged.
#pragma warning disable CS8765
        public override bool TryGetValue(string key, out string? value)
#pragma warning restore CS8765
        {
            if (values.TryGetValue(key, out var found))
            {
                value = found;
                return true;
            }

            value = null;
            return false;
        }
    }

    /// <summary>The repository root (the folder holding DraftingKit.sln).</summary>
    public static string Root
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DraftingKit.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("DraftingKit.sln not found");
        }
    }
}

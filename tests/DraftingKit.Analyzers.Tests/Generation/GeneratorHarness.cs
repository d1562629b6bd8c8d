using System.Collections.Immutable;
using System.Threading;
using DraftingKit.Analyzers.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DraftingKit.Analyzers.Tests.Generation;

/// <summary>
/// Runs <see cref="ResolutionGenerator"/> through <see cref="CSharpGeneratorDriver"/> with step tracking on, over
/// templates given as AdditionalFiles under a fake project folder, on a compilation that references the .NET
/// runtime of the test process and, unless told otherwise, the DraftingKit runtime library.
/// </summary>
internal static class GeneratorHarness
{
    /// <summary>The project folder the templates are placed in; paths in generated code are relative to it.</summary>
    public const string ProjectDirectory = "/drafts/MyDrafts/";

    private static readonly Lazy<ImmutableArray<MetadataReference>> Framework = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Where(path => !path.Contains(typeof(GeneratorHarness).Assembly.GetName().Name!, StringComparison.Ordinal))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());

    private static readonly MetadataReference Runtime = MetadataReference.CreateFromFile(typeof(DraftingKit.Model.ResolutionDocument).Assembly.Location);

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.CSharp12);

    /// <summary>A template as an AdditionalFile under <see cref="ProjectDirectory"/>.</summary>
    public static AdditionalText Template(string relativePath, string text) => new InMemoryText(ProjectDirectory + relativePath, text);

    /// <summary>A compilation (nullable on, warnings as errors, XML docs checked) with <paramref name="sources"/>.</summary>
    public static CSharpCompilation Compilation(bool withRuntime = true, params string[] sources)
    {
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Error, deterministic: true);
        var trees = sources.Select(source => CSharpSyntaxTree.ParseText(source, ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose)));
        var references = withRuntime ? Framework.Value.Add(Runtime) : Framework.Value;
        return CSharpCompilation.Create("MyDrafts", trees, references, options);
    }

    /// <summary>A driver for <paramref name="generator"/> with the project's options and templates.</summary>
    public static GeneratorDriver Driver(IEnumerable<AdditionalText> templates, ResolutionGenerator? generator = null, string rootNamespace = "MyDrafts", IReadOnlyDictionary<string, string>? properties = null)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["build_property.RootNamespace"] = rootNamespace,
            ["build_property.ProjectDir"] = ProjectDirectory,
        };
        foreach (var property in properties ?? new Dictionary<string, string>())
        {
            values["build_property." + property.Key] = property.Value;
        }

        return CSharpGeneratorDriver.Create(
            new[] { (generator ?? new ResolutionGenerator()).AsSourceGenerator() },
            templates,
            ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose),
            new OptionsProvider(values),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>Runs the generator once; returns the driver (for a second run), its result and the compilation with the generated code.</summary>
    public static (GeneratorDriver Driver, GeneratorRunResult Result, Compilation Output, ImmutableArray<Diagnostic> Diagnostics) Run(
        IEnumerable<AdditionalText> templates, ResolutionGenerator? generator = null, string rootNamespace = "MyDrafts", bool withRuntime = true, IReadOnlyDictionary<string, string>? properties = null)
    {
        var driver = Driver(templates, generator, rootNamespace, properties);
        driver = driver.RunGeneratorsAndUpdateCompilation(Compilation(withRuntime), out var output, out var diagnostics, CancellationToken.None);
        return (driver, driver.GetRunResult().Results.Single(), output, diagnostics);
    }

    /// <summary>The generated text of the file named <paramref name="hintName"/>.</summary>
    public static string Generated(GeneratorRunResult result, string hintName) =>
        result.GeneratedSources.Single(source => source.HintName == hintName).SourceText.ToString();

    /// <summary>The templates of a folder of the repository, as AdditionalFiles.</summary>
    public static List<AdditionalText> Folder(params string[] parts)
    {
        var folder = Path.Combine(AnalyzerHarness.Root, Path.Combine(parts));
        return Directory.GetFiles(folder, "*.res.md", SearchOption.AllDirectories)
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => Template(Path.GetRelativePath(folder, path).Replace('\\', '/'), File.ReadAllText(path)))
            .ToList();
    }

    /// <summary>An AdditionalFile held in memory; a null text stands for a file that cannot be read.</summary>
    public sealed class InMemoryText : AdditionalText
    {
        private readonly SourceText? text;

        public InMemoryText(string path, string? text)
        {
            Path = path;
            this.text = text is null ? null : SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText? GetText(CancellationToken cancellationToken = default) => text;
    }

    private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly DictionaryOptions options;

        public OptionsProvider(IReadOnlyDictionary<string, string> values) => options = new DictionaryOptions(values);

        public override AnalyzerConfigOptions GlobalOptions => options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => DictionaryOptions.None;
    }

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly IReadOnlyDictionary<string, string> values;

        public DictionaryOptions(IReadOnlyDictionary<string, string> values) => this.values = values;

        public static DictionaryOptions None { get; } = new(new Dictionary<string, string>());

        // The engine's netstandard2.0 polyfill of NotNullWhen is visible here too (its internals are), so the attribute
        // would be ambiguous; the override's contract is unchanged.
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
}

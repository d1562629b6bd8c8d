using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using DraftingKit.Analyzers.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DraftingKit.Benchmarks;

/// <summary>
/// The source generator on a project of 500 real templates (the first 500 of tests/corpus/akn4un-templates):
/// a full run, as a clean build does, and the run after one template is edited, as the IDE does on a keystroke,
/// reusing the driver so that the other 499 templates come from the cache.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private const int Templates = 500;

    private CSharpCompilation compilation = null!;
    private ImmutableArray<AdditionalText> files;
    private GeneratorDriver warm = null!;
    private AdditionalText edited = null!;
    private AdditionalText original = null!;
    private AdditionalText current = null!;

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(RepositoryRoot(), "tests", "corpus", "akn4un-templates");
        files = Directory.GetFiles(folder, "*.res.md", SearchOption.AllDirectories)
            .OrderBy(path => path, StringComparer.Ordinal)
            .Take(Templates)
            .Select(path => (AdditionalText)new FileText("/bench/Drafts/" + Path.GetRelativePath(folder, path).Replace('\\', '/'), File.ReadAllText(path)))
            .ToImmutableArray();
        if (files.Length < Templates)
        {
            throw new InvalidOperationException($"{folder} holds {files.Length} templates; the benchmark needs {Templates}");
        }

        compilation = CSharpCompilation.Create(
            "Bench",
            Array.Empty<SyntaxTree>(),
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location), MetadataReference.CreateFromFile(typeof(DraftingKit.Model.ResolutionDocument).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        original = files[Templates / 2];
        var text = original.GetText()!.ToString();
        edited = new FileText(original.Path, text + "\n");
        current = original;
        warm = CreateDriver().RunGenerators(compilation);
    }

    [Benchmark(Description = "Generator: full run, 500 templates")]
    public int FullRun() => CreateDriver().RunGenerators(compilation).GetRunResult().GeneratedTrees.Length;

    [Benchmark(Description = "Generator: one of 500 templates edited (driver reused)")]
    public int EditOne()
    {
        var next = ReferenceEquals(current, original) ? edited : original;
        warm = warm.ReplaceAdditionalText(current, next).RunGenerators(compilation);
        current = next;
        return warm.GetRunResult().GeneratedTrees.Length;
    }

    private GeneratorDriver CreateDriver() => CSharpGeneratorDriver.Create(
        new[] { new ResolutionGenerator().AsSourceGenerator() },
        files,
        new CSharpParseOptions(LanguageVersion.CSharp12),
        new Options(),
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DraftingKit.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? Directory.GetCurrentDirectory();
    }

    private sealed class FileText : AdditionalText
    {
        private readonly SourceText text;

        public FileText(string path, string text)
        {
            Path = path;
            this.text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    private sealed class Options : AnalyzerConfigOptionsProvider
    {
        private static readonly ProjectOptions Global = new();

        public override AnalyzerConfigOptions GlobalOptions => Global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Global;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Global;

        private sealed class ProjectOptions : AnalyzerConfigOptions
        {
            private readonly Dictionary<string, string> values = new(StringComparer.OrdinalIgnoreCase)
            {
                ["build_property.RootNamespace"] = "Bench",
                ["build_property.ProjectDir"] = "/bench/",
            };

            // The engine's netstandard2.0 polyfill of NotNullWhen is visible here too (its internals are), so the attribute
            // would be ambiguous; the override's contract is unchanged.
#pragma warning disable CS8765
            public override bool TryGetValue(string key, out string? value) => values.TryGetValue(key, out value);
#pragma warning restore CS8765
        }
    }
}

using System.Threading;
using DraftingKit.Analyzers.Declarations;
using DraftingKit.Declarations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DraftingKit.Analyzers.Tests.Declarations;

/// <summary>
/// Compiles C# declarations against the runtime's own assemblies and the DraftingKit library (offline, no
/// reference-assembly package needed) and reads the declared resolutions from them.
/// </summary>
internal static class DeclarationHarness
{
    public const string Path = "/drafts/CrimePrevention.cs";

    private static readonly Lazy<IReadOnlyList<MetadataReference>> LazyReferences = new(LoadReferences);

    public static IReadOnlyList<MetadataReference> References => LazyReferences.Value;

    public static CSharpCompilation Compile(string source, string path = Path) => Compile(new[] { (path, source) });

    public static CSharpCompilation Compile(IEnumerable<(string Path, string Source)> files) =>
        CSharpCompilation.Create(
            "Drafts",
            files.Select(f => CSharpSyntaxTree.ParseText(f.Source, new CSharpParseOptions(LanguageVersion.Latest), f.Path)),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>The declared resolutions of <paramref name="source"/>, in source order.</summary>
    public static IReadOnlyList<DeclaredResolution> Read(string source)
    {
        var compilation = Compile(source);
        AssertCompiles(compilation);
        return ReadAll(compilation);
    }

    public static IReadOnlyList<DeclaredResolution> ReadAll(Compilation compilation)
    {
        var declarations = new List<DeclaredResolution>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>())
            {
                if (DeclaredResolutionReader.Read(node, model, CancellationToken.None) is { } declaration)
                {
                    declarations.Add(declaration);
                }
            }
        }

        return declarations;
    }

    public static void AssertCompiles(Compilation compilation)
    {
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    /// <summary>The source text under <paramref name="span"/>.</summary>
    public static string At(string source, DraftingKit.Model.SourceSpan span) => source.Substring(span.Start, span.Length);

    private static IReadOnlyList<MetadataReference> LoadReferences()
    {
        var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty).Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var references = trusted
            .Where(p => System.IO.Path.GetFileName(p) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "mscorlib.dll" or "netstandard.dll"))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
        references.Add(MetadataReference.CreateFromFile(typeof(DraftingKit.Authoring.ResolutionAttribute).Assembly.Location));
        return references;
    }
}

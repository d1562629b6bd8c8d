using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace DraftingKit.Analyzers.Tests.Declarations;

/// <summary>
/// The Microsoft.CodeAnalysis.Testing verifiers for <see cref="DeclaredResolutionAnalyzer"/> and a code fix,
/// offline: no reference-assembly package is downloaded; the compilation references the running runtime's
/// assemblies and the DraftingKit library instead (the one place this is set up).
/// </summary>
internal static class DeclarationVerifier<TFix>
    where TFix : CodeFixProvider, new()
{
    public static Task VerifyAnalyzerAsync(string source)
    {
        var test = Create(source);
        return test.RunAsync();
    }

    public static Task VerifyCodeFixAsync(string source, string fixedSource)
    {
        var test = Create(source);
        test.FixedCode = fixedSource;
        return test.RunAsync();
    }

    private static CSharpCodeFixTest<DeclaredResolutionAnalyzer, TFix, DefaultVerifier> Create(string source)
    {
        var test = new CSharpCodeFixTest<DeclaredResolutionAnalyzer, TFix, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
        };
        test.TestState.AdditionalReferences.AddRange(DeclarationHarness.References);
        test.FixedState.AdditionalReferences.AddRange(DeclarationHarness.References);
        return test;
    }
}

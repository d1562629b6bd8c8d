using DraftingKit.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace DraftingKit.Analyzers.Tests.Declarations;

/// <summary>
/// Texts declared in C# join the project catalog: a template, or another declaration, that cites one by its number
/// is checked against the date its declaration gives.
/// </summary>
public sealed class DeclaredCatalogTests
{
    private const string Declared = """
        using DraftingKit.Authoring;

        namespace Drafts;

        [Resolution(Number = "81/12", Adopted = "2026-12-03", Meeting = "45th plenary meeting",
            Title = "Strengthening the United Nations crime prevention and criminal justice programme")]
        public partial class A_RES_81_12
        {
            [Operative] const string Requests = "*Requests* the Secretary-General to report to it at its eighty-second session.";
        }
        """;

    [Fact]
    public Task A_template_citing_a_declared_resolution_is_checked_against_its_date()
    {
        var test = new CSharpAnalyzerTest<DraftingRulesAnalyzer, DefaultVerifier>
        {
            TestCode = Declared,
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
        };
        test.TestState.AdditionalReferences.AddRange(DeclarationHarness.References);
        test.TestState.AdditionalFiles.Add(("draft.res.md", """
            ---
            kind: resolution
            status: draft
            organ: General Assembly
            session: 82
            title: Strengthening the United Nations crime prevention and criminal justice programme
            ---

            The General Assembly,

            *Recalling* its resolution 81/12 of {|DK5002:4 December 2026|},

            *Requests* the Secretary-General to report to it at its eighty-third session.

            """));
        return test.RunAsync();
    }

    [Fact]
    public Task A_declaration_citing_another_by_number_alone_is_checked_against_its_date() =>
        DeclarationVerifier<EngineEditsFixProvider>.VerifyAnalyzerAsync(Declared + """

            [Resolution(Session = 82, Title = "Strengthening the United Nations crime prevention and criminal justice programme")]
            public partial class Draft
            {
                [Preambular] const string Recalling = "*Recalling* its resolution 81/12 of {|DK5002:4 December 2026|},";
                [Operative] const string Requests = "*Requests* the Secretary-General to report to it at its eighty-third session.";
            }
            """);
}

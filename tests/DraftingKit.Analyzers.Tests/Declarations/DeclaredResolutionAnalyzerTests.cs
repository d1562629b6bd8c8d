using DraftingKit.CodeFixes;
using Verify = DraftingKit.Analyzers.Tests.Declarations.DeclarationVerifier<DraftingKit.CodeFixes.EngineEditsFixProvider>;

namespace DraftingKit.Analyzers.Tests.Declarations;

/// <summary>
/// <see cref="DeclaredResolutionAnalyzer"/> through the Microsoft.CodeAnalysis.Testing verifier: expected findings
/// are marked in the source, on the characters inside the literal.
/// </summary>
public sealed class DeclaredResolutionAnalyzerTests
{
    private const string Header = """
        using DraftingKit.Authoring;

        namespace Drafts;

        [Resolution(Session = 74, Title = "Strengthening the United Nations crime prevention and criminal justice programme")]
        public partial class CrimePrevention
        {
        """;

    [Fact]
    public Task A_plain_preambular_lead_is_reported_on_the_lead_inside_the_literal() =>
        Verify.VerifyAnalyzerAsync(Header + """
                [Preambular] const string Recalling = "{|DK1102:Recalling|} its resolution 73/186 of 17 December 2018,";
                [Operative] const string Requests = "*Requests* the Secretary-General to report to it at its seventy-fifth session.";
            }
            """);

    [Fact]
    public Task Straight_quotes_written_as_an_escape_are_reported_on_the_escape() =>
        Verify.VerifyAnalyzerAsync(Header + """
                [Preambular] const string Welcoming = "*Welcoming* the high-level debate on the theme {|DK7004:\"|}The role of regional organizations\",";
                [Operative] const string Requests = "*Requests* the Secretary-General to report to it at its seventy-fifth session.";
            }
            """);

    [Fact]
    public Task A_cited_type_that_declares_no_resolution_is_reported_on_its_name() =>
        Verify.VerifyAnalyzerAsync(Header + """
                [Preambular, Cites(typeof({|DK0202:System.String|}))] const string Recalling = "*Recalling* its resolution 73/186 of 17 December 2018,";
                [Operative] const string Requests = "*Requests* the Secretary-General to report to it at its seventy-fifth session.";
            }
            """);

    [Fact]
    public Task A_paragraph_that_is_not_a_constant_is_reported_on_its_name() =>
        Verify.VerifyAnalyzerAsync(Header + """
                [Preambular] const string Recalling = "*Recalling* its resolution 73/186 of 17 December 2018,";
                [Operative] public static readonly string {|DK0201:Requests|} = "*Requests* the Secretary-General to report.";
            }
            """);

    [Fact]
    public Task A_paragraph_in_another_part_of_the_partial_class_is_reported_on_its_name() =>
        Verify.VerifyAnalyzerAsync(Header + """
                [Preambular] const string Recalling = "*Recalling* its resolution 73/186 of 17 December 2018,";
                [Operative] const string Requests = "*Requests* the Secretary-General to report to it at its seventy-fifth session.";
            }

            public partial class CrimePrevention
            {
                [Operative] const string {|DK0206:Decides|} = "*Decides* to remain seized of the matter.";
                const string Unmarked = "a constant of the class that is not part of the text";
            }
            """);

    [Fact]
    public Task A_partial_class_without_the_attribute_anywhere_is_not_checked() =>
        Verify.VerifyAnalyzerAsync("""
            using DraftingKit.Authoring;

            namespace Drafts;

            public partial class Phrases
            {
                [Operative] const string Decides = "Decides to remain seized of the matter";
            }
            """);

    [Fact]
    public Task Constants_of_a_class_without_the_attribute_are_not_checked() =>
        Verify.VerifyAnalyzerAsync("""
            namespace Drafts;

            public static class Phrases
            {
                public const string Recalling = "Recalling its resolution 73/186 of 18 December 2018";
            }
            """);

    [Fact]
    public Task A_well_drafted_declaration_draws_no_finding() =>
        Verify.VerifyAnalyzerAsync(Header + """
                [Preambular] const string Reaffirming = "*Reaffirming* its resolution 73/185 of 17 December 2018 on the rule of law, crime prevention and criminal justice in the context of the Sustainable Development Goals,";
                [Operative] const string Requests = "*Requests* the Secretary-General to submit a report to the General Assembly at its seventy-fifth session on the implementation of the present resolution.";
            }
            """);
}

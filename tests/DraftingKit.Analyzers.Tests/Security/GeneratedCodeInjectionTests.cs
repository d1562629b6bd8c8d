using DraftingKit.Analyzers.Tests.Generation;

namespace DraftingKit.Analyzers.Tests.Security;

/// <summary>
/// SECURITY.md: a template is data, never code. Its title goes into the generated class's XML doc comment, where a
/// C# line terminator (CR, LF, U+0085, U+2028, U+2029) would end the comment and turn the rest of the title into code.
/// </summary>
public sealed class GeneratedCodeInjectionTests
{
    [Theory]
    [InlineData("\\n")]
    [InlineData("\\r")]
    [InlineData("\\u0085")]
    [InlineData("\\u2028")]
    [InlineData("\\u2029")]
    public void A_line_break_in_the_title_cannot_end_the_doc_comment_and_inject_code(string lineBreak)
    {
        var template = "---\nkind: resolution\nstatus: draft\nsymbol: A/C.3/74/L.11\ntitle: \"Crime prevention" + lineBreak + "public static class Injected { }" + lineBreak + "\"\n---\n\n*The General Assembly,*\n\n1. *Decides* to continue.\n";

        var run = GeneratorHarness.Run(new[] { GeneratorHarness.Template("injected.res.md", template) });

        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Select(d => d.ToString()));
        Assert.DoesNotContain(run.Output.SyntaxTrees.SelectMany(t => t.GetRoot().DescendantNodes()), node => node is Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax { Identifier.Text: "Injected" });
    }
}

using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DraftingKit.Analyzers.Tests.Declarations;

/// <summary>Declarations that do not compile, or are half written as a drafter types them, never make the analyzer throw.</summary>
public sealed class DeclaredResolutionRobustnessTests
{
    public static IEnumerable<object[]> HalfWritten() => new[]
    {
        new object[] { """[Resolution(Title = )] public partial class A { [Preambular] const string R = "*Recalling* it"; }""" },
        new object[] { """[Resolution] public partial class A { [Operative] const string R = ; }""" },
        new object[] { """[Resolution] public partial class A { [Operative] const string R = "*Requests* \u12"; }""" },
        new object[] { "[Resolution] public partial class A { [Operative] const string R = \"*Requests* the \\\"; }" },
        new object[] { """[Resolution] public partial class A { [Operative] const int R = 5; [Footnote(null)] const string F = "x"; }""" },
        new object[] { """[Resolution] public partial class A { [Preambular, Cites(typeof(Missing))] const string R = "*Recalling* 73/186,"; }""" },
        new object[] { """[Resolution(Adopted = "2019-02-30", Session = -4)] public partial class A { [Operative(0)] const string R = ""; [Subparagraph(Level = 9)] const string S = "   "; }""" },
        new object[] { "[Resolution] public partial class A { [Preambular] const string R = \"\"\"\n    *Recalling*\n  \"\"\"; }" },
        new object[] { """[Resolution] public partial class A { const string Lead = "*Recalling*"; [Preambular] const string R = Lead + " its resolution 73/186 of 17 December 2018,"; }""" },
    };

    [Theory]
    [MemberData(nameof(HalfWritten))]
    public async Task Half_written_declarations_give_diagnostics_not_exceptions(string declaration)
    {
        var compilation = DeclarationHarness.Compile("using DraftingKit.Authoring;\nnamespace Drafts;\n" + declaration);
        var exceptions = new List<System.Exception>();
        var analyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(new DeclaredResolutionAnalyzer()),
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), (exception, _, _) => exceptions.Add(exception), concurrentAnalysis: false, logAnalyzerExecutionTime: false));

        var diagnostics = await analyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id is "AD0001" or "DK0901");
    }
}

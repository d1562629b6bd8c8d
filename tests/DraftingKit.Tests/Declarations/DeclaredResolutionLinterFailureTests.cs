using DraftingKit.Declarations;
using DraftingKit.Model;
using DraftingKit.Rules;

namespace DraftingKit.Tests.Declarations;

/// <summary>A declaration the linter cannot handle is one DK0901 naming the file and the type, never an exception.</summary>
public sealed class DeclaredResolutionLinterFailureTests
{
    [Fact]
    public void A_broken_declaration_is_reported_as_DK0901_naming_the_file_and_the_type()
    {
        var name = new SourceSpan("Drafts/Broken.cs", 40, 6, 3, 22, 3, 27);
        var broken = new DeclaredResolution(
            "Drafts/Broken.cs",
            "Drafts.Broken",
            DocumentKind.Resolution,
            name,
            EquatableArray<DeclaredField>.Empty,
            EquatableArray.Create(new DeclaredMember("Requests", DeclaredRole.Operative, null!, name, null, string.Empty, 0, EquatableArray<DeclaredCitation>.Empty)),
            EquatableArray<DeclaredCitation>.Empty,
            EquatableArray<DeclarationProblem>.Empty);

        var finding = Assert.Single(DeclaredResolutionLinter.Lint(broken));

        Assert.Equal("DK0901", finding.Id);
        Assert.Equal(name, finding.Span);
        Assert.Contains("Drafts/Broken.cs (Drafts.Broken)", finding.Message, System.StringComparison.Ordinal);
    }
}

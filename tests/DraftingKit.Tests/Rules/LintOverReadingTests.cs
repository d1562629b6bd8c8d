using DraftingKit.Rules;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Rules;

/// <summary>
/// The analyzer lints each template over the reading it made for the project catalog instead of reading it again:
/// that lint must give exactly the findings of a lint that reads the template itself, on real templates, on a text
/// the reader refuses and on one with reader findings.
/// </summary>
public sealed class LintOverReadingTests
{
    public static TheoryData<string> Templates()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(RepositoryPaths.InRepository("tests", "corpus", "seeds"), "*.res.md", SearchOption.AllDirectories).Take(12))
        {
            data.Add(path);
        }

        data.Add(RepositoryPaths.InRepository("samples", "A-RES-74-177.res.md"));
        return data;
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void A_real_template_gives_the_same_findings(string path)
    {
        var text = File.ReadAllText(path);
        Assert.Equal(Lint(path, text), Lint(TemplateReader.Read(path, text), text));
    }

    [Theory]
    [InlineData("---\nkind: resolution\nsession: 79\n---\n\nThe General Assembly,\n\n*Recalling* its resolution 74/177 of 31 November 2019,\n\n1. *decides* to remain seized of the matter\n")]
    [InlineData("---\nkind: [unclosed\n---\n\nThe General Assembly,\n")]
    [InlineData("")]
    public void A_written_template_gives_the_same_findings(string text)
    {
        var expected = Lint("draft.res.md", text);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Lint(TemplateReader.Read("draft.res.md", text), text));
    }

    private static string[] Lint(string path, string text) => DraftingLinter.Lint(path, text).Select(f => f.ToString()).ToArray();

    private static string[] Lint(TemplateReadResult read, string text) => DraftingLinter.Lint(read, text).Select(f => f.ToString()).ToArray();
}

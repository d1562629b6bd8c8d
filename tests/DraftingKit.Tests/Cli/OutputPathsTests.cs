using DraftingKit.Cli;
using DraftingKit.Model;

namespace DraftingKit.Tests.Cli;

/// <summary>
/// Output files are named from the symbol, the title's template or the template's file name, and stay inside
/// the chosen folder whatever those contain: parent references, separators of either system, device names,
/// names longer than a file system takes.
/// </summary>
public sealed class OutputPathsTests
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "dk-output");

    private static ResolutionDocument WithSymbol(string? symbol) =>
        new("t.res.md", new DocumentHeader { Symbol = symbol }, EquatableArray<DocumentPart>.Empty, EquatableArray<Annex>.Empty, EquatableArray<Footnote>.Empty);

    [Theory]
    [InlineData("A/RES/74/177", "A-RES-74-177.txt")]
    [InlineData("S/RES/2250 (2015)", "S-RES-2250-2015.txt")]
    [InlineData("../../etc/passwd", "etc-passwd.txt")]
    [InlineData("..\\..\\Windows\\win.ini", "Windows-win.ini.txt")]
    [InlineData("/absolute/path", "absolute-path.txt")]
    [InlineData("C:\\drafts\\x", "C--drafts-x.txt")]
    [InlineData("..", "document.txt")]
    [InlineData("", "document.txt")]
    [InlineData("a\0b|c?d*e<f>g\"h:i", "a-b-c-d-e-f-g-h-i.txt")]
    [InlineData("CON", "_CON.txt")]
    [InlineData("nul", "_nul.txt")]
    [InlineData("COM1.draft", "_COM1.draft.txt")]
    [InlineData("LPT9", "_LPT9.txt")]
    [InlineData("CONSOLE", "CONSOLE.txt")]
    public void File_names_from_symbols_are_safe_and_stay_in_the_folder(string symbol, string expected)
    {
        var name = OutputPaths.FileName(WithSymbol(symbol), "t.res.md", "txt");

        Assert.Equal(expected, name);
        AssertInside(name);
    }

    [Fact]
    public void A_very_long_symbol_is_cut_to_a_name_every_file_system_takes()
    {
        var name = OutputPaths.FileName(WithSymbol(string.Concat(System.Linq.Enumerable.Repeat("A/RES/74/177.", 40))), "t.res.md", "docx");

        Assert.True(name.Length <= 105, name);
        Assert.EndsWith(".docx", name, StringComparison.Ordinal);
        Assert.DoesNotContain("..", name, StringComparison.Ordinal);
        AssertInside(name);
    }

    [Theory]
    [InlineData("../../evil.res.md", "evil.txt")]
    [InlineData("/tmp/CON.res.md", "_CON.txt")]
    [InlineData("drafts/..res.md", "document.txt")]
    public void Without_a_symbol_the_template_file_name_is_used_safely(string templatePath, string expected)
    {
        var name = OutputPaths.FileName(WithSymbol(null), templatePath, "txt");

        Assert.Equal(expected, name);
        AssertInside(name);
    }

    [Theory]
    [InlineData("../escape.txt")]
    [InlineData("../../escape.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("sub/../../escape.txt")]
    public void A_name_that_would_leave_the_folder_is_refused(string fileName) =>
        Assert.Throws<IOException>(() => OutputPaths.Inside(Folder, fileName));

    private static void AssertInside(string name)
    {
        var full = OutputPaths.Inside(Folder, name);
        Assert.Equal(Path.GetFullPath(Folder), Path.GetDirectoryName(full));
    }
}

using System.Text.RegularExpressions;
using DraftingKit.Import;
using DraftingKit.Model;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Issue 15: a line of an annexed text that stops without punctuation as a heading does but states how the text is
/// issued ("Issued in accordance with the provisions of article 5 …", 77/100, annex II) is text, not a heading; a
/// heading is a name, and no heading of the repository's templates or the UN corpus opens as that statement does.
/// </summary>
public sealed class StatementLineTests
{
    private const string Header =
        "A/RES/77/100\nGeneral Assembly\nDistr.: General\n19 December 2022\n\nSeventy-seventh session\nAgenda item 79\n\n"
        + "Resolution adopted by the General Assembly on 7 December 2022\n\n"
        + "77/100. United Nations Convention on the International Effects of Judicial Sales of Ships\n\nThe General Assembly,\n\n"
        + "Recalling its resolution 2205 (XXI) of 17 December 1966,\n\n"
        + "1. Adopts the United Nations Convention on the International Effects of Judicial Sales of Ships, contained in the annex to the present resolution;\n\n"
        + "46th plenary meeting\n7 December 2022\n\n";

    private static readonly Regex HeadingLine = new(@"^#{1,6}\s+(?<text>.+)$", RegexOptions.Multiline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));

    [Theory]
    [InlineData("Issued in accordance with the provisions of article 5 of the United Nations Convention on the International Effects of Judicial Sales of Ships")]
    [InlineData("Signed at Geneva on 5 May 2021")]
    [InlineData("Adopted by the Conference of the Parties at its third session")]
    [InlineData("Done in two originals in the English and French languages")]
    public void A_participle_governing_a_phrase_states_rather_than_titles(string line) =>
        Assert.True(StatementLine.ReadsAsStatement(line));

    [Theory]
    [InlineData("Model certificate of judicial sale")]
    [InlineData("Revised estimates resulting from resolutions and decisions adopted by the Human Rights Council at its forty-third, forty-fourth and forty-fifth sessions")]
    [InlineData("Proposed programme budget for 2021")]
    [InlineData("United Nations Convention on the International Effects of Judicial Sales of Ships")]
    [InlineData("Restructuring")]
    [InlineData("Issues related to the financing of the Mission")]
    public void A_name_is_no_statement(string line) =>
        Assert.False(StatementLine.ReadsAsStatement(line));

    [Fact]
    public void No_heading_of_the_templates_or_the_corpus_reads_as_a_statement()
    {
        var folders = new[] { RepositoryPaths.InRepository("tests"), RepositoryPaths.InRepository("samples") };
        var headings = folders
            .SelectMany(folder => Directory.GetFiles(folder, "*.res.md", SearchOption.AllDirectories))
            .SelectMany(path => HeadingLine.Matches(File.ReadAllText(path)).Cast<Match>())
            .Select(match => InlineParser.Plain(match.Groups["text"].Value.Replace("**", string.Empty)).Trim())
            .ToList();

        Assert.True(headings.Count > 2000, headings.Count + " headings");
        Assert.DoesNotContain(headings, StatementLine.ReadsAsStatement);
    }

    [Fact]
    public void The_statement_under_an_annexed_texts_title_imports_as_its_text()
    {
        var text = Header + "Annex II\n\nModel certificate of judicial sale\n\n"
            + "Issued in accordance with the provisions of article 5 of the United Nations Convention on the International Effects of Judicial Sales of Ships\n\n"
            + "This is to certify that:\n\n(a) The judicial sale has conferred clean title to the ship on the purchaser.\n";

        var annex = Assert.Single(Assert.Single(UnDocumentImporter.ImportText("A-RES-77-100.txt", text).Texts).Document.Annexes);

        Assert.Equal("Model certificate of judicial sale", annex.Title?.PlainText.Trim());
        var first = Assert.IsType<TextParagraph>(annex.Blocks[0]);
        Assert.StartsWith("Issued in accordance with", first.Text.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain(annex.Blocks, block => block is Heading);
    }

    [Fact]
    public void A_title_without_punctuation_under_the_annex_title_stays_a_heading()
    {
        var text = Header + "Annex II\n\nModel certificate of judicial sale\n\nRevised estimates resulting from the decisions of the Conference\n\n"
            + "This is to certify that:\n\n(a) The judicial sale has conferred clean title to the ship on the purchaser.\n";

        var annex = Assert.Single(Assert.Single(UnDocumentImporter.ImportText("A-RES-77-100.txt", text).Texts).Document.Annexes);

        Assert.Equal("Revised estimates resulting from the decisions of the Conference", Assert.IsType<Heading>(annex.Blocks[0]).Text.PlainText.Trim());
    }
}

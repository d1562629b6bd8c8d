using DraftingKit.Import;
using DraftingKit.Model;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Issue 15: a part issued on its own (A/RES/75/250 B) prints its designation over the formula, with the note that
/// says what became of the part before it; the text importer reads it as part B with that note. A line "B" that is a
/// list label or a heading is no part.
/// </summary>
public sealed class PartIssuedAloneImportTests
{
    // The UN text of A/RES/75/250 B as DraftingKit renders it, shortened to its first paragraphs.
    private static string Text(string symbol, string designation) => string.Join("\n", new[]
    {
        symbol,
        "General Assembly",
        "Distr.: General",
        "8 July 2021",
        string.Empty,
        "Seventy-fifth session",
        "Agenda item 166 (b)",
        "Financing of the United Nations peacekeeping forces in the Middle East: United Nations Interim Force in Lebanon",
        string.Empty,
        "Resolution adopted by the General Assembly on 30 June 2021",
        string.Empty,
        "[on the report of the Fifth Committee (A/75/664/Add.1, para. 12)]",
        string.Empty,
        "75/250. Financing of the United Nations Interim Force in Lebanon",
        string.Empty,
        designation,
        string.Empty,
        "The General Assembly,",
        string.Empty,
        "Having considered the reports of the Secretary-General on the financing of the United Nations Interim Force in Lebanon² and the related report of the Advisory Committee on Administrative and Budgetary Questions,³",
        string.Empty,
        "Noting with appreciation that voluntary contributions have been made to the Force,",
        string.Empty,
        "1. Requests the Secretary-General to entrust the Head of Mission with the task of formulating future budget proposals;",
        string.Empty,
        "2. Invites voluntary contributions to the Force in cash and in the form of services and supplies acceptable to the Secretary-General.",
        string.Empty,
        "88th plenary meeting",
        "30 June 2021",
        string.Empty,
        "¹ Resolution 75/250, in section VI of the Official Records of the General Assembly, Seventy-fifth Session, Supplement No. 49 (A/75/49), vol. I, becomes resolution 75/250 A.",
        string.Empty,
        "² A/75/612 and A/75/772.",
        string.Empty,
        "³ A/75/822/Add.14.",
    });

    private static ResolutionDocument ImportOne(string text)
    {
        var result = UnDocumentImporter.ImportText("A-RES-75-250-B.txt", text);
        return Assert.Single(result.Texts).Document;
    }

    [Fact]
    public void A_part_issued_on_its_own_keeps_its_designation_and_the_note_on_it()
    {
        var document = ImportOne(Text("A/RES/75/250 B", "B¹"));

        var part = Assert.Single(document.Parts);
        Assert.Equal("B", part.Designation);
        Assert.Equal("[^1]", ModelDump.Inline(part.DesignationNote!));
        Assert.Equal("The General Assembly,", part.Formula!.Text.PlainText);
        Assert.Equal(2, part.Preamble.Count);
        Assert.Equal("A/RES/75/250 B", document.Header.Symbol);
        Assert.StartsWith("Resolution 75/250, in section VI", document.Footnotes[0].Text.PlainText, StringComparison.Ordinal);
        Assert.Equal(3, document.Footnotes.Count);
    }

    [Fact]
    public void A_part_issued_on_its_own_without_a_note_keeps_its_designation()
    {
        var document = ImportOne(Text("A/RES/75/250 B", "B"));

        var part = Assert.Single(document.Parts);
        Assert.Equal("B", part.Designation);
        Assert.Null(part.DesignationNote);
    }

    [Fact]
    public void A_designation_the_symbol_does_not_name_is_no_part()
    {
        // The symbol names no part: "C" over the formula is read with the title, the text in one part.
        var document = ImportOne(Text("A/RES/75/250", "C"));

        Assert.Null(Assert.Single(document.Parts).Designation);
    }

    [Fact]
    public void A_line_B_under_the_formula_is_a_heading_not_a_part()
    {
        // A heading "B" inside the operative part, as a section of a budget text prints it, opens no part even under
        // a symbol that names part B: the designation stands before the formula.
        var text = Text("A/RES/75/250 B", string.Empty).Replace(
            "2. Invites voluntary",
            "B\n\nPart II\n\n2. Invites voluntary",
            StringComparison.Ordinal);
        var document = ImportOne(text);

        var part = Assert.Single(document.Parts);
        Assert.Null(part.Designation);
        Assert.Equal(2, document.OperativeParagraphs().Count());
    }

    [Fact]
    public void A_list_label_B_is_no_designation()
    {
        // "B" with more words, or a letter with its label's punctuation, is a list item's label, not a part's designation.
        var document = ImportOne(Text("A/RES/75/250 B", "B. Financing"));

        Assert.Null(Assert.Single(document.Parts).Designation);
    }
}

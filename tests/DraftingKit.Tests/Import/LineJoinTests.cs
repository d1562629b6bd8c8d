using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Issue 15: two printed lines of one paragraph read as one text. A UN text is set without word division, so a line
/// that ends on a compound's hyphen goes on with the compound's rest, and one that ends on a range's dash with the
/// range's end; a suspended hyphen keeps its space.
/// </summary>
public sealed class LineJoinTests
{
    [Theory]
    [InlineData("the Use, Stockpiling, Production and Transfer of Anti-", "Personnel Mines and on Their Destruction")]
    [InlineData("to actively participate in the above-", "mentioned meetings,")]
    [InlineData("measures to respond to COVID-", "19 and its consequences")]
    [InlineData("certification of elimination of mother-", "to-child HIV transmission")]
    [InlineData("Supplement No. 20 (A/75/20), paras. 22–", "23; see also A/AC.105/1224.")]
    [InlineData("for the period 2018–", "2030")]
    public void A_line_that_ends_on_a_compounds_hyphen_goes_on_without_a_space(string above, string below) =>
        Assert.Equal(string.Empty, LineJoin.Separator(above, below));

    [Theory]
    [InlineData("to integrate child-", "and youth-related issues")]
    [InlineData("pre-", "or post-conflict situations")]
    [InlineData("for medium-", "to long-term planning")]
    [InlineData("the period 2020 –", "2023")]
    [InlineData("the Sendai Framework for Disaster Risk Reduction 2015–", "and the Paris Agreement")]
    [InlineData("in the years 2015 –", "2030")]
    [InlineData("as follows: -", "Recalling")]
    [InlineData("the Convention,", "Booby Traps")]
    [InlineData("Anti-", "“Personnel")]
    public void Any_other_line_end_keeps_its_space(string above, string below) =>
        Assert.Equal(" ", LineJoin.Separator(above, below));

    [Fact]
    public void A_note_broken_at_a_compounds_hyphen_reads_as_one_word()
    {
        var text = "Resolution adopted by the General Assembly on 9 December 2021\n\n76/74. Assistance in mine action\n\nThe General Assembly,\n\n"
            + "Recalling its resolution 75/65,1\n\n1. Takes note of the report;\n\n__________________\n"
            + "1 These include the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-\n"
            + "Personnel Mines and on Their Destruction, 1997.\n";

        var result = UnDocumentImporter.ImportText("layer.txt", text);

        var note = Assert.Single(Assert.Single(result.Texts).Document.Footnotes);
        Assert.Contains("Transfer of Anti-Personnel Mines", note.Text.PlainText, StringComparison.Ordinal);
    }
}

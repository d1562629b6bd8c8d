using DraftingKit.Import;
using DraftingKit.Model;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A note's raised number a text layer glues to words joined by a slash ("HIV/AIDS1") is a marker; digits glued to a
/// symbol's part ("A/75/L.591") stay the symbol's (<see cref="SlashedWords"/>).
/// </summary>
public sealed class SlashedWordsMarkerTests
{
    private static ResolutionDocument ImportOne(string body, params string[] notes) => NoteLayer.ImportOne("Cooperation", body, notes);

    [Fact]
    public void A_marker_glued_to_words_joined_by_a_slash_is_read()
    {
        // A/RES/75/260: the first note's marker on "HIV/AIDS", the next ones after a comma and a year.
        var document = ImportOne(
            "Reaffirming its commitment to the Declaration of Commitment on HIV/AIDS1 and the political declarations on HIV/AIDS adopted at the high-level meetings of the General Assembly in 2006,2\n\n1. Decides to convene a high-level meeting;",
            "Resolution S-26/2, annex.",
            "Resolution 60/262, annex.");

        Assert.Equal("Reaffirming its commitment to the Declaration of Commitment on HIV/AIDS[1] and the political declarations on HIV/AIDS adopted at the high-level meetings of the General Assembly in 2006,[2]", NoteLayer.Marked(document)[0]);
    }

    [Fact]
    public void Digits_after_a_symbols_abbreviation_stay_the_symbols()
    {
        // A decision's symbol ends on "Dec.1": note 1 is the next to come, but its marker stands after "Declaration,".
        var document = ImportOne(
            "Recalling decision UNEP/EA.5/Dec.1 of the United Nations Environment Assembly and the Declaration,1\n\n1. Decides to continue;",
            "Resolution 217 A (III).");

        Assert.Equal("Recalling decision UNEP/EA.5/Dec.1 of the United Nations Environment Assembly and the Declaration,[1]", NoteLayer.Marked(document)[0]);
    }

    [Theory]
    [InlineData("HIV/AIDS", true)]
    [InlineData("and/or", true)]
    [InlineData("“HIV/AIDS", true)]
    [InlineData("A/RES/75/", false)]
    [InlineData("A/CN.4/L", false)]
    [InlineData("HIV/", false)]
    [InlineData("AIDS", false)]
    public void Words_joined_by_a_slash_are_letters_only(string word, bool words)
    {
        Assert.Equal(words, SlashedWords.Are(word));
    }
}

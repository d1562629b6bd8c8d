using DraftingKit.Model;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Issue 15: a raised note number that a PDF's layout printed set apart by a space ("Bermuda 2 and", "United Nations
/// 19 and", "Colonialism, 4", "for 2019 5 and") is a marker only where it is the next note's number and no counted
/// word ("paragraph 2", "between 1 and") stands before it; any other number keeps its space ("that, 55 years").
/// </summary>
public sealed class SpacedMarkerTests
{
    private static ResolutionDocument ImportOne(string body, params string[] notes) => NoteLayer.ImportOne("Question of Bermuda", body, notes);

    private static List<string> Marked(ResolutionDocument document) => NoteLayer.Marked(document);

    [Fact]
    public void A_number_set_apart_after_a_word_is_the_next_notes_marker()
    {
        var document = ImportOne(
            "Recalling the Declaration, 1 in its resolution 1514 (XV),\n\nHaving examined the working paper prepared by the Secretariat on Bermuda 2 and other relevant information,\n\n1. Welcomes the report of the Special Committee for 2019 3 and the seminar;",
            "Resolution 1514 (XV).",
            "A/AC.109/2021/6.",
            "A/74/23.");

        Assert.Equal("Recalling the Declaration,[1] in its resolution 1514 (XV),", Marked(document)[0]);
        Assert.Equal("Having examined the working paper prepared by the Secretariat on Bermuda[2] and other relevant information,", Marked(document)[1]);
        Assert.Equal("Welcomes the report of the Special Committee for 2019[3] and the seminar;", Marked(document)[2]);
    }

    [Fact]
    public void A_number_set_apart_that_is_not_the_next_notes_keeps_its_space()
    {
        var document = ImportOne(
            "Considering that, 55 years following its adoption, the Treaty remains a living instrument,1\n\n1. Welcomes the report;",
            "United Nations, Treaty Series, vol. 634, No. 9068.");

        Assert.Equal("Considering that, 55 years following its adoption, the Treaty remains a living instrument,[1]", Marked(document)[0]);
    }

    [Fact]
    public void A_number_set_apart_after_a_counted_word_is_the_texts_own()
    {
        var document = ImportOne(
            "Recalling paragraph 1 of its resolution 75/1 and the Declaration,1\n\n1. Welcomes the report;",
            "Resolution 75/1.");

        Assert.Equal("Recalling paragraph 1 of its resolution 75/1 and the Declaration,[1]", Marked(document)[0]);
    }
}

using DraftingKit.Import;
using DraftingKit.Model;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A list run into its sentence, whose first label a line of the reading order opens: the line goes on the sentence
/// (<see cref="RunInList"/>). S/RES/2729 (2024), paragraph 3 (a) (iv): "… that are focused on: (1) expert advice …;
/// (2) support to voter education programs …; (3) continued trainings …".
/// </summary>
public sealed class RunInListTests
{
    private const string Text = """
        S/RES/2729 (2024)
        Security Council
        Distr.: General
        30 April 2024

        Resolution 2729 (2024)
        Adopted by the Security Council at its 9617th meeting, on 30 April 2024
        The Security Council,
        Reaffirming its strong commitment to the sovereignty, independence, territorial integrity
        and national unity of the Republic of South Sudan,
        1.

        Requests UNMISS to use good offices and provide technical assistance and advice, consistent
        with the Revitalized Agreement, that are focused on:
        (1) expert advice on technical aspects of the conduct of elections; (2) support to voter
        education programs for the prevention and response to election violence; (3)
        continued trainings and dialogues among all political stakeholders;
        2.

        Decides to remain actively seized of the matter.

        """;

    [Theory]
    [InlineData("(1) expert advice on technical aspects of the conduct of elections; (2) support to voter")]
    [InlineData("(a) the Panel of Experts; (b) the Committee")]
    [InlineData("(i) in the north; (ii) in the south")]
    public void Two_labels_in_sequence_on_one_line_run_in_a_sentence(string line) => Assert.True(RunInList.Holds(line));

    [Theory]
    [InlineData("(a) Supporting the implementation of the Revitalized Agreement;")]
    [InlineData("(1) expert advice on technical aspects of the conduct of elections; (3) continued trainings")]
    [InlineData("(a) paragraphs 3 (b) and (c) of resolution 2206 (2015);")]
    [InlineData("expert advice on elections; (2) support to voter education")]
    public void A_label_without_its_next_on_the_line_opens_an_item(string line) => Assert.False(RunInList.Holds(line));

    [Fact]
    public void A_run_in_enumeration_that_a_line_opens_stays_in_its_sentence()
    {
        var paragraph = Operative(Text)[0];

        Assert.Empty(paragraph.Subparagraphs);
        Assert.Contains("that are focused on: (1) expert advice on technical aspects of the conduct of elections; (2) support", paragraph.Text.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_whose_items_each_open_a_line_stays_a_list()
    {
        var list = Text.Replace(
            "elections; (2) support to voter\neducation programs for the prevention and response to election violence; (3)\ncontinued",
            "elections;\n(2) support to voter education programs for the prevention and response to election violence;\n(3) continued",
            StringComparison.Ordinal);
        Assert.NotEqual(Text, list);
        var paragraph = Operative(list)[0];

        Assert.Equal(3, paragraph.Subparagraphs.Count());
    }

    private static List<OperativeParagraph> Operative(string text)
    {
        var document = Assert.Single(UnDocumentImporter.ImportText("S-RES-2729.txt", text).Texts).Document;
        return Assert.Single(document.Parts).OperativePart.OfType<OperativeParagraph>().ToList();
    }
}

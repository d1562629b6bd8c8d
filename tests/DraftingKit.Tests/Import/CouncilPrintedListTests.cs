using DraftingKit.Import;
using DraftingKit.Model;

namespace DraftingKit.Tests.Import;

/// <summary>
/// How the Security Council prints its mandates, read back from plain text (issue 16): headings one under another,
/// a subheading item over its text, words that close a paragraph after its list, a heading ending in a colon, a
/// paragraph number standing alone, a text without its enacting formula. Each arranged with the Council's own
/// words, and each beside the page-cut paragraph it must still be told from.
/// </summary>
public sealed class CouncilPrintedListTests
{
    private const string Header =
        "S/RES/2531 (2020)\nSecurity Council\nDistr.: General\n29 June 2020\n\nResolution 2531 (2020)\n\n"
        + "Adopted by the Security Council at its 8700th meeting, on 29 June 2020\n\n";

    private static ResolutionDocument ImportOne(string body, string formula = "The Security Council,\n\n")
    {
        var result = UnDocumentImporter.ImportText("S-RES.txt", Header + formula + body);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return Assert.Single(result.Texts).Document;
    }

    private static List<BodyBlock> Operative(ResolutionDocument document) => document.Parts[0].OperativePart.ToList();

    private static string Words(InlineText text) => text.PlainText.Trim();

    [Fact]
    public void Two_headings_one_under_another_stay_two_headings()
    {
        // S/RES/2520 (2020), before paragraph 9.
        var document = ImportOne(
            "Recalling its previous resolutions on Somalia,\n\n"
            + "8. Urges the FGS to set out a clear strategic plan to generate new Somali security forces;\n\n"
            + "AMISOM\n\nPriorities and tasks\n\n"
            + "9. Decides to authorise the Member States of the AU to maintain the deployment of AMISOM personnel;\n");

        var headings = Operative(document).OfType<Heading>().Select(h => Words(h.Text)).ToArray();
        Assert.Equal(new[] { "AMISOM", "Priorities and tasks" }, headings);
    }

    [Fact]
    public void A_paragraph_cut_by_a_page_after_a_full_line_is_still_joined()
    {
        // Seed 000: the first half stops on a word no heading ends on, and is longer than a line.
        var document = ImportOne(
            "Taking note of the recommendations made by the Intergovernmental Group of Experts on\n\n"
            + "Lessons Learned from United Nations Congresses on Crime Prevention and Criminal Justice,\n\n"
            + "1. Decides to remain seized of the matter.\n");

        var preamble = Assert.Single(document.PreambularParagraphs());
        Assert.EndsWith("Group of Experts on Lessons Learned from United Nations Congresses on Crime Prevention and Criminal Justice,", Words(preamble.Text));
    }

    [Fact]
    public void A_subheading_item_holds_the_text_printed_under_it()
    {
        // S/RES/2531 (2020), paragraph 29.
        var document = ImportOne(
            "Recalling its previous resolutions on Mali,\n\n"
            + "29. Further authorizes MINUSMA to use its existing capacities to assist in implementing the following other tasks:\n\n"
            + "(a) Quick impact projects\n\n"
            + "To contribute to the creation of a secure environment for quick impact projects;\n\n"
            + "(b) Cooperation with Sanctions Committees\n\n"
            + "To assist and exchange information with the Sanctions Committee;\n\n"
            + "30. Decides to remain seized of the matter.\n");

        var paragraph = document.OperativeParagraphs().First();
        Assert.Equal(new[] { "a", "b" }, paragraph.Subparagraphs.Select(item => item.Label).ToArray());
        Assert.Equal("Quick impact projects", Words(paragraph.Subparagraphs[0].Text));
        var under = Assert.Single(paragraph.Subparagraphs[0].Items);
        Assert.Equal(ListStyle.Unlabelled, under.Style);
        Assert.StartsWith("To contribute to the creation", Words(under.Text));
        Assert.Equal(new int?[] { 29, 30 }, document.OperativeParagraphs().Select(p => p.Number).ToArray());
    }

    [Fact]
    public void Words_in_lower_case_after_the_last_item_close_the_paragraph_and_are_not_the_item()
    {
        // S/RES/2767 (2024): the item ends with its semicolon, then the paragraph goes on.
        var document = ImportOne(
            "Recalling its previous resolutions,\n\n"
            + "12. Requests the Secretary-General to report on:\n\n"
            + "(c) progress in the political process;\n\n"
            + "(d) measures taken to protect civilians;\n\n"
            + "and expresses its intention to invite the African Union to brief the Council;\n");

        var paragraph = Assert.Single(document.OperativeParagraphs());
        Assert.Equal("measures taken to protect civilians;", Words(paragraph.Subparagraphs[1].Text));
        var closing = Assert.Single(paragraph.Subparagraphs[1].Items);
        Assert.StartsWith("and expresses its intention", Words(closing.Text));
    }

    [Fact]
    public void Words_in_lower_case_inside_an_item_cut_by_a_page_stay_in_the_item()
    {
        var document = ImportOne(
            "Recalling its previous resolutions,\n\n"
            + "12. Requests the Secretary-General to report on:\n\n"
            + "(c) progress in the implementation of the\n\n"
            + "peace agreement, including its security provisions;\n");

        var item = Assert.Single(Assert.Single(document.OperativeParagraphs()).Subparagraphs);
        Assert.Equal("progress in the implementation of the peace agreement, including its security provisions;", Words(item.Text));
        Assert.Empty(item.Items);
    }

    [Fact]
    public void A_short_line_ending_in_a_colon_over_numbered_paragraphs_is_a_heading()
    {
        // S/RES/2567 (2021).
        var document = ImportOne(
            "Recalling its previous resolutions,\n\n"
            + "39. Calls upon all parties to cooperate with the Mission;\n\n"
            + "United Nations and International Support:\n\n"
            + "40. Requests the Secretary-General to continue to support the parties;\n");

        var blocks = Operative(document);
        Assert.Equal("United Nations and International Support:", Words(Assert.IsType<Heading>(blocks[1]).Text));
        Assert.Equal(new int?[] { 39, 40 }, document.OperativeParagraphs().Select(p => p.Number).ToArray());
    }

    [Fact]
    public void A_line_ending_in_a_colon_between_items_introduces_the_next_items()
    {
        // S/RES/2552 (2020): "Urgent temporary measures:" among the roman items of (e).
        var document = ImportOne(
            "Recalling its previous resolutions,\n\n"
            + "31. Decides that the mandate shall include the following tasks:\n\n"
            + "(e) Support for national and international justice\n\n"
            + "(i) To help reinforce the independence of the judiciary;\n\n"
            + "Urgent temporary measures:\n\n"
            + "(ii) To urgently and actively adopt urgent temporary measures;\n");

        var item = Assert.Single(Assert.Single(document.OperativeParagraphs()).Subparagraphs);
        Assert.Equal(new[] { "i", "ii" }, item.Items.Select(child => child.Label).ToArray());
        Assert.Equal("Urgent temporary measures:", Words(Assert.Single(item.Items[0].Items).Text));
    }

    [Fact]
    public void A_paragraph_number_standing_alone_is_that_paragraph_with_its_items()
    {
        // S/RES/2709 (2023), paragraph 58.
        var document = ImportOne(
            "Recalling its previous resolutions,\n\n"
            + "57. Requests the Secretary-General to keep the Council informed;\n\n"
            + "58.\n\n"
            + "(a) Requests the Secretary-General to report to the Council on 15 February 2024;\n\n"
            + "59. Decides to remain seized of the matter.\n");

        var paragraphs = document.OperativeParagraphs().ToList();
        Assert.Equal(new int?[] { 57, 58, 59 }, paragraphs.Select(p => p.Number).ToArray());
        Assert.True(paragraphs[1].Text.IsEmpty);
        Assert.Equal("a", Assert.Single(paragraphs[1].Subparagraphs).Label);
    }

    [Fact]
    public void An_adopted_text_without_its_formula_is_still_the_text()
    {
        // S/RES/2573 (2021): the UN's file goes from the adoption line straight into the preamble.
        var document = ImportOne(
            "Reiterating its primary responsibility under the Charter of the United Nations for the maintenance of international peace and security,\n\n"
            + "1. Strongly condemns attacks in situations of armed conflict directed against civilians;\n",
            formula: string.Empty);

        Assert.Same(Organ.SecurityCouncil, document.Header.Organ);
        Assert.Null(document.Parts[0].Formula);
        Assert.Single(document.PreambularParagraphs());
        Assert.Equal(new int?[] { 1 }, document.OperativeParagraphs().Select(p => p.Number).ToArray());
    }

    [Fact]
    public void Report_text_without_a_lead_after_an_adoption_line_is_not_taken_for_a_text()
    {
        var result = UnDocumentImporter.ImportText("S-RES.txt", Header + "The meeting was called to order at 10 a.m.\n");

        Assert.Empty(result.Texts);
        Assert.Contains(result.Diagnostics, d => d.Id == "DK0107");
    }

    [Fact]
    public void A_preambular_paragraph_without_its_closing_comma_is_not_a_heading_when_it_opens_with_a_lead_s_participle()
    {
        // S/RES/2765 (2024): "Demanding" is the preamble's form of "Demands"; the UN's file drops the comma.
        var document = ImportOne(
            "Recalling its previous resolutions,\n\n"
            + "Demanding that all parties respect and protect all humanitarian personnel, including national and locally recruited personnel, in accordance with their obligations under international law\n\n"
            + "1. Decides to remain seized of the matter.\n");

        Assert.Equal(2, document.PreambularParagraphs().Count());
        Assert.DoesNotContain(document.Parts[0].Preamble, block => block is Heading);
    }
}

using DraftingKit.Import;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Issue 15: a label at the start of a line in a PDF's reading order opens an item only where the line above ended a
/// unit and the label opens a list or follows the labels opened before it; else its sentence holds it ("… to meet the
/// target" / "(e) deadline of the Sendai Framework …", A/RES/75/216; "… to the General Assembly" / "(a) to take note
/// …", A/RES/75/137), and it moves up to the line above, so that no later reading opens an item there.
/// </summary>
public sealed class LabelAtWrappedLineTests
{
    private static List<string> Paragraphs(params string[] lines) =>
        FlowingText.Paragraphs(string.Join("\n", new[] { "The General Assembly,", "Recalling its resolution 74/1 on the situation in the region,", "Noting the report of the Secretary-General on the question,", "Welcoming the work done by the Office of the United Nations High Commissioner,", "1.", string.Empty }.Concat(lines)), LeadVocabulary.Openers)
            .Split("\n\n")
            .Select(block => string.Join(" ", block.Split('\n').Select(line => line.Replace("\f", string.Empty).Trim()).Where(line => line.Length > 0)))
            .Where(block => block.Length > 0)
            .ToList();

    [Fact]
    public void Labels_that_follow_the_labels_before_them_open_items()
    {
        var paragraphs = Paragraphs(
            "Requests the Secretary-General to submit a report on the following:",
            "(a) The work of the Office in the field;",
            "(b) The resources required for reporting;",
            "(c) The timetable of the review;",
            "2.",
            string.Empty,
            "Decides to remain seized of the matter.");

        Assert.Contains("(a) The work of the Office in the field;", paragraphs);
        Assert.Contains("(b) The resources required for reporting;", paragraphs);
        Assert.Contains("(c) The timetable of the review;", paragraphs);
    }

    [Fact]
    public void A_label_out_of_sequence_after_a_unit_end_is_the_sentences()
    {
        // "(e)" after "(a)" and "(b)", though the line above ended with a semicolon: no "(d)" came before it.
        var paragraphs = Paragraphs(
            "Requests the Secretary-General to submit a report on the following:",
            "(a) The work of the Office in the field;",
            "(b) The resources required for the report on the targets and the deadline for reporting;",
            "(e) deadline of the Sendai Framework, and the progress towards it;",
            "2.",
            string.Empty,
            "Decides to remain seized of the matter.");

        Assert.Contains("(b) The resources required for the report on the targets and the deadline for reporting; (e) deadline of the Sendai Framework, and the progress towards it;", paragraphs);
    }

    [Fact]
    public void A_label_after_a_line_that_stopped_on_a_word_moves_up_to_that_line()
    {
        var text = FlowingText.Paragraphs(string.Join("\n", "The General Assembly,", "Recalling its resolution 74/1 on the situation in the region,", "Noting that the International Law Commission decided to recommend to the General Assembly", "(a) to take note of the draft articles on the expulsion of aliens in a resolution, and", "(b) to consider a convention,", "Welcoming the work done by the Office of the United Nations High Commissioner,"), LeadVocabulary.Openers);

        Assert.Contains("decided to recommend to the General Assembly (a)\nto take note of the draft articles on the expulsion of aliens in a resolution, and (b)\nto consider a convention,", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_starts_anew_under_each_numbered_paragraph()
    {
        // "(b)" under paragraph 2 follows no "(a)" of its own: the "(a)" of paragraph 1 does not count.
        var paragraphs = Paragraphs(
            "Requests the Secretary-General to submit a report on the following:",
            "(a) The work of the Office in the field;",
            "2.",
            string.Empty,
            "Decides to consider the reports referred to in paragraph 1;",
            "(b) above at its next session.");

        Assert.Contains("2. Decides to consider the reports referred to in paragraph 1; (b) above at its next session.", paragraphs);
    }

    [Fact]
    public void A_label_alone_over_an_amount_is_its_items()
    {
        // A/RES/76/247 A–C: an item's text opens with the sum it finances.
        var paragraphs = Paragraphs(
            "Decides that the appropriation shall be financed as follows:",
            "(a)",
            string.Empty,
            "16,361,600 dollars, representing the estimated income other than staff assessment income;",
            "(b)",
            string.Empty,
            "77,094,200 dollars, as reflected in the financial performance report;");

        // The label hangs, two spaces before a text that opens in no capital, as a laid-out extraction prints it.
        Assert.Contains("(a)  16,361,600 dollars, representing the estimated income other than staff assessment income;", paragraphs);
        Assert.Contains("(b)  77,094,200 dollars, as reflected in the financial performance report;", paragraphs);
    }

    [Theory]
    // S/RES/2628 (2022), paragraph 22: a count without thousands' separators.
    [InlineData("10450 security forces by June 2024;")]
    // S/RES/2662 (2022), annex: a chemical's name, its locants before a hyphen.
    [InlineData("2,4,6-Trinitrotoluene (TNT);")]
    public void A_label_alone_over_a_figure_that_goes_on_in_words_is_its_items(string text)
    {
        var paragraphs = Paragraphs("Decides that the following shall be reached:", "(c)", string.Empty, text, "(d)", string.Empty, "Trinitrophenylmethylnitramine (Tetryl);");

        Assert.Contains("(c)  " + text, paragraphs);
    }

    [Theory]
    // S/RES/2709 (2023), paragraph 58 (a), as the Council printed it: the item's text opens with a bracket.
    [InlineData("(Requests the Secretary-General to report to the Council on 15 February 2024;")]
    [InlineData("(Reserved)")]
    public void A_label_alone_over_a_bracket_before_a_word_with_its_capital_is_its_items(string text)
    {
        var paragraphs = Paragraphs("Decides that the following shall be reached:", "(c)", string.Empty, text, "(d)", string.Empty, "Trinitrophenylmethylnitramine (Tetryl);");

        Assert.Contains("(c)  " + text, paragraphs);
    }

    [Theory]
    // A symbol in brackets and a label: no word with its capital opens them.
    [InlineData("(S/2023/363)")]
    [InlineData("(d)")]
    public void A_label_alone_over_a_bracket_before_no_word_keeps_apart(string text)
    {
        var paragraphs = Paragraphs("Decides that the following shall be reached:", "(c)", string.Empty, text, string.Empty, "The estimated income;");

        Assert.DoesNotContain(paragraphs, p => p.StartsWith("(c)  " + text, StringComparison.Ordinal));
    }

    [Theory]
    // A job number at the page's foot, and a number alone: no item's words.
    [InlineData("20-17350")]
    [InlineData("12")]
    public void A_label_alone_over_a_figure_without_words_keeps_apart(string figure)
    {
        var paragraphs = Paragraphs("Decides that the following shall be reached:", "(c)", string.Empty, figure, string.Empty, "The estimated income;");

        Assert.DoesNotContain(paragraphs, p => p.StartsWith("(c)  " + figure, StringComparison.Ordinal));
    }

    [Fact]
    public void A_label_alone_over_a_notes_number_keeps_apart()
    {
        var paragraphs = Paragraphs("Decides that the appropriation shall be financed as follows:", "(a)", string.Empty, "1", string.Empty, "The estimated income;");

        Assert.DoesNotContain(paragraphs, p => p.StartsWith("(a) 1", StringComparison.Ordinal));
    }

    [Fact]
    public void A_label_across_a_page_cut_after_a_word_goes_on_the_sentence()
    {
        Assert.True(SentenceAcrossPage.GoesOn("12. Expresses concern that the current pace of action is not fast enough to meet the target", "(e)  deadline of the Sendai Framework by the end of 2020"));
        Assert.False(SentenceAcrossPage.GoesOn("12. Requests the Secretary-General to report on the following:", "(e)  Deadlines of the Sendai Framework"));
    }

    [Theory]
    [InlineData("(a) The work", "", true)]
    [InlineData("(i) The work", "", true)]
    [InlineData("(1) The work", "", true)]
    [InlineData("(b) The work", "a", true)]
    [InlineData("(b) The work", "c", false)]
    [InlineData("(v) The work", "iv", true)]
    [InlineData("(v) The work", "u", true)]
    [InlineData("(v) The work", "iii", false)]
    [InlineData("(j) The work", "i", true)]
    [InlineData("(aa) The work", "z", true)]
    [InlineData("(bb) The work", "aa", true)]
    [InlineData("(10) The work", "9", true)]
    [InlineData("(10) The work", "8", false)]
    [InlineData("Requests the Secretary-General", "", true)]
    public void A_label_continues_a_list_that_opened_the_label_before_it(string line, string opened, bool continues)
    {
        var items = new ItemSequence();
        if (opened.Length > 0)
        {
            items.Open("(" + opened + ") text");
        }

        Assert.Equal(continues, items.Continues(line));
    }

    [Fact]
    public void A_nested_list_does_not_hide_the_outer_lists_labels()
    {
        var items = new ItemSequence();
        items.Open("(a) The work:");
        items.Open("(i) In the field;");
        items.Open("(ii) At Headquarters;");

        Assert.True(items.Continues("(b) The resources;"));
        Assert.True(items.Continues("(iii) In the regions;"));
        Assert.False(items.Continues("(d) The timetable;"));

        items.Restart();
        Assert.False(items.Continues("(b) The resources;"));
    }

    [Fact]
    public void A_line_without_a_label_keeps_its_words()
    {
        Assert.Equal(("above", "Requests the Secretary-General"), WrappedLabel.RunUp("above", "Requests the Secretary-General"));
        Assert.Equal(("the target (e)", "   deadline of the Framework"), WrappedLabel.RunUp("the target", "   (e)  deadline of the Framework"));
    }
}

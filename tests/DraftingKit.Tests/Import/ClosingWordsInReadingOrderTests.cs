using DraftingKit.Import;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Issue 15: the closing words of a paragraph after its list's last item run on under that item in a PDF's reading
/// order ("(c) Relevant background information;" / "and its request that …"); they stand apart from the item where
/// they go on the chapeau's sentence, and a line in lower case that is an item's own wrapped text stays in it.
/// </summary>
public sealed class ClosingWordsInReadingOrderTests
{
    [Theory]
    [InlineData("Relevant background information;", "and its request that all documents have conclusions in bold print;")]
    [InlineData("of 21 April 2021;11", "and stresses the importance of their implementation,")]
    [InlineData("of 21 April 2021”;", "or, where it deems it necessary, to report thereon;")]
    [InlineData("Relevant background information;", "requests the Secretary-General to report thereon;")]
    public void Words_that_go_on_the_chapeaus_sentence_after_an_item_that_ended_open_its_close(string itemEnd, string line) =>
        Assert.True(ClosingWords.Open(itemEnd, line, Lead, lineByLine: true));

    [Theory]
    [InlineData("Relevant background information", "and its request that all documents")]
    [InlineData("Relevant background information,", "and its request that all documents")]
    [InlineData("Relevant background information;", "to ensure that all documents have conclusions in bold print;")]
    [InlineData("Relevant background information;", "its request that all documents")]
    [InlineData("Relevant background information;", "And its request that all documents")]
    [InlineData("Relevant background information;", "android devices")]
    public void Words_an_item_holds_open_no_close(string itemEnd, string line) =>
        Assert.False(ClosingWords.Open(itemEnd, line, Lead, lineByLine: true));

    [Theory]
    [InlineData("(c) Relevant background information;", "its request that all documents have conclusions in bold print;")]
    [InlineData("(d) measures taken to protect civilians; and", "expresses its intention to review the mandate;")]
    [InlineData("(a) the Special Rapporteur,", "and requests the Secretary-General to report thereon;")]
    [InlineData("(a) the Special Rapporteur,", "requests the Secretary-General to report thereon;")]
    public void After_an_item_held_whole_words_in_lower_case_after_its_semicolon_or_a_lead_after_its_comma_close_the_list(string item, string next)
    {
        Assert.True(ClosingWords.Open(item, next, Lead, lineByLine: false));
        Assert.True(UnitEnd.ClosesList(item, next, Lead));
    }

    [Theory]
    [InlineData("(a) the Special Rapporteur,", "its request that all documents")]
    [InlineData("(a) the Special Rapporteur", "and requests the Secretary-General")]
    [InlineData("(c) Relevant background information;", "Requests the Secretary-General")]
    public void After_an_item_held_whole_words_that_do_not_go_on_the_chapeau_stay_in_it(string item, string next)
    {
        Assert.False(ClosingWords.Open(item, next, Lead, lineByLine: false));
        Assert.False(UnitEnd.ClosesList(item, next, Lead));
    }

    [Theory]
    [InlineData("Relevant background information;", "its request that all documents")]
    [InlineData("the Special Rapporteur,", "and requests the Secretary-General to report thereon;")]
    public void One_printed_line_needs_more_evidence_than_an_item_held_whole(string itemEnd, string next)
    {
        Assert.True(ClosingWords.Open(itemEnd, next, Lead, lineByLine: false));
        Assert.False(ClosingWords.Open(itemEnd, next, Lead, lineByLine: true));
    }

    [Fact]
    public void A_block_that_is_no_item_has_no_closing_words() =>
        Assert.False(UnitEnd.ClosesList("Recalling its resolution 75/1;", "and requests the Secretary-General", Lead));

    [Fact]
    public void The_closing_words_after_the_last_item_stand_apart_from_it()
    {
        var paragraphs = Paragraphs(
            "Reiterates its request that the Secretary-General direct all departments of the", "Secretariat to include the following elements in their reports:",
            "(a)", string.Empty, "A summary of the report;", "(b)", string.Empty, "Relevant background information;",
            "and its request that all documents submitted to legislative organs have conclusions and", "recommendations in bold print;");

        Assert.Contains("(b) Relevant background information;", paragraphs);
        Assert.Contains("and its request that all documents submitted to legislative organs have conclusions and recommendations in bold print;", paragraphs);
        Assert.Contains("3. Decides to remain seized of the matter.", paragraphs);
    }

    [Fact]
    public void Words_in_lower_case_before_a_further_item_stay_in_the_item_above()
    {
        var paragraphs = Paragraphs(
            "Requests the Secretary-General to include the following elements in his reports:",
            "(a)", string.Empty, "A summary of the report, its conclusions and recommendations;", "and the actions proposed;",
            "(b)", string.Empty, "Relevant background information;");

        Assert.Contains("(a) A summary of the report, its conclusions and recommendations; and the actions proposed;", paragraphs);
        Assert.Contains("(b) Relevant background information;", paragraphs);
    }

    [Fact]
    public void Closing_words_under_an_inner_list_before_the_outer_lists_next_item_close_the_inner_list()
    {
        // S/RES/2662 (2022), paragraph 47: "(iii) …;" / "and urges the Panel of Experts …" / "(d) from the Emergency Relief
        // Coordinator …": "(d)" goes on the outer list only, so the words between close the inner one.
        var paragraphs = Closed(Paragraphs(
            "Requests the Panel of Experts to provide to the Security Council, through the Committee:",
            "(a)", string.Empty, "regular updates to the Committee;", "(b)", string.Empty, "from the Panel of Experts:",
            "(i)", string.Empty, "regular updates to the Committee, including a minimum of four different", "thematic reports;",
            "(ii)", string.Empty, "a comprehensive mid-term update; and",
            "(iii) for the Security Council’s consideration through the Committee a final", "report by 1 October 2023;",
            "and urges the Panel of Experts to seek feedback from the Committee on the", "findings of their reporting;",
            "(c)", string.Empty, "from UNODC, an update on its work related to this resolution by 1 October 2023;"));

        Assert.Contains("(iii) for the Security Council’s consideration through the Committee a final report by 1 October 2023;", paragraphs);
        Assert.Contains("and urges the Panel of Experts to seek feedback from the Committee on the findings of their reporting;", paragraphs);
        Assert.Contains("(c) from UNODC, an update on its work related to this resolution by 1 October 2023;", paragraphs);
    }

    [Fact]
    public void Words_in_lower_case_before_the_inner_lists_next_item_stay_in_the_item_above()
    {
        // "(iii)" goes on the inner list opened last: the words before it are "(ii)"'s own.
        var paragraphs = Closed(Paragraphs(
            "Requests the Panel of Experts to provide to the Security Council, through the Committee:",
            "(a)", string.Empty, "from the Panel of Experts:",
            "(i)", string.Empty, "regular updates to the Committee;", "(ii)", string.Empty, "a comprehensive mid-term update;",
            "and a summary of its findings;", "(iii)", string.Empty, "a final report by 1 October 2023;"));

        Assert.Contains("(ii) a comprehensive mid-term update; and a summary of its findings;", paragraphs);
        Assert.Contains("(iii) a final report by 1 October 2023;", paragraphs);
    }

    [Fact]
    public void Words_in_lower_case_before_an_inner_list_that_opens_stay_in_the_item_above()
    {
        // "(i)" opens a list under the item: the words before it are the item's, whose colon comes later.
        var paragraphs = Closed(Paragraphs(
            "Requests the Panel of Experts to provide to the Security Council, through the Committee:",
            "(a)", string.Empty, "regular updates to the Committee;", "(b)", string.Empty, "a comprehensive mid-term update;",
            "and, from the Panel of Experts:", "(i)", string.Empty, "a final report by 1 October 2023;"));

        Assert.Contains("(b) a comprehensive mid-term update; and, from the Panel of Experts:", paragraphs);
    }

    [Fact]
    public void The_last_items_wrapped_text_stays_in_it()
    {
        var paragraphs = Paragraphs(
            "Requests the Secretary-General to include the following elements in his reports:",
            "(a)", string.Empty, "A summary of the report;", "(b)", string.Empty, "The second report of the Team, which concluded that there were grounds to believe",
            "and to determine that the attack was carried out on 4 February 2018;", "to ensure that all documents have conclusions and recommendations in bold print;");

        Assert.Contains(
            "(b) The second report of the Team, which concluded that there were grounds to believe and to determine that the attack was carried out on 4 February 2018; to ensure that all documents have conclusions and recommendations in bold print;",
            paragraphs);
    }

    [Fact]
    public void Words_in_lower_case_after_a_paragraph_without_a_list_stay_in_it()
    {
        var paragraphs = Paragraphs("Requests the Secretary-General to submit a report on the implementation of the present resolution;", "and further requests him to report thereon orally;");

        Assert.Contains("2. Requests the Secretary-General to submit a report on the implementation of the present resolution; and further requests him to report thereon orally;", paragraphs);
    }

    /// <summary>S/RES/2748 (2024), paragraph 8, as pdftotext prints it: the last item ends with a comma on a line that left room.</summary>
    private const string AfterComma = """
        The Security Council,
        8.

        Requests the Secretary-General, jointly with the African Union Commission Chairperson and
        in consultation with Somalia and international stakeholders, to report on the overall
        mission design for the proposed successor mission, guided by a clear national political
        strategy to support the FGS in Somalia’s transition from conflict to peace, in full
        compliance with HRDDP and the African Union Compliance and Accountability Framework, with
        a view to enhancing the autonomy and ownership of the African Union of the proposed
        successor mission, and based on the Concept of Operations transmitted by the African Union
        Peace and Security Council, including:
        (a)

        a proposed mission structure, including options for United Nations support;
        (b)

        benchmarks with clear indicators and milestones to measure the progress made on the ground
        with an indication of the respective roles of international stakeholders, including the AU
        and the UN, in supporting Somalia; and,
        (c)

        a comprehensive exit strategy for the successor mission,
        and requests the Secretary-General to submit this to the Security Council for its
        consideration by 15 November 2024;
        9.

        Requests that the report requested in paragraph 8 to this resolution contains an
        estimation of the resources required and costs thereof;
        """;

    [Fact]
    public void After_an_items_comma_on_a_line_that_left_room_a_lead_closes_the_list()
    {
        var paragraphs = Spaced(AfterComma);

        Assert.Contains("(c) a comprehensive exit strategy for the successor mission,", paragraphs);
        Assert.Contains("and requests the Secretary-General to submit this to the Security Council for its consideration by 15 November 2024;", paragraphs);
    }

    [Fact]
    public void After_an_items_comma_on_a_full_line_the_words_go_on_in_the_item()
    {
        // The item's line runs to the page's width: "and" did not fit on it, so it goes on the item's sentence.
        var paragraphs = Spaced(AfterComma.Replace("a comprehensive exit strategy for the successor mission,", "a comprehensive exit strategy for the successor mission, with clear benchmarks and timelines,", StringComparison.Ordinal));

        Assert.Contains(paragraphs, paragraph => paragraph.StartsWith("(c) a comprehensive exit strategy", StringComparison.Ordinal) && paragraph.Contains("timelines, and requests the Secretary-General", StringComparison.Ordinal));
    }

    /// <summary>The paragraphs of a text in reading order, a label's hanging space closed up.</summary>
    private static List<string> Spaced(string text) =>
        ReadingOrderParagraphs.Of(text, LeadVocabulary.Default).Select(paragraph => paragraph.Replace(")  ", ") ", StringComparison.Ordinal)).ToList();

    /// <summary>The paragraphs with a label's hanging space before a word in lower case closed up.</summary>
    private static List<string> Closed(List<string> paragraphs) => paragraphs.Select(paragraph => paragraph.Replace(")  ", ") ", StringComparison.Ordinal)).ToList();

    private static bool Lead(string words) => LeadVocabulary.Openers.OperativeLeadAtStart(words) is not null;

    /// <summary>The paragraphs the reading order gives for a resolution whose second operative paragraph is <paramref name="second"/>, each on one line.</summary>
    private static List<string> Paragraphs(params string[] second)
    {
        var text = string.Join(
            "\n",
            new[] { "The General Assembly,", "Recalling its previous resolutions on the matter,", "Noting the report of the Secretary-General,", "1.", string.Empty, "Welcomes the report;", "2.", string.Empty }
                .Concat(second)
                .Concat(new[] { "3.", string.Empty, "Decides to remain seized of the matter." }));

        return FlowingText.Paragraphs(text, LeadVocabulary.Openers).Split("\n\n").Select(p => string.Join(" ", p.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))).ToList();
    }
}

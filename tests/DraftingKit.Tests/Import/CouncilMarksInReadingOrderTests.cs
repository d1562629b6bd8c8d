using DraftingKit.Import;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// The Security Council's lists in a PDF's reading order: marks printed on their items' lines ("a. reduce …", "ii. A
/// joint …") open items where they open a list after its colon or follow the mark opened before (<see cref="ItemSequence"/>),
/// and the item after one that ends on "and" or "or" opens where its label or mark follows one already opened.
/// </summary>
public sealed class CouncilMarksInReadingOrderTests
{
    /// <summary>S/RES/2714 (2023), its preamble's list, as pdftotext prints it.</summary>
    private const string MarkedList = """
        The Security Council,
        Emphasising that effective weapons and ammunition management in Somalia will:
        a. reduce the ability of Al-Shabaab, and other actors intent on undermining peace and
        security in Somalia and the region, to obtain weapons and ammunition,
        b. improve the ability of the GFRS and Somalia’s Federal Member States and regional
        governments to analyse and understand the origins of weapons and ammunition captured from
        Al-Shabaab or other actors, and,
        c. reduce the threat to peace and security posed by terrorists, in Somalia and
        neighbouring states,
        Welcoming the technical assessments of the weapons and ammunition management capability of
        the Federal Government of Somalia,
        """;

    [Fact]
    public void Marks_that_open_a_list_after_its_colon_and_follow_each_other_open_items()
    {
        var paragraphs = Paragraphs(MarkedList);

        Assert.Equal(6, paragraphs.Count);
        Assert.EndsWith("in Somalia will:", paragraphs[1], StringComparison.Ordinal);
        Assert.StartsWith("a. reduce the ability", paragraphs[2], StringComparison.Ordinal);
        Assert.StartsWith("b. improve the ability", paragraphs[3], StringComparison.Ordinal);
        Assert.StartsWith("c. reduce the threat", paragraphs[4], StringComparison.Ordinal);
    }

    [Fact]
    public void A_mark_that_neither_opens_a_list_nor_follows_one_stays_in_its_sentence()
    {
        // Without the colon, "a." opens nothing; "b." then follows no mark opened.
        var paragraphs = Paragraphs(MarkedList.Replace("in Somalia will:", "in Somalia will,", StringComparison.Ordinal));

        Assert.Equal(3, paragraphs.Count);
        Assert.Contains("in Somalia will, a. reduce the ability", paragraphs[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_case_name_after_a_comma_is_no_item()
    {
        // "v." opens no list and follows no "iv.": it is the case's "versus" at a wrapped line's start.
        var paragraphs = Paragraphs("""
            The Security Council,
            Recalling the order of the International Court of Justice in the case Ukraine,
            v. Russian Federation of 16 March 2022,
            Decides to remain seized of the matter.
            """);

        Assert.Contains("Ukraine, v. Russian Federation of 16 March 2022,", paragraphs[1], StringComparison.Ordinal);
    }

    /// <summary>S/RES/2657 (2022), paragraph 28's last items: "iv." after an item that ends on "; and".</summary>
    private const string AfterAnd = """
        The Security Council,
        28. Calls upon the FGS to:
        i. continue to implement the 2012 action plans;
        ii. implement the standard operating procedures for the reception and handover of children;
        iii. release children detained for association with armed groups as per the Paris Principles
        endorsed by the FGS; and
        iv. cease detention of all children on national security charges;
        """;

    [Fact]
    public void The_item_after_one_that_ends_on_and_opens_where_its_mark_follows()
    {
        var paragraphs = Paragraphs(AfterAnd);

        Assert.Equal(6, paragraphs.Count);
        Assert.EndsWith("endorsed by the FGS; and", paragraphs[4], StringComparison.Ordinal);
        Assert.StartsWith("iv. cease detention", paragraphs[5], StringComparison.Ordinal);
    }

    /// <summary>S/RES/2705 (2023), paragraph 7's list as pdftotext prints it: the page's width set the second item's "and" alone on its line.</summary>
    private const string AndAlone = """
        The Security Council,
        7. Expresses its concern about all violations of international humanitarian law and
        violations and abuses of human rights, including those involving sexual and gender-based
        violence in conflict, and:
        a. calls upon all parties to comply with their obligations under applicable international
        law, including international humanitarian law, including in relation to the protection of
        the civilian population and civilian objects;
        b. reiterates the urgent and imperative need to hold accountable all those responsible for
        violations of international humanitarian law and violations and abuses of human rights;
        and
        c. emphasises the importance of protecting and promoting the right to freedom of
        expression and protecting journalists and other media professionals and associated
        personnel;
        """;

    [Fact]
    public void The_item_after_and_alone_on_its_line_opens_where_its_mark_follows()
    {
        var paragraphs = Paragraphs(AndAlone);

        Assert.Equal(5, paragraphs.Count);
        Assert.EndsWith("violations and abuses of human rights; and", paragraphs[3], StringComparison.Ordinal);
        Assert.StartsWith("c. emphasises the importance", paragraphs[4], StringComparison.Ordinal);
    }

    [Fact]
    public void And_alone_after_a_line_that_ended_no_unit_leaves_the_mark_in_its_sentence()
    {
        // "… human rights" / "and" / "c. …" ends no item: "and" goes on the sentence, and so does the "c." under it.
        var unpunctuated = Paragraphs(AndAlone.Replace("abuses of human rights;\nand", "abuses of human rights\nand", StringComparison.Ordinal));
        // "e." follows no mark opened: under "; and" it is the sentence's.
        var unfollowed = Paragraphs(AndAlone.Replace("c. emphasises", "e. emphasises", StringComparison.Ordinal));

        Assert.Equal(4, unpunctuated.Count);
        Assert.Contains("human rights and c. emphasises", unpunctuated[3], StringComparison.Ordinal);
        Assert.Equal(4, unfollowed.Count);
        Assert.Contains("human rights; and e. emphasises", unfollowed[3], StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_after_and_that_would_open_a_list_stays_in_its_sentence()
    {
        // "(a)" follows no label opened: "… paragraph 5; and" / "(a) of resolution …" is the sentence's reference.
        var paragraphs = Paragraphs("""
            The Security Council,
            1. Recalls its decisions in paragraph 5 of resolution 2713 (2023), subparagraph 3; and
            (a) of resolution 2662 (2022);
            """);

        Assert.Equal(2, paragraphs.Count);
        Assert.Contains("subparagraph 3; and (a) of resolution 2662 (2022);", paragraphs[1], StringComparison.Ordinal);
    }

    /// <summary>S/RES/2677 (2023), paragraph 3's list, whose fifth item the Council prints "v)" after "(iv)".</summary>
    private const string ShapeChanged = """
        The Security Council,
        3. Decides that the mandate of UNMISS shall be as follows:
        (i) To use good offices to support the peace process;
        (ii) To assist all parties;
        (iii) To participate in and support the work of CTSAMVM, RJMEC;
        (iv) To provide support for the relevant national and state level authorities and civil
        society organizations in developing and implementing gender-responsive community violence
        reduction (CVR);
        v) To foster a secure environment for the safe, informed, voluntary, and dignified return,
        relocation, resettlement or integration into host communities for IDPs and refugees;
        (vi) To facilitate the conditions for safe and free movement into, out of, and around Juba;
        """;

    [Fact]
    public void A_mark_follows_the_one_opened_before_whatever_its_shape()
    {
        var paragraphs = Paragraphs(ShapeChanged);

        Assert.Equal(8, paragraphs.Count);
        Assert.StartsWith("v) To foster a secure environment", paragraphs[6], StringComparison.Ordinal);
        Assert.StartsWith("(vi) To facilitate", paragraphs[7], StringComparison.Ordinal);
    }

    [Fact]
    public void A_bracketed_mark_that_follows_no_mark_opened_stays_in_its_sentence()
    {
        // Without "(iv)" above, "v)" follows nothing: it is the sentence's at a wrapped line's start.
        var paragraphs = Paragraphs(ShapeChanged.Replace("(iv) To provide", "To provide", StringComparison.Ordinal));

        Assert.Contains("reduction (CVR); v) To foster", paragraphs[4], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("v) To foster a secure environment", true)]
    [InlineData("a) reduce the ability of Al-Shabaab", true)]
    [InlineData("ii. A joint mechanism", true)]
    [InlineData("2) of resolution 2653", false)]
    [InlineData("v)To foster", false)]
    public void A_bracket_closing_a_letter_or_numeral_is_an_items_mark(string line, bool mark) => Assert.Equal(mark, PrintedItemMark.Opens(line));

    /// <summary>S/RES/2662 (2022): the sections of its sanctions, designated "2a:", "2b:" over their numbered paragraphs.</summary>
    private const string MarkedSections = """
        The Security Council,
        25. Recognises that the security threat is complex and agrees to continue efforts to
        degrade Al-Shabaab and strengthen peace and security through the following measures;
        2a: Targeted sanctions
        26.
        Recalls its decisions in its resolution 1844 (2008) which imposed targeted sanctions;
        (c) developing a national plan for the sustainable management of domestic charcoal production,
        with support from other partners, as appropriate;
        2d: Reducing the threat posed by Improvised Explosive Devices (IEDs)
        37.
        Reaffirms that all States shall prevent the direct or indirect sale of the items;
        """;

    [Fact]
    public void A_heading_designated_by_a_number_and_letter_stands_over_its_numbered_paragraph()
    {
        var paragraphs = Paragraphs(MarkedSections);

        // "(c)" follows no "(b)" here: the sentence above holds it.
        Assert.Equal(6, paragraphs.Count);
        Assert.Equal("2a: Targeted sanctions", paragraphs[2]);
        Assert.Equal("2d: Reducing the threat posed by Improvised Explosive Devices (IEDs)", paragraphs[4]);
    }

    [Fact]
    public void A_designation_over_words_in_lower_case_or_over_no_number_is_no_heading()
    {
        // "2a: targeted" opens no title; "2a: Targeted sanctions" over prose heads no numbered paragraph.
        var lower = Paragraphs(MarkedSections.Replace("2a: Targeted", "2a: targeted", StringComparison.Ordinal));
        var noNumber = Paragraphs(MarkedSections.Replace("26.\n", string.Empty, StringComparison.Ordinal));

        Assert.Contains("following measures; 2a: targeted sanctions", lower[1], StringComparison.Ordinal);
        Assert.Contains("following measures; 2a: Targeted sanctions", noNumber[1], StringComparison.Ordinal);
    }

/// <summary>S/RES/2713 (2023), paragraph 27, as pdftotext prints it: "and," introduces the list of clauses with their own leads.</summary>
    private const string AfterAndComma = """
        The Security Council,
        Recalling its previous resolutions on Somalia,
        27.

        Reiterates its request for the GFRS, Somalia’s FMS and regional governments, Member
        States, and ATMIS to provide information to the Panel, and assist them in their
        investigations; and,
        a. requests the GFRS to facilitate, on the basis of written requests to the GFRS by the
        Panel, access for the Panel to armouries;
        b. encourages the Panel to coordinate closely with the CMD on 27.a;
        28.

        Decides to remain seized of the matter.
        """;

    [Fact]
    public void The_first_mark_after_and_with_its_comma_opens_the_list_it_introduces()
    {
        var paragraphs = Paragraphs(AfterAndComma);

        Assert.EndsWith("assist them in their investigations; and,", paragraphs[2], StringComparison.Ordinal);
        Assert.StartsWith("a. requests the GFRS to facilitate", paragraphs[3], StringComparison.Ordinal);
        Assert.StartsWith("b. encourages the Panel", paragraphs[4], StringComparison.Ordinal);
    }

    [Fact]
    public void After_and_without_its_comma_or_before_a_mark_that_opens_no_list_the_sentence_goes_on()
    {
        var bare = Paragraphs(AfterAndComma.Replace("investigations; and,", "investigations; and", StringComparison.Ordinal));
        var second = Paragraphs(AfterAndComma.Replace("a. requests", "c. requests", StringComparison.Ordinal).Replace("b. encourages", "d. encourages", StringComparison.Ordinal));

        Assert.Contains("investigations; and a. requests the GFRS", bare[2], StringComparison.Ordinal);
        Assert.Contains("investigations; and, c. requests the GFRS", second[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Member States, and ATMIS to provide information to the Panel; and,", true)]
    [InlineData("in the context of ongoing military operations, to support the FGS and FMS by:", true)]
    [InlineData("Member States, and ATMIS to provide information to the Panel; and", false)]
    [InlineData("the Panel, the Committee and,", true)]
    [InlineData("the Panel, the Committee, the Monitoring Team and the band,", false)]
    public void A_colon_or_and_with_its_comma_introduces_a_list(string line, bool introduces) =>
        Assert.Equal(introduces, ItemSequence.Introduces(line));

        private static List<string> Paragraphs(string text) =>
        ReadingOrderParagraphs.Of(text, LeadVocabulary.Default);
}

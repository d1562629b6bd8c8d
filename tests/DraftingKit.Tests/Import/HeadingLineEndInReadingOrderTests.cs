using DraftingKit.Import;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Issue 15: a heading's line that the page's width broke goes on below in a PDF's reading order, though it stopped on
/// a word a title may end on; a designation and a paragraph's tail after a sentence's end stay apart (A/RES/75/252,
/// 76/71, 76/120, 77/263).
/// </summary>
public sealed class HeadingLineEndInReadingOrderTests
{
    private const int Width = 90;

    [Fact]
    public void A_line_with_no_room_for_the_next_lines_first_word_goes_on()
    {
        Assert.True(HeadingLineEnd.PageBroke("Least developed countries, landlocked developing countries and small island developing", "States", Width));
        Assert.True(HeadingLineEnd.PageBroke("Report on the use of the 2022 subvention and request for a subvention to the Special", "Tribunal for Lebanon for 2023", Width));
    }

    [Fact]
    public void A_short_line_over_a_heading_stays_apart()
    {
        Assert.False(HeadingLineEnd.PageBroke("Section 10", "Least developed countries, landlocked developing countries", Width));
        Assert.False(HeadingLineEnd.PageBroke("International cooperation for development", "Section 10", Width));
    }

    [Fact]
    public void A_line_the_headings_narrower_measure_broke_goes_on()
    {
        // A heading is set in bold between indents on both sides: its line breaks a fifth short of the text's full lines.
        Assert.True(HeadingLineEnd.PageBroke("Implementation of the New Urban Agenda to achieve the Sustainable", "Development Goals", Width));
        Assert.True(HeadingLineEnd.PageBroke("Ensuring adequate funding and improving information to monitor", "funding trends", Width));
    }

    [Fact]
    public void A_heading_of_two_thirds_of_a_line_over_a_short_heading_stays_apart()
    {
        Assert.False(HeadingLineEnd.PageBroke("Investments of the United Nations Joint Staff Pension Fund", "Other matters", Width));
    }

    [Fact]
    public void A_headings_line_that_closes_its_quotation_short_of_the_page_stays_apart_from_the_heading_under_it()
    {
        // A/RES/75/326: the meeting's title in quotation marks, then the place and dates as a heading of their own.
        Assert.False(HeadingLineEnd.PageBroke("the prosperity of all – our responsibility, our opportunity”", "Stockholm, 2 and 3 June 2022", 80));
        Assert.True(HeadingLineEnd.PageBroke("the prosperity of all – our responsibility, our opportunity", "Stockholm, 2 and 3 June 2022", 80));
    }

    [Fact]
    public void A_full_line_runs_on_to_no_designation_and_past_no_sentences_end()
    {
        Assert.False(HeadingLineEnd.PageBroke("Regulations to give effect to Article 102 of the Charter of the United Nations and", "Part One", Width));
        Assert.False(HeadingLineEnd.PageBroke("Regular Process for Global Reporting and Assessment of the State of the Marine Environment", "XII", Width));
        Assert.False(HeadingLineEnd.PageBroke("consider doing so by the tenth anniversary of its adoption on 11 October 2022 and after;", "Illegal", Width));
        Assert.True(DesignationLine.Is("Part One"));
        Assert.True(DesignationLine.Is("Section 11"));
        Assert.False(DesignationLine.Is("States"));
    }

    [Theory]
    [InlineData("II.", true)]
    [InlineData("**B**", true)]
    [InlineData("Article 12", true)]
    [InlineData("Annex I", true)]
    [InlineData("Part IV", true)]
    [InlineData("Section 2A", true)]
    [InlineData("Part One of the report", false)]
    [InlineData("Article", false)]
    [InlineData("IX sessions", false)]
    public void A_designation_is_one_grammar_for_every_reader(string line, bool alone) =>
        Assert.Equal(alone, DesignationLine.Is(line));

    [Fact]
    public void A_section_title_the_page_broke_is_one_heading_over_its_paragraph()
    {
        var paragraphs = Read(
            "dollars before recosting;",
            "Part IV",
            "International cooperation for development",
            "Section 10",
            "Least developed countries, landlocked developing countries and small island developing",
            "States",
            "50.",
            string.Empty,
            "Notes the importance of science, innovation and technology in addressing humanity’s",
            "challenges, and invites the Secretary-General to explore expanding the support to and",
            "cooperation with the Technology Bank for the Least Developed Countries to other vulnerable",
            "countries, including landlocked developing countries and small island developing States;");

        Assert.Contains("Least developed countries, landlocked developing countries and small island developing States", paragraphs);
        Assert.Contains("Section 10", paragraphs);
        Assert.DoesNotContain("States", paragraphs);
    }

    [Fact]
    public void A_paragraphs_tail_after_a_sentences_end_is_no_heading_over_a_designation()
    {
        var paragraphs = Read(
            "78.",
            string.Empty,
            "Recalls, in this regard, the call by the Ministerial Conference on Fishing Vessel Safety",
            "and Illegal, Unreported and Unregulated Fishing, held in October 2019 in Torremolinos,",
            "Spain, to those States that have not yet become parties to the Cape Town Agreement to",
            "consider doing so by the tenth anniversary of its adoption on 11 October 2022;",
            "IV",
            "Illegal, unreported and unregulated fishing",
            "79.",
            string.Empty,
            "Recognizes the need for States to take the measures necessary to ensure that vessels",
            "flying their flag do not engage in illegal, unreported and unregulated fishing;");

        Assert.Contains(paragraphs, p => p.StartsWith("78. Recalls", StringComparison.Ordinal) && p.EndsWith("on 11 October 2022;", StringComparison.Ordinal));
        Assert.Contains("IV", paragraphs);
    }

    [Fact]
    public void A_designation_in_words_under_an_annexs_full_title_stands_apart()
    {
        var paragraphs = Read(
            "Adopts the regulations to give effect to Article 102 of the Charter, as contained in the",
            "annex to the present resolution, and decides that they shall enter into force on the date;",
            "Annex",
            "Regulations to give effect to Article 102 of the Charter of the United Nations",
            "Part One",
            "Registration",
            "Article 1",
            "1.",
            string.Empty,
            "Every treaty or international agreement, whatever its form and descriptive name, entered",
            "into by one or more Members of the United Nations after 24 October 1945, the date of the",
            "coming into force of the Charter, shall as soon as possible be registered with the",
            "Secretariat in accordance with these regulations.");

        Assert.Contains("Regulations to give effect to Article 102 of the Charter of the United Nations", paragraphs);
        Assert.Contains("Part One", paragraphs);
    }

    [Fact]
    public void A_title_opening_with_a_participle_under_its_designation_is_a_heading()
    {
        var paragraphs = Read(
            "Decides to approve the amount of 2,000,000 dollars from cost recovery by the United Nations",
            "Support Mission in Libya, as credits against assessments to Member States for 2023;",
            "VIII",
            "Addressing the deteriorating conditions and limited capacity of the conference services",
            "facilities at the United Nations Office at Nairobi",
            "Recalling its resolution 73/270 of 22 December 2018, section XIV of its resolution 74/263,",
            "section III of its resolution 75/253 B and section IV of its resolution 76/246 A,");

        Assert.Contains("Addressing the deteriorating conditions and limited capacity of the conference services facilities at the United Nations Office at Nairobi", paragraphs);
        Assert.Contains("VIII", paragraphs);
    }

    [Fact]
    public void A_lead_under_a_designation_that_ends_a_unit_is_a_paragraph()
    {
        var paragraphs = Read(
            "Decides to approve the amount of 2,000,000 dollars from cost recovery by the United Nations",
            "Support Mission in Libya, as credits against assessments to Member States for 2023;",
            "II",
            "Recalling section IV of its resolution 75/253 B of 16 April 2021 and section XVII of its",
            "resolution 76/246 A of 24 December 2021,",
            "Takes note of the report of the Secretary-General;");

        Assert.Contains("Recalling section IV of its resolution 75/253 B of 16 April 2021 and section XVII of its resolution 76/246 A of 24 December 2021,", paragraphs);
        Assert.Contains("II", paragraphs);
    }

    [Fact]
    public void A_section_heading_the_headings_measure_broke_at_a_pages_top_is_one_heading_over_its_paragraph()
    {
        var paragraphs = Read(
            "8.",
            string.Empty,
            "Also reiterates the importance of the Nairobi headquarters location of UN-Habitat, and",
            "requests the Secretary-General to continue to improve the capacity of UN-Habitat to",
            "implement its mandate;",
            "\fA/RES/77/173",
            string.Empty,
            "Implementation of the New Urban Agenda to achieve the Sustainable",
            "Development Goals",
            "9.",
            string.Empty,
            "Reaffirms that, by readdressing the way cities and human settlements are planned,",
            "designed, financed, developed, governed and managed, the New Urban Agenda will",
            "help to end poverty and hunger in all its forms and dimensions, reduce inequalities,",
            "promote sustained, inclusive and sustainable economic growth, achieve gender equality;");

        Assert.Contains("Implementation of the New Urban Agenda to achieve the Sustainable Development Goals", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("9. Reaffirms", StringComparison.Ordinal));
    }

    private static List<string> Read(params string[] body) =>
        FlowingText.Paragraphs(string.Join("\n", new[] { "The General Assembly,", "Recalling its resolution 74/264 of 27 December 2019 and its other resolutions on the subject," }.Concat(body)), LeadVocabulary.Openers)
            .Split("\n\n").Select(p => string.Join(" ", p.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))).Where(p => p.Length > 0).ToList();
}

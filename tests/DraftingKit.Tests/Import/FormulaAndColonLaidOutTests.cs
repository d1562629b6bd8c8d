using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Where a laid-out page's paragraphs part where the indents do not tell: a formula alone on its line, without its
/// comma, over a decision set back from it; a line of a paragraph that closed on an announcing colon with room to
/// spare, over the blocks it announces at the text's column; and the rest of a paragraph a page cut, set in at the
/// next page's top as a first line is and going on in lower case on its second line. Pages of corpus texts as
/// LibreOffice prints them and pdftotext <c>-layout</c> reads them.
/// </summary>
public sealed class FormulaAndColonLaidOutTests
{
    // A/RES/76/1: the formula without its comma at 23, the decision's first line at 20.
    private static readonly string[] Declaration =
    {
        "Resolution adopted by the General Assembly on 22 September 2021",
        "[without reference to a Main Committee (A/76/L.2)]",
        "",
        "76/1.          United against racism, racial discrimination, xenophobia and related",
        "               intolerance",
        "                       The General Assembly",
        "                    Adopts the following political declaration of the high-level meeting of the General",
        "               Assembly to commemorate the twentieth anniversary of the adoption of the Durban",
        "               Declaration and Programme of Action:1",
        "",
        "               United against racism, racial discrimination, xenophobia and related",
        "               intolerance",
        "                     We, Heads of State and Government and representatives of States and Governments,",
        "               gathered at United Nations Headquarters in New York on 22 September 2021, on the",
        "               occasion of the high-level meeting of the General Assembly to commemorate the twentieth",
        "               anniversary of the adoption of the Durban Declaration and Programme of Action,",
        "               1.      Reaffirm that the Durban Declaration and Programme of Action, adopted in 2001, and",
        "                       the outcome document of the Durban Review Conference, adopted in 2009, 2 as well as",
        "                       effective implementation;",
    };

    // A/RES/75/326: paragraph 8 announces its days on its first line, paragraph 9 on its second.
    private static readonly string[] Schedule =
    {
        "               7.      Further decides that the opening segment of the international meeting shall include a",
        "                       commemorative moment dedicated to the United Nations Conference on the Human",
        "                       Environment, held in Stockholm from 5 to 16 June 1972;",
        "               8.      Decides that the plenary meetings will be held as follows:",
        "                       Thursday, 2 June: from 9.30 a.m. to 1 p.m. and from 3 to 6 p.m.",
        "                       Friday, 3 June: from 10 a.m. to 1 p.m. and from 3 to 7 p.m.;",
        "               9.      Also decides that the leadership dialogues will be held in parallel with the plenary",
        "                       meetings, as follows:",
        "                       Thursday, 2 June: from 3 to 6 p.m.",
        "                       Friday, 3 June: from 10 a.m. to 1 p.m. and from 3 to 6 p.m.;",
        "               10.     Further decides that the leadership dialogues shall be collaborative and multi-",
        "                       stakeholder in nature and will focus on recommendations that contribute to the",
        "                       environmental dimension of sustainable development to accelerate the implementation",
        "                       international meeting;",
    };

    // A/RES/75/253: the top of page 13, whose running column is 0, with the rest of paragraph 16 of page 12.
    private static readonly string[] PageTop =
    {
        "      Safety and security, of the proposed programme budget for 2021, which would",
        "      represent a charge against the contingency fund;",
        "",
        "XV",
        "",
        "Global service delivery model for the United Nations Secretariat",
        "      Recalling section III of its resolution 67/246, paragraph 13 of section VII of its",
        "resolution 69/262, paragraph 19 of its resolution 69/273, section XIX of its resolution 70/248",
        "A, section XVII of its resolution 71/272 A, section IV of its resolution 72/262 C of 5 July",
        "2018 and its resolution 74/296 of 13 July 2020,",
        "     Having considered the report of the Secretary-General 31 and the related report of the",
        "Advisory Committee,32",
        "     Recalling also paragraph 1 of its resolution 74/296 of 13 July 2020 and paragraph 2 of",
        "its resolution 74/263 of 27 December 2019,",
        "      1.    Takes note of the report of the Secretary-General, in particular the update on the",
        "            implementation of the global service delivery model;",
    };

    [Fact]
    public void A_formula_alone_without_its_comma_stands_apart_from_the_decision_set_back_under_it()
    {
        var paragraphs = Paragraphs(Declaration);

        Assert.Contains("The General Assembly", paragraphs);
        Assert.Contains(paragraphs, paragraph => paragraph.StartsWith("Adopts the following political declaration", StringComparison.Ordinal));
    }

    [Fact]
    public void A_formula_alone_still_runs_on_into_words_in_lower_case()
    {
        var lines = (string[])Declaration.Clone();
        lines[6] = "                    decides to adopt the following political declaration of the high-level meeting of the";

        var paragraphs = Paragraphs(lines);

        Assert.DoesNotContain("The General Assembly", paragraphs);
        Assert.Contains(paragraphs, paragraph => paragraph.StartsWith("The General Assembly decides to adopt", StringComparison.Ordinal));
    }

    [Fact]
    public void What_a_colon_announces_on_a_paragraphs_further_line_stands_on_lines_of_its_own()
    {
        var paragraphs = Paragraphs(Schedule);

        Assert.Contains("9. Also decides that the leadership dialogues will be held in parallel with the plenary meetings, as follows:", paragraphs);
        Assert.Contains("Thursday, 2 June: from 3 to 6 p.m.", paragraphs);
        Assert.Contains("Thursday, 2 June: from 9.30 a.m. to 1 p.m. and from 3 to 6 p.m.", paragraphs);
    }

    [Fact]
    public void A_full_line_that_closed_on_a_colon_goes_on_into_the_next()
    {
        // The colon ends a full line: the justified line broke where the next word did not fit.
        var lines = (string[])Schedule.Clone();
        lines[6] = "               9.      Also decides that the leadership dialogues will be held in parallel with the plenary:";
        lines[7] = "                       meetings, as follows, on the days the General Assembly agreed on in its decision 75/566 of";

        var paragraphs = Paragraphs(lines);

        Assert.Contains(paragraphs, paragraph => paragraph.StartsWith("9. Also decides that the leadership dialogues will be held in parallel with the plenary: meetings, as follows", StringComparison.Ordinal));
    }

    [Fact]
    public void The_rest_of_a_paragraph_at_a_pages_top_goes_on_into_its_line_in_lower_case()
    {
        var paragraphs = Paragraphs(PageTop);

        Assert.Equal("Safety and security, of the proposed programme budget for 2021, which would represent a charge against the contingency fund;", paragraphs[0]);
        Assert.Contains("XV", paragraphs);
    }

    [Fact]
    public void A_one_line_paragraph_that_ended_its_unit_still_stands_over_the_next()
    {
        // "Having considered …,32" and "Recalling also …" are each their own paragraph at the same place.
        var paragraphs = Paragraphs(PageTop);

        Assert.Contains("Having considered the report of the Secretary-General 31 and the related report of the Advisory Committee,32", paragraphs);
        Assert.Contains(paragraphs, paragraph => paragraph.StartsWith("Recalling also paragraph 1 of its resolution 74/296", StringComparison.Ordinal));
    }

    private static List<string> Paragraphs(IEnumerable<string> lines) => LaidOutParagraphs.OfLines(lines);
}

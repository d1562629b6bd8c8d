using DraftingKit.Import;
using DraftingKit.Model;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A designation alone on its line at the top of a page ("Section 11" after the page's foot, A/RES/77/262) is a unit of
/// its own in a PDF's reading order: the paragraph above, whose last line was full, does not go on into it, as it goes
/// on into words that open nothing of their own.
/// </summary>
public sealed class SectionAfterPageFootTests
{
    /// <summary>A/RES/77/262 in reading order, shortened: paragraph 2 ends its page on a full line, "Section 11" opens the next.</summary>
    private const string Text = """
        A/RES/77/262
        General Assembly
        Distr.: General
        5 January 2023

        Seventy-seventh session
        Agenda item 138
        Proposed programme budget for 2023

        Resolution adopted by the General Assembly on 30 December 2022

        [on the report of the Fifth Committee (A/77/672, para. 68)]

        77/262. Questions relating to the proposed programme budget for 2023
        The General Assembly,
        Reaffirming its resolutions 41/213 of 19 December 1986, 42/211 of 21 December 1987,
        45/248 B, section VI, of 21 December 1990, 55/231 of 23 December 2000, 56/253 of
        24 December 2001, 58/269 and 58/270 of 23 December 2003, 59/276, section XI, of
        23 December 2004, 60/283 of 7 July 2006, 61/263 of 4 April 2007, 62/236 of 22 December
        2007, 63/262 of 24 December 2008, 64/243 of 24 December 2009, 65/259 of 24 December 2010,
        66/246 of 24 December 2011, 68/246 of 27 December 2013, 70/247 of 23 December 2015, 71/272
        A of 23 December 2016, 72/261 and 72/266 A of 24 December 2017, 72/266 B 5 July 2018,
        Reaffirming also the respective mandates of the Committee for Programme and Coordination
        and the Advisory Committee on Administrative and Budgetary Questions in the consideration
        of the proposed programme budget,
        Section 9
        Economic and social affairs
        1.

        Takes note of paragraph IV.18 of the report of the Advisory Committee;
        Section 10
        Least developed countries, landlocked developing countries and small island developing
        States
        2.

        Notes the importance of science, innovation and technology in addressing humanity’s
        challenges, and invites the Secretary-General to explore expanding the support to and
        cooperation with the Technology Bank for the Least Developed Countries to other vulnerable
        countries, including landlocked developing countries and small island developing States;


        6/11

        {0}A/RES/77/262

        {1}
        United Nations system support for the African Union’s Agenda 2063: The Africa We Want
        3.

        Recalls that the development of Africa is an established priority of the United Nations,
        and reaffirms its commitment to addressing the unique needs of Africa;
        """;

    private static List<string> Operative(string designation)
    {
        var result = UnDocumentImporter.ImportText("A-RES-77-262.txt", Text.Replace("{0}", "\f").Replace("{1}", designation));
        return Assert.Single(result.Texts).Document.Parts.SelectMany(part => part.OperativePart).Select(block => block switch
        {
            OperativeParagraph p => p.Number + ". " + p.Text.PlainText,
            Heading h => "heading: " + h.Text.PlainText,
            _ => block.GetType().Name,
        }).ToList();
    }

    [Fact]
    public void A_sections_designation_after_the_pages_foot_heads_the_next_paragraph()
    {
        var operative = Operative("Section 11");

        Assert.Equal("heading: Section 11", operative[operative.Count - 3]);
        Assert.EndsWith("small island developing States;", operative[operative.Count - 4], StringComparison.Ordinal);
    }

    [Fact]
    public void Words_that_open_nothing_after_the_pages_foot_go_on_the_paragraph()
    {
        // The same full line at the page's end over words that are no designation: the paragraph goes on ("… States;" / "Sections").
        var operative = Operative("Sections 10 and 11, as the case may be, and the regional commissions;");

        Assert.Contains(operative, p => p.EndsWith("small island developing States; Sections 10 and 11, as the case may be, and the regional commissions;", StringComparison.Ordinal));
    }
}

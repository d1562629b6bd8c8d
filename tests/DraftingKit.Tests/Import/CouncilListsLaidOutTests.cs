using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>
/// How the Security Council's lists come back from a PDF laid out by pdftotext <c>-layout</c>: marks "a." under a
/// paragraph's colon at its text column, the next mark after "; and", an explanatory note under an item, the words
/// that close a list after its last item, and a subheading under an item's title of four lines. Lines as LibreOffice
/// and pdftotext print the Council's templates.
/// </summary>
public sealed class CouncilListsLaidOutTests
{
    /// <summary>A laid-out page: its running header, full lines that give the page its measure, <paramref name="body"/> and its number.</summary>
    private static string Page(params string[] body) =>
        string.Join("\n", new[]
        {
            "S/RES/2657 (2022)",
            "",
            "",
            "6.    Requests the Secretary-General to keep the Security Council regularly informed of the",
            "      situation in Somalia and to report on the implementation of the mandate of UNSOM, in",
            "      consultation with the Federal Government of Somalia and its Federal Member States,",
            "      through oral updates and no fewer than three written reports, the first written report",
            "      by 15 May 2023 and every 120 days thereafter, and further requests the Secretary-General",
            "      to include in these reports an assessment of the progress made on the implementation of",
            "      the National Security Architecture and of the transition from ATMIS to Somali security",
            "      forces;",
        }.Concat(body).Concat(new[] { "", "", "", "", "                                                                                             5/9", "" })) + "\f";

    /// <summary>The paragraphs <see cref="LaidOutText"/> gives back, each one's lines trimmed and joined, without the page's number.</summary>
    private static List<string> Paragraphs(string page) => LaidOutParagraphs.Of(page, pageNumber: "5/9");

    [Fact]
    public void Marks_under_a_colon_at_the_text_column_open_items()
    {
        // S/RES/2657 (2022), paragraph 7, as pdftotext -layout prints it: the marks stand where the paragraph's lines run.
        var paragraphs = Paragraphs(Page(
            "7.    Recognises the renewed operations against Al-Shabaab, and encourages UNSOM to",
            "      support Somalia to:",
            "      a. ensure that plans are in place to protect civilians and communities in areas which are",
            "            the focus of military operations, prior to, during and after engagements,",
            "      b. accelerate implementation of the National Stabilisation Strategy and State-level",
            "           Stabilisation Plans,"));

        Assert.Contains("7.    Recognises the renewed operations against Al-Shabaab, and encourages UNSOM to support Somalia to:", paragraphs);
        Assert.Contains("a. ensure that plans are in place to protect civilians and communities in areas which are the focus of military operations, prior to, during and after engagements,", paragraphs);
        Assert.Contains("b. accelerate implementation of the National Stabilisation Strategy and State-level Stabilisation Plans,", paragraphs);
    }

    [Fact]
    public void A_mark_that_opens_no_list_and_follows_none_stays_in_its_sentence()
    {
        // "b." with no "a." before it, under a comma: a wrapped line's words, not an item.
        var paragraphs = Paragraphs(Page(
            "7.    Recognises the renewed operations against Al-Shabaab, as set out in paragraph 3,",
            "      b. accelerate implementation of the National Stabilisation Strategy and State-level",
            "      Stabilisation Plans;"));

        Assert.Contains("7.    Recognises the renewed operations against Al-Shabaab, as set out in paragraph 3, b. accelerate implementation of the National Stabilisation Strategy and State-level Stabilisation Plans;", paragraphs);
    }

    [Fact]
    public void The_mark_after_an_item_that_ended_on_and_opens_the_last_item()
    {
        // S/RES/2657 (2022), paragraph 18 (a).
        var paragraphs = Paragraphs(Page(
            "18.   Calls upon the FGS to:",
            "      i. implement fully the Action Plans signed by the FGS in 2012;",
            "      ii. prevent the recruitment and use of children by armed forces and armed groups;",
            "      iii. consider primarily as victims those children who are associated with or have been",
            "             released or otherwise separated from armed forces and armed groups as per the",
            "             Paris Principles endorsed by the FGS; and",
            "      iv. cease detention of all children on national security charges where it is in violation of",
            "            applicable international law;"));

        Assert.Contains("iii. consider primarily as victims those children who are associated with or have been released or otherwise separated from armed forces and armed groups as per the Paris Principles endorsed by the FGS; and", paragraphs);
        Assert.Contains("iv. cease detention of all children on national security charges where it is in violation of applicable international law;", paragraphs);
    }

    [Fact]
    public void An_explanatory_note_under_an_item_stands_apart()
    {
        // S/RES/2551 (2020), annex A, item 8.
        var paragraphs = Paragraphs(Page(
            "               8.    ‘Vessels’ and amphibious vehicles specifically designed or modified for military use;",
            "                     Note: ‘Vessel’ includes any ship, surface effect vehicle, vessel of small waterplane area",
            "               or hydrofoil and the hull or part of the hull of a vessel."));

        Assert.Contains("8.    ‘Vessels’ and amphibious vehicles specifically designed or modified for military use;", paragraphs);
        Assert.Contains("Note: ‘Vessel’ includes any ship, surface effect vehicle, vessel of small waterplane area or hydrofoil and the hull or part of the hull of a vessel.", paragraphs);
    }

    [Fact]
    public void A_note_that_a_sentence_wraps_onto_stays_in_it()
    {
        // "Note:" at a wrapped line's start after words that end no unit goes on the sentence.
        var paragraphs = Paragraphs(Page(
            "8.    Decides that the Committee shall publish on its website an Implementation Assistance",
            "      Note: Guidance on the delivery of items to the Somali National Security Forces;"));

        Assert.Contains("8.    Decides that the Committee shall publish on its website an Implementation Assistance Note: Guidance on the delivery of items to the Somali National Security Forces;", paragraphs);
    }

    [Fact]
    public void Words_after_the_last_item_with_their_lines_set_in_deeper_close_the_list()
    {
        // S/RES/2662 (2022), paragraph 18 (d): the closing words stand at the item's text column, their next line deeper.
        var paragraphs = Paragraphs(Page(
            "      (d)   entry into Somali ports for temporary visits of vessels carrying weapons and",
            "            military equipment for defensive purposes provided that such items remain at all",
            "            times aboard such vessels (as previously affirmed by paragraph 3 of resolution",
            "            2244 (2015)); and",
            "            confirms it will keep all notification processes required and exemptions under",
            "                  review;"));

        Assert.Contains("(d)   entry into Somali ports for temporary visits of vessels carrying weapons and military equipment for defensive purposes provided that such items remain at all times aboard such vessels (as previously affirmed by paragraph 3 of resolution 2244 (2015)); and", paragraphs);
        Assert.Contains("confirms it will keep all notification processes required and exemptions under review;", paragraphs);
    }

    [Fact]
    public void An_item_whose_lines_run_on_at_its_text_column_after_a_semicolon_stays_whole()
    {
        // The same words as one item's sentence: its lines run at one column, none set in deeper, so nothing closes there.
        var paragraphs = Paragraphs(Page(
            "      (d)   entry into Somali ports for temporary visits of vessels carrying weapons, as affirmed",
            "            by paragraph 3 of resolution 2244 (2015); and",
            "            confirms it will keep all notification processes required and exemptions under",
            "            review;"));

        Assert.Contains("(d)   entry into Somali ports for temporary visits of vessels carrying weapons, as affirmed by paragraph 3 of resolution 2244 (2015); and confirms it will keep all notification processes required and exemptions under review;", paragraphs);
    }

    [Fact]
    public void A_subheading_under_an_item_title_of_four_lines_stands_apart()
    {
        // S/RES/2612 (2021), paragraph 29 (ii).
        var paragraphs = Paragraphs(Page(
            "(ii)   Support to stabilisation and the strengthening of State institutions in the",
            "       DRC, and key governance and security reforms, in order to establish",
            "       functional, professional, and accountable state institutions, including security",
            "       and judicial institutions",
            "       Stabilisation",
            "       (a)   Provide coordination between the Government of the DRC, international",
            "             partners and United Nations agencies in a targeted, sequenced and"));

        Assert.Contains("(ii)   Support to stabilisation and the strengthening of State institutions in the DRC, and key governance and security reforms, in order to establish functional, professional, and accountable state institutions, including security and judicial institutions", paragraphs);
        Assert.Contains("Stabilisation", paragraphs);
    }

    [Fact]
    public void A_title_of_four_lines_ends_over_a_subheading_but_not_over_a_sentence()
    {
        var four = new[]
        {
            "(ii) Support to stabilisation and the strengthening of State institutions in the",
            "DRC, and key governance and security reforms, in order to establish",
            "functional, professional, and accountable state institutions, including security",
            "and judicial institutions",
        };

        Assert.True(ItemTitle.EndsOverHeading(four));
        Assert.False(ItemTitle.EndsOver(four, "To protect civilians;"));
        Assert.False(ItemTitle.EndsOverHeading(four.Concat(new[] { "in the provinces" }).ToArray()));
    }
}


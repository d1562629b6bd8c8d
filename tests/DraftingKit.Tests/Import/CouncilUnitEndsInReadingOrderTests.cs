using DraftingKit.Import;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Where the Security Council's units end in a PDF's reading order though their words do not say so by a label: a
/// paragraph or an item whose closing punctuation the UN's file lost, ended on a line that left room
/// (<see cref="ParagraphLastLine.EndsUnpunctuated"/>); a dash after the dashes of its list; the closing words that open
/// with a connective ("except …", <see cref="ClosingWords"/>); and a list numbered inside an item, whose numbers leave
/// the outer marks open (<see cref="ItemSequence.OpenNumber"/>).
/// </summary>
public sealed class CouncilUnitEndsInReadingOrderTests
{
    /// <summary>S/RES/2765 (2024), its preamble as the reading order prints it: "… under international law" lost its comma.</summary>
    private const string Preamble = """
        The Security Council,
        Recalling the UN guiding principles of humanitarian emergency assistance and humanitarian
        principles of humanity, neutrality, impartiality and independence,
        Calling upon all parties to armed conflicts in the DRC to immediately allow and facilitate
        the full, safe, rapid, unhindered and sustained delivery of humanitarian assistance to all
        civilians in need consistent with the humanitarian principles of humanity, neutrality,
        impartiality and independence,
        Demanding that all parties respect and protect all humanitarian personnel, including
        national and locally recruited personnel, and medical personnel, their means of transport
        and equipment, as well as hospitals and other medical facilities, in accordance with their
        obligations under international law
        Noting the importance of commercial trade of food, fuel and other essential commodities to
        meet civilians’ basic survival needs,
        Recalling all its relevant resolutions on women, peace and security, on youth, peace and
        security, on children and armed conflict, and on the protection of civilians in armed
        conflict,
        """;

    [Fact]
    public void A_lead_under_a_line_that_lost_its_punctuation_and_left_room_opens_a_paragraph()
    {
        var paragraphs = Paragraphs(Preamble);

        Assert.Equal(6, paragraphs.Count);
        Assert.EndsWith("in accordance with their obligations under international law", paragraphs[3], StringComparison.Ordinal);
        Assert.StartsWith("Noting the importance of commercial trade", paragraphs[4], StringComparison.Ordinal);
    }

    [Fact]
    public void A_lead_under_a_full_line_that_stops_on_a_word_goes_on_its_sentence()
    {
        // The line is full: "Noting" did not fit on it, so the line wrapped and the lead is the sentence's word.
        var paragraphs = Paragraphs(Preamble.Replace(
            "obligations under international law\nNoting",
            "obligations under international law and the principles of the Charter of the United Nations\nNoting",
            StringComparison.Ordinal));

        Assert.Equal(5, paragraphs.Count);
        Assert.Contains("of the United Nations Noting the importance", paragraphs[3], StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_line_that_stops_on_a_word_no_sentence_ends_on_goes_on()
    {
        // "… on the item entitled" leaves room but stops open: the title under it is the sentence's.
        var paragraphs = Paragraphs(Preamble.Replace(
            "obligations under international law\nNoting",
            "obligations under the item entitled\nNoting",
            StringComparison.Ordinal));

        Assert.Equal(5, paragraphs.Count);
        Assert.Contains("under the item entitled Noting the importance", paragraphs[3], StringComparison.Ordinal);
    }

    /// <summary>S/RES/2765 (2024), item (o)'s dashes: one opens with a capital, the one under it follows a line that lost its semicolon.</summary>
    private const string Dashes = """
        The Security Council,
        1. Decides that MONUSCO shall:
        (o)

        Provide good offices and strategic and technical advice to the Government of the DRC and
        play a role in coordinating the support provided by international and bilateral partners
        and the United Nations system as appropriate, to:
        – accelerate national ownership of SSR which delivers security and justice to all through
        independent, accountable and functioning justice and security institutions which take into
        account women’s full, equal, meaningful and safe participation, including through the
        finalization and implementation of the national security policy and SSR strategy;
        – promote and facilitate critical reforms to enhance the oversight and accountability of
        the justice and security sector, including through human rights training, with a view to
        strengthening the operational effectiveness of the Congolese Armed Forces and the National
        Police, to enable the Government to fully assume its primary responsibility for the
        security and protection of its population in compliance with international humanitarian
        law and human rights law;
        – Support the Congolese authorities in developing a framework for the systematic vetting
        of defence and security personnel, in particular for the Armed Defense Reserve, and, as
        necessary, ensuring that those suspected of genocide, war crimes, crimes against humanity
        or other human rights violations and abuses are barred from joining the armed forces and
        referred to judicial authorities
        – provide enhanced support, including via the United Nations Mine Action Service, to the
        strengthening and consolidation of the capacities of the Congolese security forces,
        including on weapons and ammunitions management, Counter-IED, Explosive Ordnance Disposal
        as well as on basic investigation and forensics exploitation related to IEDs;
        """;

    [Fact]
    public void A_dash_after_the_dashes_of_its_list_opens_its_item_whatever_its_first_words_case()
    {
        var paragraphs = Paragraphs(Dashes);

        Assert.Equal(7, paragraphs.Count);
        Assert.StartsWith("– Support the Congolese authorities", paragraphs[5], StringComparison.Ordinal);
        Assert.EndsWith("referred to judicial authorities", paragraphs[5], StringComparison.Ordinal);
        Assert.StartsWith("– provide enhanced support", paragraphs[6], StringComparison.Ordinal);
    }

    [Fact]
    public void A_dash_before_a_capital_under_a_line_that_ended_no_unit_stays_in_its_sentence()
    {
        // The line above stops mid-sentence: the dash and its capital there are the sentence's, though dashes are open.
        var paragraphs = Paragraphs(Dashes.Replace(
            "law and human rights law;\n– Support",
            "law and human rights law, as set out in the national strategy in line with\n– Support",
            StringComparison.Ordinal));

        Assert.Equal(6, paragraphs.Count);
        Assert.Contains("in line with – Support the Congolese authorities", paragraphs[4], StringComparison.Ordinal);
    }

    /// <summary>S/RES/2713 (2023), paragraph 35, as the reading order prints it.</summary>
    private const string Except = """
        The Security Council,
        35.

        Decides that paragraph 4 shall not apply to supplies of weapons, ammunition or military
        equipment intended solely for the support of, or use by:
        a. Somalia’s FMS and regional governments; or
        b. licenced private security companies operating in Somalia;
        except in relation to items in Annexes A and B to this resolution, which are subject to
        the procedures as set out in paragraphs 36 and 37 to this resolution;
        36.

        Decides that deliveries of items in Annex A to this resolution to FMS and regional
        governments, or to licenced private security companies operating in Somalia, to provide
        security for international organisations, shall be notified to the Committee;
        """;

    [Fact]
    public void Closing_words_that_open_with_except_close_the_list()
    {
        var paragraphs = Paragraphs(Except);

        Assert.Equal(6, paragraphs.Count);
        Assert.Equal("b. licenced private security companies operating in Somalia;", paragraphs[3]);
        Assert.StartsWith("except in relation to items in Annexes A and B", paragraphs[4], StringComparison.Ordinal);
    }

    [Fact]
    public void Words_that_open_with_a_preposition_stay_the_items()
    {
        // "in relation to …" under the item's semicolon opens with no conjunction or connective: the item's own line.
        var paragraphs = Paragraphs(Except.Replace("except in relation", "in relation", StringComparison.Ordinal));

        Assert.Equal(5, paragraphs.Count);
        Assert.Contains("operating in Somalia; in relation to items", paragraphs[3], StringComparison.Ordinal);
    }

    /// <summary>S/RES/2713 (2023), paragraph 38's reports: a list numbered inside the Secretary-General's item.</summary>
    private const string NumberedInside = """
        The Security Council,
        38. Requests:
        a. from the FGS, by 15 September 2024, a report on progress;
        b. from the Secretary-General:
        i. an update on progress against each indicator set out in the benchmarks contained with
        the technical assessment report (S/2022/698) by 15 October 2024, and requests that this
        assessment is:
        1.

        extended to all regions of Somalia where practicable, with specific recommendations and
        benchmarks as appropriate; and,
        2.

        elaborates an additional benchmark on the safe management of chemical precursors
        associated with IED manufacture and disposal;
        c. from organisations and states listed in paragraph 34.c of this resolution, or
        subsequently added, by 15 November 2024, an update on the support provided to Somalia;
        """;

    [Fact]
    public void A_mark_after_a_list_numbered_inside_an_item_opens_the_outer_lists_next_item()
    {
        var paragraphs = Paragraphs(NumberedInside);

        Assert.Equal(8, paragraphs.Count);
        Assert.StartsWith("2.", paragraphs[6], StringComparison.Ordinal);
        Assert.Contains("elaborates an additional benchmark", paragraphs[6], StringComparison.Ordinal);
        Assert.StartsWith("c. from organisations and states", paragraphs[7], StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_under_no_open_list_is_a_paragraphs_and_closes_the_marks()
    {
        // "1." under the paragraph's own colon, no mark opened before it: an operative paragraph's number, after which
        // "c." follows no mark opened and stays its sentence's.
        var paragraphs = Paragraphs("""
            The Security Council,
            37. Decides as follows:
            1.

            Requests the FGS to report by 15 September 2024 on progress against each benchmark set;
            c. from organisations and states listed in paragraph 34.c of this resolution, or
            subsequently added, by 15 November 2024, an update on the support provided to Somalia;
            """);

        Assert.Equal(3, paragraphs.Count);
        Assert.Contains("benchmark set; c. from organisations", paragraphs[2], StringComparison.Ordinal);
    }

    private static List<string> Paragraphs(string text) => ReadingOrderParagraphs.Of(text, LeadVocabulary.Default);
}

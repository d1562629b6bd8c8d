using DraftingKit.Diagnostics;
using DraftingKit.Rules;

namespace DraftingKit.Tests.Rules;

/// <summary>
/// Rules that encode one organ's practice (issue 16): the Security Council's own usage is not reported on a Council
/// text, and the same words are still reported on an Assembly text. Fragments from the Council's resolutions.
/// </summary>
public sealed class OrganPracticeTests
{
    private const string Council = "---\nkind: resolution\nstatus: adopted\norgan: Security Council\nsymbol: S/RES/2563 (2021)\nnumber: 2563 (2021)\nadopted: 2021-02-25\n---\n\n*The Security Council*,\n\n";

    private const string Assembly = "---\nkind: resolution\nstatus: adopted\norgan: General Assembly\nsymbol: A/RES/76/1\nnumber: 76/1\nsession: 76\nadopted: 2021-10-01\nmeeting: 1st plenary meeting\ntitle: A title\n---\n\n*The General Assembly*,\n\n";

    private static List<string> Ids(string text) =>
        DraftingLinter.Lint("t.res.md", text).Where(f => f.Severity != DraftingSeverity.Hidden).Select(f => f.Id).ToList();

    // S/RES/2563 (2021), paragraph 2: "as set out in paragraph 21 of resolution 2520 (2020)"; the Council refers to its text as "this resolution".
    private const string ThisResolution = "*Recalling* all its previous resolutions concerning the situation in Somalia,\n\n"
        + "1. *Requests* the Secretary-General to report on the implementation of this resolution;\n\n2. *Decides* to remain actively seized of the matter.\n";

    [Fact]
    public void The_Council_writes_this_resolution() => Assert.DoesNotContain("DK7005", Ids(Council + ThisResolution));

    [Fact]
    public void The_Assembly_writes_the_present_resolution() => Assert.Contains("DK7005", Ids(Assembly + ThisResolution));

    // S/RES/2618 (2022) and others: "Further decides" after a plain "Decides"; "Decides further" (S/RES/2505 (2020)).
    private const string FurtherAfterPlain = "*Recalling* its resolutions on Cyprus,\n\n"
        + "1. *Decides* to extend the mandate of the Force until 31 January 2023;\n\n2. *Further decides* that the Force shall report;\n\n"
        + "3. *Decides further* to review the mandate;\n\n4. *Decides* to remain seized of the matter.\n";

    [Fact]
    public void The_Council_may_write_Further_after_the_plain_verb_and_the_adverb_after_it() =>
        Assert.DoesNotContain("DK2004", Ids(Council + FurtherAfterPlain));

    [Fact]
    public void The_Assembly_climbs_Also_then_Further_with_the_adverb_first() =>
        Assert.Equal(2, Ids(Assembly + FurtherAfterPlain.Replace("seized of the matter", "continue its work")).Count(id => id == "DK2004"));

    [Fact]
    public void The_Council_still_may_not_write_Also_after_Also_of_the_same_verb() =>
        Assert.Contains("DK2004", Ids(Council + "*Recalling* its resolutions,\n\n1. *Also decides* to act;\n\n2. *Also decides* to report;\n\n3. *Decides* to remain seized of the matter.\n"));

    // S/RES/2720 (2023): "Also recalling" in the preamble, the adverb first.
    private const string AdverbFirst = "*Recalling* its resolution 2417 (2018),\n\n*Also recalling* its resolution 2664 (2022),\n\n1. *Decides* to remain seized of the matter.\n";

    [Fact]
    public void The_Council_may_set_the_preambular_adverb_first()
    {
        var ids = Ids(Council + AdverbFirst);
        Assert.DoesNotContain("DK1104", ids);
        Assert.DoesNotContain("DK1105", ids);
    }

    [Fact]
    public void The_Assembly_sets_the_preambular_adverb_after_the_participle() => Assert.Contains("DK1105", Ids(Assembly + AdverbFirst));

    // S/RES/2552 (2020), paragraph 31: lettered headings over the tasks of the mandate.
    private const string HeadedTasks = "*Recalling* its previous resolutions,\n\n1. *Decides* that the mandate of MINUSCA shall include the following priority tasks:\n\n"
        + "    (a) **Protection of civilians**\n\n    (i) To protect the civilian population from threats of physical violence;\n\n    (ii) To provide specific protection for women and children;\n\n"
        + "    (b) **Good offices**\n\n    (i) To continue its political role in the peace process;\n\n"
        + "2. *Decides* to remain seized of the matter.\n";

    [Fact]
    public void A_subparagraph_that_is_a_heading_takes_no_punctuation() =>
        Assert.DoesNotContain("DK3004", Ids(Council + HeadedTasks));

    [Fact]
    public void A_subparagraph_in_roman_type_without_punctuation_is_still_reported() =>
        Assert.Contains("DK3004", Ids(Council + HeadedTasks.Replace("**Protection of civilians**", "Protection of civilians")));

    // S/RES/2514 (2020), paragraph 10: a list that opens with "(i)".
    [Fact]
    public void A_list_that_opens_with_i_is_roman() =>
        Assert.DoesNotContain("DK3003", Ids(Council + "*Recalling* its resolutions,\n\n1. *Decides* that the mandate shall include:\n\n    (i) Facilitate the conditions for safe movement;\n\n    (ii) Protect the airport;\n\n    (iii) Deter violence;\n\n2. *Decides* to remain seized of the matter.\n"));

    [Fact]
    public void A_lettered_list_that_skips_a_letter_is_still_reported() =>
        Assert.Contains("DK3003", Ids(Council + "*Recalling* its resolutions,\n\n1. *Decides* that the mandate shall include:\n\n    (a) Facilitate the conditions for safe movement;\n\n    (c) Protect the airport;\n\n2. *Decides* to remain seized of the matter.\n"));

    [Fact]
    public void A_Council_text_adopted_without_a_meeting_needs_no_meeting_line() =>
        Assert.DoesNotContain("DK0004", Ids(Council + ThisResolution));

    // S/RES/2551 (2020), paragraph 26: a participial clause before the paragraph's own verb.
    [Fact]
    public void A_participial_clause_before_the_italic_operative_verb_is_well_formed() =>
        Assert.DoesNotContain("DK2001", Ids(Council + "*Recalling* its resolutions,\n\n1. *Noting* the increase in IED attacks undertaken by Al-Shabaab, *decides* that all States shall prevent the transfer of explosives;\n\n2. *Decides* to remain seized of the matter.\n"));

    // S/RES/2764 (2024), paragraph 3: a participle with no operative verb after it.
    [Fact]
    public void An_operative_paragraph_that_opens_with_a_participle_and_has_no_verb_is_reported() =>
        Assert.Contains("DK2001", Ids(Council + "*Recalling* its resolutions,\n\n1. *Stressing* the importance of accountability for all violations and abuses against children;\n\n2. *Decides* to remain seized of the matter.\n"));

    // S/RES/2568 (2021): a lone asterisk between the preamble and the operative part.
    [Fact]
    public void An_asterisk_separating_preamble_and_operative_part_is_not_a_paragraph_to_punctuate() =>
        Assert.DoesNotContain("DK1103", Ids(Council + "*Acting* under Chapter VII of the Charter of the United Nations,\n\n\\*\n\n1. *Decides* to remain seized of the matter.\n"));

    [Fact]
    public void A_preambular_paragraph_without_its_comma_is_still_reported() =>
        Assert.Contains("DK1103", Ids(Council + "*Acting* under Chapter VII of the Charter of the United Nations\n\n1. *Decides* to remain seized of the matter.\n"));

    // S/RES/2506 (2020) and 80 others: "Recognising"; S/RES/2511 (2020), paragraph 11: "Emphasises".
    private const string IseSpelling = "*Recognising* the need for a comprehensive settlement,\n\n1. *Emphasises* the importance of the Force;\n\n2. *Decides* to remain seized of the matter.\n";

    [Fact]
    public void The_Council_may_spell_its_leads_with_ise()
    {
        var ids = Ids(Council + IseSpelling);
        Assert.DoesNotContain("DK1106", ids);
        Assert.DoesNotContain("DK2006", ids);
    }

    [Fact]
    public void The_Council_is_still_told_of_a_lead_misspelt_otherwise() =>
        Assert.Contains("DK2006", Ids(Council + "*Recalling* its resolutions,\n\n1. *Welcmes* the report of the Secretary-General;\n\n2. *Decides* to remain seized of the matter.\n"));
    // S/RES/2505 (2020), paragraph 2: the Council's running series, "," between items and ", and" before the last.
    private static string Series(string first, string second, string third) =>
        "*Recalling* its resolutions on Yemen,\n\n1. *Decides* that the mandate of the Mission shall be:\n\n"
        + "    (a) to lead the Redeployment Coordination Committee to oversee the governorate-wide ceasefire" + first + "\n\n"
        + "    (b) to monitor the compliance of the parties to the ceasefire in Hodeidah governorate" + second + "\n\n"
        + "    (c) to work with the parties so that the security of the city of Hodeidah is assured by local security forces" + third + "\n\n"
        + "2. *Decides* to remain seized of the matter.\n";

    private static int Dk3004(string text) => Ids(text).Count(id => id == "DK3004");

    [Fact]
    public void The_Council_may_run_a_series_with_commas_and_a_final_comma_and() =>
        Assert.Equal(0, Dk3004(Council + Series(",", ", and", ";")));

    [Fact]
    public void The_Council_may_close_a_series_with_a_comma_or() =>
        Assert.Equal(0, Dk3004(Council + Series(",", ", or", ";")));

    [Fact]
    public void The_Council_may_still_write_semicolons() =>
        Assert.Equal(0, Dk3004(Council + Series(";", "; and", ";")));

    [Fact]
    public void A_Council_item_with_no_end_punctuation_mid_list_is_still_reported() =>
        Assert.Equal(1, Dk3004(Council + Series(",", "", ";")));

    [Fact]
    public void A_Council_item_with_a_full_stop_mid_list_is_still_reported() =>
        Assert.Equal(1, Dk3004(Council + Series(".", ", and", ";")));

    [Fact]
    public void A_Council_item_that_ends_its_paragraph_with_a_comma_is_still_reported() =>
        Assert.Equal(1, Dk3004(Council + Series(",", ", and", ",")));

    // S/RES/2531 (2020), paragraph 60: the series runs through the roman items of a lettered one.
    [Fact]
    public void The_Council_may_run_a_series_through_nested_items() =>
        Assert.Equal(0, Dk3004(Council + "*Recalling* its resolutions on Mali,\n\n1. *Requests* the Secretary-General to report:\n\n"
            + "    (a) on the situation in Mali:\n\n        (i) on progress in the implementation of the Agreement,\n\n"
            + "        (ii) on coordination between the forces,\n\n    (b) on the mission’s efforts to support these objectives;\n\n"
            + "2. *Decides* to remain seized of the matter.\n"));

    [Fact]
    public void The_Assembly_still_reports_a_series_with_commas() =>
        Assert.Equal(2, Dk3004(Assembly + Series(",", ", and", ";")));

    // S/RES/2659 (2022), paragraph 58: items that open with their own operative verb are sentences of their own.
    private const string ItemsWithTheirOwnVerbs = "*Recalling* its resolutions,\n\n1. *Requests* the Secretary-General to provide integrated analysis and frank advice to the Security Council;\n\n"
        + "   (a) *Requests* the Secretary-General to report to the Council on 15 February 2023;\n\n   (b) *Further requests* the Secretary-General to provide an evaluation;\n\n"
        + "2. *Decides* to remain seized of the matter.\n";

    [Fact]
    public void A_paragraph_over_items_with_their_own_verbs_ends_as_a_clause() =>
        Assert.DoesNotContain("DK2003", Ids(Council + ItemsWithTheirOwnVerbs));

    [Fact]
    public void A_paragraph_ending_with_a_semicolon_before_items_that_continue_it_is_still_reported() =>
        Assert.Contains("DK2003", Ids(Council + ItemsWithTheirOwnVerbs.Replace("*Requests* the Secretary-General to report", "to report", System.StringComparison.Ordinal)));

    // S/RES/2677 (2023), paragraph 3: "… shall have the following mandate, …;" over "(a) *Protection of civilians*:".
    [Fact]
    public void A_paragraph_over_headed_sections_ends_as_a_clause() =>
        Assert.DoesNotContain("DK2003", Ids(Council + "*Recalling* its resolutions,\n\n1. *Decides* that UNMISS shall have the following mandate, and *stresses* that the protection of civilians shall be given priority;\n\n"
            + "   (a) *Protection of civilians*:\n\n   (i) To protect civilians under threat of physical violence;\n\n2. *Decides* to remain seized of the matter.\n"));

    // S/RES/2748 (2024), paragraph 5: words after the last item go on with the paragraph, so the item does not close it.
    [Fact]
    public void The_last_item_before_the_words_that_end_the_paragraph_does_not_close_it() =>
        Assert.DoesNotContain("DK3004", Ids(Council + "*Recalling* its resolutions,\n\n1. *Requests* the Secretary-General to present options, including:\n\n"
            + "   (a) a clear coordination mechanism between the successor mission and its donors;\n\n   (b) a comprehensive exit strategy for the successor mission,\n\n"
            + "   and requests the Secretary-General to submit this to the Security Council by 15 November 2024;\n\n2. *Decides* to remain seized of the matter.\n"));

    // S/RES/2607 (2021), paragraph 44 (a): the Council's comma series runs on into the item's own items.
    [Fact]
    public void The_Council_series_may_run_into_an_item_s_own_items() =>
        Assert.DoesNotContain("DK3004", Ids(Council + CommaIntoItems));

    [Fact]
    public void The_Assembly_introduces_an_item_s_own_items_with_a_colon() =>
        Assert.Contains("DK3004", Ids(Assembly + CommaIntoItems));

    private const string CommaIntoItems = "*Recalling* its resolutions,\n\n1. *Requests* the Government to report on:\n\n"
        + "   (a) the structure and strength of its security forces,\n\n   (i) including as annexes the reports of the Joint Verification Team, and\n\n   (ii) incorporating the notifications of distribution;\n\n"
        + "   (b) an update on the status of individuals designated by the Committee;\n\n2. *Decides* to remain seized of the matter.\n";

    // S/RES/2592 (2021), paragraph 11: a paragraph whose words all stand in its subparagraphs.
    [Fact]
    public void A_paragraph_that_opens_with_its_first_subparagraph_reads_and_writes_back()
    {
        var text = Council + "*Recalling* its resolutions,\n\n1. (a) *Expresses* concern about the high number of grave violations against children:\n\n   (i) to end and prevent violations;\n\n   (ii) to identify those responsible;\n\n"
            + "   (b) *calls on* the Government to promote the rights of persons with disabilities;\n\n2. *Decides* to remain seized of the matter.\n";
        var document = DraftingKit.Templates.TemplateReader.Read("t.res.md", text).Document;
        var paragraph = document.OperativeParagraphs().First();

        Assert.True(paragraph.Text.IsEmpty);
        Assert.Equal(new[] { "a", "b" }, paragraph.Subparagraphs.Select(i => i.Label));
        Assert.Equal(new[] { "i", "ii" }, paragraph.Subparagraphs[0].Items.Select(i => i.Label));
        Assert.Contains("1. (a) *Expresses* concern", DraftingKit.Rendering.MarkdownRenderer.Render(document), System.StringComparison.Ordinal);
        Assert.DoesNotContain("DK0009", Ids(text));
    }
}

using DraftingKit.Diagnostics;
using DraftingKit.Rules;

namespace DraftingKit.Tests.Rules;

/// <summary>
/// Layouts of the UN's adopted resolutions that the rules once reported (the corpus sweep's lint of the 647
/// resolutions of 2020–2022), each with a fragment of the resolution it comes from, and the slip next to it that
/// must still be reported.
/// </summary>
public sealed class AdoptedTextLayoutTests
{
    private const string Head = "---\nkind: resolution\nstatus: adopted\norgan: General Assembly\nsymbol: A/RES/75/253\nsession: 75\nadopted: 2020-12-31\nmeeting: 48th plenary meeting\ntitle: Special subjects relating to the proposed programme budget for 2021\n---\n\n";

    // 75/253, sections I and II: each section restates its preamble and numbers its paragraphs from 1.
    private const string BudgetSections = Head + "*The General Assembly*,\n\n## I\n\n## Request for a subvention to the United Nations Institute for Disarmament Research\n\n"
        + "*Having considered* the note by the Secretary-General on the request for a subvention,\n\n"
        + "1. *Takes note* of the note by the Secretary-General;\n\n2. *Endorses* the conclusions and recommendations contained in the report of the Advisory Committee;\n\n"
        + "## II\n\n## Revised estimates resulting from resolutions and decisions adopted by the Economic and Social Council at its 2020 session\n\n"
        + "*Having considered* the report of the Secretary-General and the related report of the Advisory Committee,\n\n"
        + "1. *Takes note* of the report of the Secretary-General;\n\n2. *Endorses* the conclusions and recommendations contained in the report of the Advisory Committee.\n";

    // 75/1: the declaration the resolution adopts, set in its main body with numbered paragraphs of its own.
    private const string AdoptedDeclaration = Head + "*The General Assembly*\n\n*Adopts* the following declaration:\n\n"
        + "## Declaration on the commemoration of the seventy-fifth anniversary of the United Nations\n\n"
        + "1. We, the Heads of State and Government representing the peoples of the world, have gathered on 21 September 2020 to commemorate the seventy-fifth anniversary of the United Nations.\n\n"
        + "2. Born out of the horrors of the Second World War, the United Nations, as a common endeavour for humanity, was established to save succeeding generations from the scourge of war.\n\n"
        + "\\* \\* \\*\n\n"
        + "3. We will leave no one behind.\n";

    private static List<DraftingDiagnostic> Lint(string text) =>
        DraftingLinter.Lint("t.res.md", text).Where(f => f.Severity != DraftingSeverity.Hidden).ToList();

    [Fact]
    public void Budget_sections_restate_their_preamble_and_number_from_1()
    {
        Assert.Empty(Lint(BudgetSections));
    }

    [Fact]
    public void A_section_that_starts_its_numbers_anywhere_but_1_is_still_misnumbered()
    {
        var text = BudgetSections.Replace("1. *Takes note* of the report", "3. *Takes note* of the report", System.StringComparison.Ordinal);

        var finding = Assert.Single(Lint(text));
        Assert.Equal(RuleIds.OperativeNumbering, finding.Id);
    }

    [Fact]
    public void The_paragraphs_of_an_adopted_declaration_are_not_operative_paragraphs()
    {
        Assert.Empty(Lint(AdoptedDeclaration));
    }

    [Fact]
    public void Without_the_adopting_paragraph_the_same_paragraphs_are_judged_as_operative()
    {
        var text = AdoptedDeclaration.Replace("*Adopts* the following declaration:\n\n", string.Empty, System.StringComparison.Ordinal);

        Assert.Contains(Lint(text), f => f.Id == RuleIds.OperativePunctuation);
    }

    [Fact]
    public void Items_after_a_colon_and_words_closing_a_paragraph_after_its_subparagraphs_are_in_place()
    {
        // 75/326, paragraph 8, and 75/55, paragraph 3.
        var text = Head + "*The General Assembly*,\n\n*Recalling* its resolution 75/280 of 24 May 2021,\n\n"
            + "1. *Decides* that the plenary meetings will be held as follows:\n\nThursday, 2 June: from 9.30 a.m. to 1 p.m. and from 3 to 6 p.m.\n\nFriday, 3 June: from 10 a.m. to 1 p.m. and from 3 to 7 p.m.;\n\n"
            + "2. *Condemns in the strongest terms* the use of chemical weapons, as reported in:\n\n   (a) The report of the Joint Investigative Mechanism;\n\n   (b) The first report of the Investigation and Identification Team;\n\n"
            + "and demands that the perpetrators immediately desist from any further use of chemical weapons;\n\n"
            + "3. *Decides* to remain seized of the matter.\n";

        Assert.DoesNotContain(Lint(text), f => f.Id == "DK0010");
    }

    [Fact]
    public void A_sentence_after_a_paragraph_with_subparagraphs_is_still_misplaced()
    {
        var text = Head + "*The General Assembly*,\n\n*Recalling* its resolution 75/280 of 24 May 2021,\n\n"
            + "1. *Condemns* the use of chemical weapons, as reported in:\n\n   (a) The report of the Joint Investigative Mechanism;\n\n   (b) The first report of the Investigation and Identification Team;\n\n"
            + "The perpetrators must desist.\n\n2. *Decides* to remain seized of the matter.\n";

        Assert.Contains(Lint(text), f => f.Id == "DK0010");
    }

    [Fact]
    public void A_number_the_partial_sources_do_not_list_is_not_shown()
    {
        // 75/247: resolution 68/21 is a real text; the catalog's sources for session 68 list only recorded votes.
        var text = Head + "*The General Assembly*,\n\n*Recalling* its resolution 68/21 of 11 December 2013,\n\n1. *Decides* to remain seized of the matter.\n";

        Assert.DoesNotContain(Lint(text), f => f.Id == RuleIds.CitationUnknown);
        Assert.Contains(DraftingLinter.Lint("t.res.md", text), f => f.Id == RuleIds.CitationUnknown && f.Severity == DraftingSeverity.Hidden);
    }

    [Fact]
    public void This_resolution_after_a_named_annual_resolution_is_that_resolution()
    {
        // 75/89, paragraph 249.
        var annual = Head + "*The General Assembly*,\n\n*Recalling* its resolution 74/18 of 10 December 2019,\n\n"
            + "1. *Notes* the desire to further improve the effective participation of delegations in the informal consultations concerning the annual General Assembly resolution on sustainable fisheries, decides that the informal consultations on this resolution will be held in a single round;\n\n"
            + "2. *Decides* to include in the provisional agenda of its seventy-sixth session the item entitled “Oceans and the law of the sea”.\n";
        var self = annual.Replace("decides that the informal consultations on this resolution", "and requests a report on the implementation of this resolution", System.StringComparison.Ordinal)
            .Replace("concerning the annual General Assembly resolution on sustainable fisheries, ", string.Empty, System.StringComparison.Ordinal);

        Assert.DoesNotContain(Lint(annual), f => f.Id == RuleIds.PresentResolution);
        Assert.Contains(Lint(self), f => f.Id == RuleIds.PresentResolution);
    }
}

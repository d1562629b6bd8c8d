using DraftingKit.Comparison;

namespace DraftingKit.Tests.Comparison;

/// <summary>
/// How <see cref="TextComparison"/> aligns units and counts changes (issue 21), on wording from resolutions 75/196
/// and 76/187 (Strengthening the United Nations crime prevention and criminal justice programme).
/// </summary>
public sealed class TextComparisonTests
{
    private const string Reaffirming = "*Reaffirming* its resolution 73/185 of 17 December 2018 on the rule of law, crime prevention and criminal justice in the context of the Sustainable Development Goals,";
    private const string Emphasizing = "*Emphasizing* that transnational organized crime must be addressed with full respect for the principle of the sovereignty of States and in accordance with the rule of law,";
    private const string Recalling = "*Recalling* its resolution 74/172 of 18 December 2019 on Education for Justice and the rule of law in the context of sustainable development,";
    private const string Requests = "*Requests* the Secretary-General to submit to the General Assembly at its seventy-sixth session a report on the implementation of the present resolution;";
    private const string Urges = "*Urges* Member States to continue to strengthen international cooperation in criminal matters;";
    private const string Invites = "*Invites* Member States to consider ratifying the United Nations Convention against Transnational Organized Crime;";

    private static TextComparison Compare(string before, string after) =>
        TextComparison.Compare(ComparedTexts.Draft(before), ComparedTexts.Draft(after));

    private static SectionCounts Section(TextComparison comparison, ComparedSection section) =>
        comparison.Sections.Single(counts => counts.Section == section);

    [Fact]
    public void Renumbering_alone_is_not_a_change()
    {
        var comparison = Compare(
            Reaffirming + "\n\n1. " + Urges + "\n\n2. " + Requests + "\n",
            Reaffirming + "\n\n1. " + Invites + "\n\n2. " + Urges + "\n\n3. " + Requests + "\n");

        var operative = Section(comparison, ComparedSection.Operative);
        Assert.Equal((1, 0, 0, 2), (operative.New, operative.Changed, operative.Deleted, operative.Renumbered));
        Assert.Equal("operative part: 1 new, 2 renumbered only", operative.ToString());
    }

    [Fact]
    public void A_changed_word_shows_as_that_word()
    {
        var comparison = Compare(
            Reaffirming + "\n\n1. " + Requests + "\n",
            Reaffirming + "\n\n1. " + Requests.Replace("seventy-sixth", "seventy-seventh") + "\n");

        var text = ComparisonTextRenderer.Render(comparison);
        Assert.Contains("~ 1. Requests the Secretary-General to submit to the General Assembly at its seventy-[-sixth-]{+seventh+} session", text);
        Assert.Equal(1, Section(comparison, ComparedSection.Operative).Changed);
    }

    [Fact]
    public void A_paragraph_moved_elsewhere_in_the_preamble_is_a_move()
    {
        var comparison = Compare(
            Reaffirming + "\n\n" + Emphasizing + "\n\n" + Recalling + "\n\n1. " + Urges + "\n",
            Emphasizing + "\n\n" + Recalling + "\n\n" + Reaffirming + "\n\n1. " + Urges + "\n");

        var preamble = Section(comparison, ComparedSection.Preamble);
        Assert.Equal((0, 0, 1, 0), (preamble.New, preamble.Changed, preamble.Moved, preamble.Deleted));
        Assert.Contains("(moved from preambular paragraph 1)", ComparisonTextRenderer.Render(comparison));
    }

    [Fact]
    public void A_preambular_paragraph_never_pairs_with_an_operative_one()
    {
        var comparison = Compare(
            Reaffirming + "\n\n" + Recalling + "\n\n1. " + Urges + "\n",
            Reaffirming + "\n\n1. " + Urges + "\n\n2. *Recalls* its resolution 74/172 of 18 December 2019 on Education for Justice and the rule of law in the context of sustainable development;\n");

        Assert.Equal(1, Section(comparison, ComparedSection.Preamble).Deleted);
        Assert.Equal(1, Section(comparison, ComparedSection.Operative).New);
    }

    [Fact]
    public void A_note_renumbered_by_a_note_inserted_before_it_is_no_change()
    {
        const string Convention = "*Stressing* the importance of the Code of Conduct for Law Enforcement Officials,[^1]\n\n1. " + Urges + "\n\n[^1]: Resolution 34/169, annex.\n";
        var comparison = Compare(
            Convention,
            "*Reaffirming also* the 2030 Agenda for Sustainable Development,[^a]\n\n" + Convention.Replace("Resolution 34/169, annex.\n", "Resolution 34/169, annex.\n[^a]: Resolution 70/1.\n"));

        var notes = Section(comparison, ComparedSection.Footnotes);
        Assert.Equal((1, 0, 0), (notes.New, notes.Changed, notes.Deleted));
        var preamble = Section(comparison, ComparedSection.Preamble);
        Assert.Equal((1, 0), (preamble.New, preamble.Changed));
    }

    [Fact]
    public void A_changed_note_is_compared_inside_the_note()
    {
        const string Text = "*Stressing* the importance of the Code of Conduct for Law Enforcement Officials,[^1]\n\n1. " + Urges + "\n\n[^1]: United Nations, Treaty Series, vol. 2241, No. 39574.\n";
        var comparison = Compare(Text, Text.Replace("vol. 2241", "vols. 2241 and 2983"));

        Assert.Equal(1, Section(comparison, ComparedSection.Footnotes).Changed);
        Assert.Equal(ComparedSection.Footnotes, comparison.Sections[^1].Section);
        Assert.Contains("1. United Nations, Treaty Series, [-vol-]{+vols+}. 2241{+ and 2983+}, No. 39574.", ComparisonTextRenderer.Render(comparison));
        Assert.DoesNotContain(comparison.Sections, section => section.Section == ComparedSection.Preamble && section.HasChanges);
    }

    [Fact]
    public void A_paragraph_cut_in_two_is_a_split()
    {
        var comparison = Compare(
            Reaffirming + "\n\n1. *Urges* Member States to continue to strengthen international cooperation in criminal matters, and invites them to consider ratifying the United Nations Convention against Transnational Organized Crime;\n",
            Reaffirming + "\n\n1. " + Urges + "\n\n2. " + Invites + "\n");

        var operative = Section(comparison, ComparedSection.Operative);
        Assert.Equal((0, 1, 1), (operative.New, operative.Changed, operative.Split));
        Assert.Contains("(split from operative paragraph 1)", ComparisonTextRenderer.Render(comparison));
    }

    [Fact]
    public void A_subparagraph_is_a_unit_of_its_own()
    {
        const string Paragraph = "1. *Requests* the United Nations Office on Drugs and Crime:\n\n   (a) To continue to provide technical assistance to Member States;\n\n   (b) To report to the Commission at its thirtieth session;\n";
        var comparison = Compare(Reaffirming + "\n\n" + Paragraph, Reaffirming + "\n\n" + Paragraph.Replace("thirtieth", "thirty-first"));

        var changed = Assert.Single(comparison.Sections, section => section.HasChanges);
        Assert.Equal((ComparedSection.Operative, 1, 2), (changed.Section, changed.Changed, changed.Unchanged));
        Assert.Contains("~ (b) To report to the Commission at its [-thirtieth-]{+thirty-first+} session;", ComparisonTextRenderer.Render(comparison));
    }

    [Fact]
    public void A_no_break_space_for_a_plain_one_is_no_change_of_wording()
    {
        var comparison = Compare(Reaffirming + "\n\n1. " + Urges + "\n", Reaffirming.Replace("17 December", "17\u00A0December") + "\n\n1. " + Urges + "\n");

        var preamble = Section(comparison, ComparedSection.Preamble);
        Assert.Equal((0, 1), (preamble.Changed, preamble.Respaced));
        Assert.False(comparison.HasChanges);
    }

    [Fact]
    public void The_same_text_has_no_changes()
    {
        var text = Reaffirming + "\n\n1. " + Urges + "\n";
        var comparison = TextComparison.Compare(ComparedTexts.Draft(text), ComparedTexts.Draft(text));

        Assert.False(comparison.HasChanges);
        Assert.All(comparison.Sections, section => Assert.EndsWith(": unchanged", section.ToString()));
    }
}

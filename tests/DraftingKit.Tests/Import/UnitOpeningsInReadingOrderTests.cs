using DraftingKit.Import;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Issue 15: units the reading order tells apart by their first words though no lead the vocabulary knows opens them:
/// a schedule's days under a chapeau (A/RES/75/326, 77/328), an agreement's recitals (A/RES/75/257 B), a declaration's
/// first-person leads (A/RES/76/294) and bulleted items under their heading (A/RES/76/258).
/// </summary>
public sealed class UnitOpeningsInReadingOrderTests
{
    [Fact]
    public void A_weekday_its_date_and_a_colon_open_a_schedules_entry()
    {
        Assert.True(ScheduleEntry.Opens("Thursday, 2 June: from 9.30 a.m. to 1 p.m. and from 3 to 6 p.m."));
        Assert.True(ScheduleEntry.Opens("Monday, 27 May: from 10 a.m. to 1 p.m., including an opening segment"));
        Assert.False(ScheduleEntry.Opens("Monday, 27 May 2024, at United Nations Headquarters;"));
        Assert.False(ScheduleEntry.Opens("Thursday and Friday, 2 and 3 June, in Stockholm"));
    }

    [Fact]
    public void A_schedules_days_under_its_chapeau_stand_apart()
    {
        var paragraphs = Read(
            "3.", string.Empty, "Further decides that the plenary meetings will be held as follows:",
            "Monday, 27 May: from 10 a.m. to 1 p.m., including an opening segment from 10 to 11 a.m.,", "and from 3 to 6 p.m.;",
            "Tuesday, 28 May: from 9 a.m. to 1 p.m. and from 3 to 6 p.m.;",
            "4.", string.Empty, "Decides that the interactive dialogues will be held on Monday, 27 May, and",
            "Tuesday, 28 May, in the afternoon;");

        Assert.Contains("Monday, 27 May: from 10 a.m. to 1 p.m., including an opening segment from 10 to 11 a.m., and from 3 to 6 p.m.;", paragraphs);
        Assert.Contains("Tuesday, 28 May: from 9 a.m. to 1 p.m. and from 3 to 6 p.m.;", paragraphs);
        Assert.Contains("4. Decides that the interactive dialogues will be held on Monday, 27 May, and Tuesday, 28 May, in the afternoon;", paragraphs);
    }

    [Fact]
    public void Whereas_and_now_therefore_open_an_agreements_recitals()
    {
        Assert.True(Recital.Opens("Whereas the parties to the Agreement agree that upon the completion"));
        Assert.True(Recital.Opens("Now therefore the United Nations and the Royal Government of Cambodia"));
        Assert.False(Recital.Opens("Whereas Clauses"));
        Assert.False(Recital.Opens("Now is the time to act"));

        var paragraphs = Read(
            "Adopts the addendum to the Agreement, as contained in the annex to the present resolution;",
            "Whereas the parties to the Agreement agree that upon the completion of all judicial",
            "proceedings under Article 1 of the Agreement, the Extraordinary Chambers will need to",
            "carry out a number of essential residual functions identified in this Addendum;",
            "Whereas the parties to the Agreement have engaged in consultations on transitional",
            "arrangements for the completion of the work of the Extraordinary Chambers;",
            "Now therefore the United Nations and the Royal Government of Cambodia have agreed as follows:");

        Assert.Contains("Whereas the parties to the Agreement have engaged in consultations on transitional arrangements for the completion of the work of the Extraordinary Chambers;", paragraphs);
        Assert.Contains("Now therefore the United Nations and the Royal Government of Cambodia have agreed as follows:", paragraphs);
    }

    [Fact]
    public void The_base_form_of_an_operative_lead_opens_a_first_person_declarations_paragraph()
    {
        Assert.True(FirstPersonLead.Opens("Recognize that road safety is an urgent development priority", LeadVocabulary.Openers));
        Assert.True(FirstPersonLead.Opens("Stress the need to strengthen road safety management", LeadVocabulary.Openers));
        Assert.False(FirstPersonLead.Opens("Recognizes that road safety is an urgent development priority", LeadVocabulary.Openers));
        Assert.False(FirstPersonLead.Opens("Road traffic crashes continue to place a burden on society", LeadVocabulary.Openers));
        Assert.True(FirstPersonLead.Declares(new[] { "We, ministers and other representatives of States and Governments," }));
        Assert.False(FirstPersonLead.Declares(new[] { "“We, the peoples of the United Nations”," }));
    }

    [Fact]
    public void First_person_leads_part_only_under_a_first_person_formula()
    {
        string[] body =
        {
            "improving global road safety:",
            "Recognize that road safety is an urgent development priority, a major public health",
            "problem and a social equity issue;",
            "Recall General Assembly resolutions on improving global road safety, and acknowledge",
            "the importance of the past three Global Ministerial Conferences on Road Safety;",
        };

        var declared = Read(new[] { "We, ministers and other representatives of States and Governments, assembled at the United", "Nations on 30 June and 1 July 2022, for a high-level meeting with a dedicated focus on" }.Concat(body).ToArray());
        var undeclared = Read(new[] { "Decides to convene a high-level meeting on 30 June and 1 July 2022 with a dedicated focus on" }.Concat(body).ToArray());

        Assert.Contains("Recognize that road safety is an urgent development priority, a major public health problem and a social equity issue;", declared);
        Assert.Contains(declared, p => p.StartsWith("Recall General Assembly resolutions", StringComparison.Ordinal));
        Assert.DoesNotContain(undeclared, p => p.StartsWith("Recognize ", StringComparison.Ordinal) || p.StartsWith("Recall ", StringComparison.Ordinal));
    }

    [Fact]
    public void Bulleted_items_part_under_their_heading()
    {
        Assert.True(BulletItem.Opens("• Achieve a sustainable increase in coverage"));
        Assert.False(BulletItem.Opens("•Achieve"));
        Assert.False(BulletItem.Opens("Achieve • a sustainable increase"));

        var paragraphs = Read(
            "Notes that a lack of capacities and limited resources in least developed countries are",
            "major constraints to providing comprehensive and sustainable social protection.",
            "Targets",
            "• Achieve a sustainable increase in coverage of nationally appropriate comprehensive and",
            "universal social protection systems and measures, including floors, for all in the least",
            "developed countries.",
            "• Provide food and emergency assistance everywhere to those in need.");

        Assert.Contains("Targets", paragraphs);
        Assert.Contains("• Achieve a sustainable increase in coverage of nationally appropriate comprehensive and universal social protection systems and measures, including floors, for all in the least developed countries.", paragraphs);
        Assert.Contains("• Provide food and emergency assistance everywhere to those in need.", paragraphs);
    }

    private static List<string> Read(params string[] body) =>
        FlowingText.Paragraphs(string.Join("\n", new[] { "The General Assembly,", "Recalling its resolution 74/264 of 27 December 2019 and its other resolutions on the subject,", "Noting with appreciation the report of the Secretary-General on the subject,", "1.", string.Empty, "Welcomes the report of the Secretary-General;", "2.", string.Empty }.Concat(body)), LeadVocabulary.Openers)
            .Split("\n\n").Select(p => string.Join(" ", p.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))).Where(p => p.Length > 0).ToList();
}

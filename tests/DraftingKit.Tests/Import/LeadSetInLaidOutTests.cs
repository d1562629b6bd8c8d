using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A laid-out paragraph's first line set in under a full line that stops on a word: where the paragraph above lost its
/// last words and punctuation (A/RES/76/305 as LibreOffice and pdftotext <c>-layout</c> print it), only the indent and
/// the lead's grammar show the break.
/// </summary>
public sealed class LeadSetInLaidOutTests
{
    private static readonly string[] Head =
    {
        "                                                                                    A/RES/76/305",
        "General Assembly",
        "                                                                                    Distr.: General",
        "                                                                                    13 September 2022",
        "",
        "Seventy-sixth session",
        "Agenda item 31",
        "",
        "Resolution adopted by the General Assembly on 8 September 2022",
        "",
        "76/305. Financing for peacebuilding",
        "",
        "                     The General Assembly,",
        "",
    };

    /// <summary>The paragraphs <see cref="LaidOutText"/> gives back, each one's lines trimmed and joined; the head makes every page read as laid out.</summary>
    private static List<string> Paragraphs(IEnumerable<string> lines) => LaidOutText.Paragraphs(string.Join("\n", Head.Concat(lines)) + "\n\f").Split('\f')[0]
        .Split("\n\n")
        .Select(paragraph => string.Join(" ", paragraph.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)))
        .Where(paragraph => paragraph.Length > 0)
        .ToList();

    [Fact]
    public void A_lead_set_in_under_a_full_line_that_lost_its_end_opens_its_paragraph()
    {
        var paragraphs = Paragraphs(new[]
        {
            "                     Welcoming also the important role of other relevant United Nations funds in",
            "               contributing to peacebuilding and sustaining peace, includingdedicated to peacebuilding",
            "                    Recognizing the contributions of the United Nations development system to",
            "               peacebuilding, and affirming the importance of financing and implementing the Sustainable",
            "               Development Goals, which also contributes to comprehensive peacebuilding and sustaining",
            "               peace,",
            "                    Stressing the importance of a coherent and integrated approach,",
        });

        Assert.Contains("Welcoming also the important role of other relevant United Nations funds in contributing to peacebuilding and sustaining peace, includingdedicated to peacebuilding", paragraphs);
        Assert.Contains("Recognizing the contributions of the United Nations development system to peacebuilding, and affirming the importance of financing and implementing the Sustainable Development Goals, which also contributes to comprehensive peacebuilding and sustaining peace,", paragraphs);
    }

    [Fact]
    public void A_name_set_in_under_a_full_line_goes_on_its_sentence()
    {
        // "Beijing Declaration" ends like a participle, but a capital follows: a name, not a lead.
        var paragraphs = Paragraphs(new[]
        {
            "                     Recalling the Fourth World Conference on Women, and reaffirming the commitments of the",
            "               Conference to the full and effective implementation of the principles set out in the",
            "                    Beijing Declaration and Platform for Action, and the outcome of its twenty-third",
            "               special session,",
        });

        Assert.Single(paragraphs, paragraph => paragraph.StartsWith("Recalling the Fourth", StringComparison.Ordinal) && paragraph.EndsWith("special session,", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lead_at_the_running_column_under_a_full_line_goes_on_its_sentence()
    {
        // Not set in: a wrapped line that happens to open with a participle and a word in lower case.
        var paragraphs = Paragraphs(new[]
        {
            "                     Noting the efforts of Member States to strengthen their national systems for",
            "               Recognizing and recording the births of all children, and encouraging them to continue",
            "               those efforts,",
        });

        Assert.Single(paragraphs, paragraph => paragraph.StartsWith("Noting the efforts", StringComparison.Ordinal) && paragraph.EndsWith("those efforts,", StringComparison.Ordinal));
    }
}

using DraftingKit.Import;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Issue 15: an annex's heading alone on its line ("Annex") stands apart from the annex's title under it in a PDF's
/// reading order, where no blank line parts them; "annex" in a sentence does not.
/// </summary>
public sealed class AnnexHeadingInReadingOrderTests
{
    /// <summary>The first page of A/RES/77/289 and the top of its second, in pdftotext's reading order.</summary>
    private static readonly string[] Flowing =
    {
        "A/RES/77/289",
        "General Assembly",
        "Distr.: General",
        "26 May 2023",
        "Seventy-seventh session",
        "Agenda item 18 (c)",
        "Sustainable development: disaster risk reduction",
        "",
        "Resolution adopted by the General Assembly on 18 May 2023",
        "[without reference to a Main Committee (A/77/L.70)]",
        "",
        "77/289.",
        "",
        "Political declaration of the high-level meeting on the midterm review of",
        "the Sendai Framework for Disaster Risk Reduction 2015–2030",
        "The General Assembly",
        "Adopts the political declaration of the high-level meeting on the midterm review of the",
        "Sendai Framework for Disaster Risk Reduction 2015–2030, as contained in the annex to the",
        "present resolution.",
        "71st plenary meeting",
        "18 May 2023",
        "",
        "\fA/RES/77/289",
        "",
        "Annex",
        "Political declaration of the high-level meeting on the midterm",
        "review of the Sendai Framework for Disaster Risk Reduction",
        "2015–2030",
        "1.",
        "",
        "We, Heads of State and Government, Ministers and High Representatives, gathered at",
        "the United Nations on 18 and 19 May 2023 for the high-level meeting of the General",
        "Assembly on the midterm review of the Sendai Framework for Disaster Risk Reduction",
        "2015–20301 to assess progress on integrating disaster risk reduction into policies,",
        "programmes and investments at all levels, identify good practices, gaps and challenges",
        "and accelerate the path to achieving the outcome and goal of the Sendai Framework and",
        "its seven global targets by 2030. We reaffirm our commitment to the full",
        "implementation of the Sendai Framework, including its guiding principles and four",
        "priorities for action.",
        "",
        "2.",
        "",
        "We recall that the Sendai Framework applies to risks of small- and large-scale, frequent",
        "and infrequent, sudden- and slow-onset disasters caused by natural and man-made",
        "hazards, as well as related environmental, technological and biological hazards and"
    };

    private static List<string> Paragraphs(IEnumerable<string> lines) =>
        FlowingText.Paragraphs(string.Join("\n", lines), LeadVocabulary.Openers).Split("\n\n")
            .Select(block => string.Join(" ", block.Split('\n').Select(line => line.Replace("\f", string.Empty).Trim()).Where(line => line.Length > 0))).ToList();

    [Fact]
    public void An_annexs_heading_stands_apart_from_its_title()
    {
        var paragraphs = Paragraphs(Flowing);

        Assert.Contains("Annex", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("Political declaration of the high-level meeting on the midterm review", StringComparison.Ordinal) && p.EndsWith("2015–2030", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Annex")]
    [InlineData("Annex II")]
    [InlineData("Annex B")]
    public void An_annexs_heading_is_the_word_and_its_designation_alone(string line) => Assert.True(AnnexHeadingLine.IsMatch(line));

    [Theory]
    [InlineData("annex")]
    [InlineData("Annex to the present resolution")]
    [InlineData("Annexes to the report")]
    public void Annex_in_a_sentence_is_no_heading(string line) => Assert.False(AnnexHeadingLine.IsMatch(line));
}

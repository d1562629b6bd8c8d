using DraftingKit.Import;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// The Security Council's leads as evidence of where a paragraph opens in a text read in reading order: "Acting under
/// Chapter VII of the Charter" reads like a title in capitals to the grammar (<see cref="ParticipleLead"/>), so only
/// the Council's own leads, generated from its AKN4UN files, tell that it opens its paragraph.
/// </summary>
public sealed class CouncilLeadsInReadingOrderTests
{
    /// <summary>The preamble's end as the reading order of S/RES/2706 (2023) gives it.</summary>
    private const string CouncilPreamble = """
        The Security Council,
        Determining that the situation in the region of the Former Yugoslavia continues to
        constitute a threat to international peace and security,
        Acting under Chapter VII of the Charter of the United Nations,
        1.

        Authorizes the Member States acting through or in cooperation with the EU to establish
        for a further period of 12 months a multinational stabilization force;
        2.

        Decides to remain seized of the matter.
        """;

    [Fact]
    public void The_Councils_lead_opens_its_paragraph_after_a_unit_ends()
    {
        var paragraphs = Paragraphs(CouncilPreamble, LeadVocabulary.Openers);

        Assert.Equal(5, paragraphs.Count);
        Assert.Equal("Acting under Chapter VII of the Charter of the United Nations,", paragraphs[2]);
        Assert.StartsWith("1. Authorizes", paragraphs[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_Councils_leads_the_lead_runs_into_the_paragraph_before()
    {
        // The Assembly's leads alone: the grammar refuses the title-like lead, so the evidence is what opens it.
        var paragraphs = Paragraphs(CouncilPreamble, LeadVocabulary.Default);

        Assert.EndsWith("peace and security, Acting under Chapter VII of the Charter of the United Nations,", paragraphs[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrapped_line_opening_with_a_Council_lead_goes_on_its_sentence()
    {
        // The line before ends no unit: "Acting" there is the sentence's word, whatever the vocabulary.
        var paragraphs = Paragraphs(CouncilPreamble.Replace("peace and security,\nActing", "peace and security, the States\nActing"), LeadVocabulary.Openers);

        Assert.Equal(4, paragraphs.Count);
        Assert.Contains("the States Acting under Chapter VII", paragraphs[1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_openers_add_the_Councils_leads_to_the_Assemblys_and_leave_the_rules_vocabulary_alone()
    {
        Assert.Null(LeadVocabulary.Default.PreambularLeadAtStart("Acting under Chapter VII"));
        Assert.Equal("Acting", LeadVocabulary.Openers.PreambularLeadAtStart("Acting under Chapter VII"));
        Assert.Equal("Directs", LeadVocabulary.Openers.OperativeLeadAtStart("Directs the Panel"));
        Assert.All(LeadVocabulary.Default.Preambular.Keys, lead => Assert.True(LeadVocabulary.Openers.Preambular.ContainsKey(lead)));
        Assert.All(LeadVocabulary.Default.Operative.Keys, lead => Assert.True(LeadVocabulary.Openers.Operative.ContainsKey(lead)));
    }

    [Theory]
    [InlineData("stressing the need")]
    [InlineData("Cooperation with Sanctions Committees")]
    [InlineData("Weapons and ammunition management")]
    public void A_Council_lead_in_lower_case_or_written_once_opens_nothing(string line)
    {
        // Opening italics the Council wrote once or in lower case are as likely a heading or a slip as a lead.
        Assert.Null(LeadVocabulary.Openers.PreambularLeadAtStart(line));
        Assert.Null(LeadVocabulary.Openers.OperativeLeadAtStart(line));
    }

    private static List<string> Paragraphs(string text, LeadVocabulary vocabulary) =>
        FlowingText.Paragraphs(text.Replace("\r\n", "\n"), vocabulary)
            .Split("\n\n")
            .Select(block => string.Join(" ", block.Split('\n').Where(line => line.Trim().Length > 0)))
            .Where(block => block.Length > 0)
            .ToList();
}

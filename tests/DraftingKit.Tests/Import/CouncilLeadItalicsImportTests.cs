using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Issue 15: a Security Council text read from plain text sets its leads in italics the Council's way and knows the
/// Council's leads ("Determining", "Emphasising"), while the same words under the Assembly's formula keep the
/// Assembly's way.
/// </summary>
public sealed class CouncilLeadItalicsImportTests
{
    // S/RES/2767 (2024) as a PDF's text layer gives it, shortened.
    private const string Paragraphs = """
        Reaffirming its strong commitment to the sovereignty, territorial integrity, political independence and unity of Somalia,

        Emphasising the need for the African Union and the United Nations to work together,

        Expressing concern at the continued threat posed by Al-Shabaab,

        Determining that the situation in Somalia continues to constitute a threat to international peace and security in the region,

        1. Decides to authorise the Member States of the African Union to take all necessary measures;

        2. Takes note of the letter of the Chairperson;

        3. Decides to remain actively seized of the matter.
        """;

    [Fact]
    public void A_Council_text_ends_its_leads_as_the_Council_does_and_reports_none_unknown()
    {
        var result = UnDocumentImporter.ImportText("S-RES-2767.txt", "The Security Council,\n\n" + Paragraphs);

        var document = Assert.Single(result.Texts).Document;
        Assert.Equal(["Reaffirming", "Emphasising", "Expressing", "Determining"], document.PreambularParagraphs().Select(p => p.Lead));
        Assert.Equal(["Decides", "Takes note", "Decides"], document.OperativeParagraphs().Select(p => p.Lead));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "DK0105");
    }

    [Fact]
    public void The_same_paragraphs_under_the_Assembly_s_formula_keep_the_Assembly_s_leads()
    {
        var result = UnDocumentImporter.ImportText("A-RES.txt", "The General Assembly,\n\n" + Paragraphs);

        var document = Assert.Single(result.Texts).Document;
        Assert.Equal("Reaffirming its strong commitment", document.PreambularParagraphs().First().Lead);
        Assert.Contains(result.Diagnostics, d => d.Id == "DK0105" && d.Message.Contains("'Determining'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_text_s_one_paragraph_under_its_formula_has_a_known_lead()
    {
        // A/RES/77/289 as a PDF's text layer gives it: the paragraph is read as a preamble's before it is known to be
        // the text's one operative paragraph, and "Adopts" is an operative lead.
        const string text = """
            A/RES/77/289
            General Assembly
            Distr.: General
            26 May 2023
            Seventy-seventh session
            Agenda item 18 (c)
            Sustainable development: disaster risk reduction

            Resolution adopted by the General Assembly on 18 May 2023
            [without reference to a Main Committee (A/77/L.70)]

            77/289.

            Political declaration of the high-level meeting on the midterm review of
            the Sendai Framework for Disaster Risk Reduction 2015–2030
            The General Assembly
            Adopts the political declaration of the high-level meeting on the midterm review of the
            Sendai Framework for Disaster Risk Reduction 2015–2030, as contained in the annex to the
            present resolution.
            71st plenary meeting
            18 May 2023
            """;

        var result = UnDocumentImporter.ImportText("A-RES-77-289.txt", text);

        Assert.Equal("Adopts", Assert.Single(Assert.Single(result.Texts).Document.OperativeParagraphs()).Lead);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "DK0105");
    }

    [Theory]
    [InlineData("The Security Council,", "The Security Council")]
    [InlineData("The General Assembly,", "The General Assembly")]
    [InlineData("*The General Assembly,*", "The General Assembly,")]
    public void A_formula_that_stands_alone_is_in_italics_as_the_UN_prints_it(string formula, string italics)
    {
        var result = UnDocumentImporter.ImportText("text.txt", formula + "\n\n" + Paragraphs);

        var text = Assert.Single(Assert.Single(result.Texts).Document.Parts).Formula!.Text;
        Assert.Equal(italics, text.ItalicLead);
        Assert.Equal(formula.Trim('*'), text.PlainText);
    }
}

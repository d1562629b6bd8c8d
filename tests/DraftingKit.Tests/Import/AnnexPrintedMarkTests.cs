using DraftingKit.Import;
using DraftingKit.Model;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A printed mark ("a.", "b.") under an annex's paragraph that ends with a colon opens that paragraph's item, as in the
/// operative part: S/RES/2551 (2020), annex C, as pdftotext's reading order gives it.
/// </summary>
public sealed class AnnexPrintedMarkTests
{
    private const string Text = """
        S/RES/2551 (2020)
        Security Council
        Distr.: General
        12 November 2020

        Resolution 2551 (2020)
        Adopted by the Security Council at its 8775th meeting, on 12 November 2020
        The Security Council,
        Reaffirming its respect for the sovereignty, territorial integrity, political independence
        and unity of Somalia,
        1.

        Decides to remain seized of the matter.

        1/2

        \fS/RES/2551 (2020)

        Annex C
        Improvised Explosive Devices (IED) Components
        Part I
        1.

        Explosive materials, as follows, and mixtures containing one or more thereof:
        a. Nitrocellulose (containing more than 12.5% nitrogen w/w);
        b. Trinitrophenylmethylnitramine (tetryl);
        c. Nitroglycerin (except when packaged/prepared in individual medicinal doses)
        2.

        Explosive-related goods:
        a. Equipment and devices specially designed to initiate explosives by electrical or
        non-electrical means (e.g. firing sets, detonators, igniters, detonating chord).
        3.

        “Technology” required for the “production” or “use” of the items listed at paras. 1 & 2.

        2/2

        """;

    [Fact]
    public void Marks_under_an_annex_paragraph_that_ends_with_a_colon_are_its_items()
    {
        var paragraphs = Paragraphs(Text);

        Assert.Equal(new[] { "1", "2", "3" }, paragraphs.Select(paragraph => paragraph.Label).ToArray());
        Assert.Equal(
            new[] { "a. Nitrocellulose (containing more than 12.5% nitrogen w/w);", "b. Trinitrophenylmethylnitramine (tetryl);", "c. Nitroglycerin (except when packaged/prepared in individual medicinal doses)" },
            paragraphs[0].Subparagraphs.Select(item => item.Text.PlainText).ToArray());
        Assert.StartsWith("a. Equipment and devices", Assert.Single(paragraphs[1].Subparagraphs).Text.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mark_under_an_annex_paragraph_that_closed_its_sentence_stands_apart()
    {
        var paragraphs = Paragraphs(Text.Replace("one or more thereof:", "one or more thereof.", StringComparison.Ordinal));

        Assert.Empty(paragraphs[0].Subparagraphs);
        Assert.Contains(Texts(Text.Replace("one or more thereof:", "one or more thereof.", StringComparison.Ordinal)), text => text.StartsWith("a. Nitrocellulose", StringComparison.Ordinal));
    }

    [Fact]
    public void A_mark_under_a_heading_stands_apart()
    {
        var text = Text.Replace("Explosive-related goods:", "Explosive-related goods:\nPart II", StringComparison.Ordinal);

        // The heading closes the paragraph before it: the mark under it is no item of that paragraph.
        Assert.Empty(Paragraphs(text)[1].Subparagraphs);
    }

    /// <summary>S/RES/2551 (2020) laid out by pdftotext: its first page, the page of its last paragraph, and the page that holds annex C.</summary>
    private const string LaidOut = """"
                                                                                               S/RES/2551 (2020)
        Security Council
                                                                                                   Distr.: General
                                                                                                   12 November 2020


        Resolution 2551 (2020)
        Adopted by the Security Council at its 8775th meeting, on 12 November 2020

                             The Security Council,
                           Recalling all its previous resolutions and statements of its President on the situation in
                       Somalia,
                             Reaffirming its respect for the sovereignty, territorial integrity, political independence
                       and unity of Somalia, and underscoring the importance of working to prevent destabilising
                       effects of regional disputes from spilling over into Somalia,
                             Recalling paragraphs 1 to 8 of resolution 2444 (2018), and reaffirming that it will
                       continue to follow developments towards the normalisation of relations between Eritrea and
                       Djibouti and will support the two countries in the resolution of these matters in good faith,
                             Expressing its support for the Federal Government of Somalia (FGS) in its efforts to
                       reconstruct the country, counter the threat of terrorism, and stop the movement of illegal arms
                       and armed groups, further expressing its intention to ensure the measures in this resolution
                       will enable the FGS in the realisation of these objectives, noting that the security situation in
                       Somalia continues to necessitate these measures, including strict controls on the movement of
                       arms but affirming that it shall keep the situation in Somalia under constant review and that it
                       shall be prepared to review the appropriateness of the measures contained in this resolution,
                       including any modification, possible benchmarks, suspension or lifting of the measures, as
                       may be needed in light of the progress achieved and compliance with this resolution,
                             Welcoming the recent increased dialogue between leaders of the FGS and the Federal
                       Member States (FMS), emphasising the importance of co-operation and coordination between
                       the FGS and the FMS and implementation of the National Security Architecture, recalling
                       resolution 2520 and reiterating the importance of further progress on updating, reviewing and
                       implementing the Somalia Transition Plan (STP), and noting that a successful transition to
                       Somali-led security from the African Union Mission in Somalia (AMISOM), as set out under
                       the Transition Plan, is fundamental to the maintenance of peace and stability in the region,
                              Condemning Al-Shabaab attacks in Somalia and beyond, expressing grave concern that
                       Al-Shabaab continues to pose a serious threat to the peace, security and stability of Somalia
                       and the region, particularly through its increased use of improvised explosive devices (IEDs),
                       and further expressing grave concern at the continued presence in Somalia of affiliates linked
                       to Islamic State in Iraq and the Levant (ISIL also known as Da’esh),
                             Reaffirming the need to combat by all means, in accordance with the Charter of the
                       United Nations and international law, including applicable international human rights law,
                       international refugee law, and international humanitarian law, threats to international peace
                       and security caused by terrorist acts,
                             Welcoming progress made by the FGS on weapons and ammunition management
                       (WAM), including the adoption of the National WAM Strategy, urging continued work
                       codifying and implementing weapons and ammunition management policies including
                       developing an accountable weapons tracing system for all Somali security forces, recognising
                                                                                                 S/RES/2551 (2020)



              equipment upon distribution of imported arms and ammunition, and requests future
              reports of the JVT to cross-reference serial numbers of weapons documented by the
              JVT with available records detailing the distribution of arms to the security forces;
        38.   Decides to remain seized of the matter.




                                                                                                              9/11
                                                                                                        S/RES/2551 (2020)



              • Global Navigation Satellite Systems (GNSS) positioning equipment, specifically
        designed or modified for military use.

        Annex C

        Improvised Explosive Devices (IED) Components

        Explosive materials, explosives precursors, explosive-related equipment,
        and related technology

        Part I
        1.   Explosive materials, as follows, and mixtures containing one or more thereof:
             a. Nitrocellulose (containing more than 12.5% nitrogen w/w);
             b. Trinitrophenylmethylnitramine (tetryl);
             c. Nitroglycerin (except when packaged/prepared in individual medicinal doses)
        2.   Explosive-related goods:
             a. Equipment and devices specially designed to initiate explosives by electrical or non-
                   electrical means (e.g. firing sets, detonators, igniters, detonating chord).
        3.   “Technology” required for the “production” or “use” of the items listed at paras. 1 & 2.

        Part II
        1.   Explosive materials, as follows, and mixtures containing one or more thereof:
             a. Ammonium Nitrate Fuel Oil (ANFO);
             b. Nitroglycol;
             c. Pentaerythritol tetranitrate (PETN);
             d. Picryl chloride;
             e. 2,4,6-Trinitrotoluene (TNT).
        2.   Explosives precursors:
             a. Ammonium nitrate;
             b. Potassium nitrate;
             c. Sodium chlorate;
             d. Nitric acid;
             e. Sulphuric acid.




                                                                                                                    11/11

        """";

    [Fact]
    public void Laid_out_a_letter_set_apart_by_a_labels_gap_labels_a_paragraph_of_the_annex()
    {
        // S/RES/2607 (2021), annex C, laid out: its letters print in the numbers' column with a label's gap.
        var layout = LaidOut.Replace("     a. Nitrocellulose", "a.   Nitrocellulose", StringComparison.Ordinal).Replace("     b. Trinitro", "b.   Trinitro", StringComparison.Ordinal);
        Assert.NotEqual(LaidOut, layout);
        var paragraphs = Paragraphs(layout);

        Assert.Equal(new[] { "1", "a", "b" }, paragraphs.Take(3).Select(paragraph => paragraph.Label).ToArray());
        Assert.Equal("Nitrocellulose (containing more than 12.5% nitrogen w/w);", paragraphs[1].Text.PlainText);
        Assert.Empty(paragraphs[0].Subparagraphs);
    }

    [Fact]
    public void Laid_out_a_mark_set_in_with_one_space_opens_an_item()
    {
        var paragraphs = Paragraphs(LaidOut);

        Assert.Equal(3, paragraphs[0].Subparagraphs.Count());
        Assert.DoesNotContain(paragraphs, paragraph => paragraph.Label == "a");
    }

    private static List<TextParagraph> Paragraphs(string text) => Blocks(text).OfType<TextParagraph>().ToList();

    /// <summary>The words of each of the annex's headings and paragraphs, in order.</summary>
    private static List<string> Texts(string text) =>
        Blocks(text).Select(block => block switch { Heading heading => heading.Text.PlainText, TextParagraph paragraph => paragraph.Text.PlainText, _ => string.Empty }).ToList();

    private static EquatableArray<BodyBlock> Blocks(string text)
    {
        var document = Assert.Single(UnDocumentImporter.ImportText("S-RES-2551.txt", text).Texts).Document;
        return Assert.Single(document.Annexes).Blocks;
    }
}

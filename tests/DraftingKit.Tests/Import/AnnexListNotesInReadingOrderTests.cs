using DraftingKit.Import;
using DraftingKit.Model;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// The lists of a sanctions annex as the Security Council prints them (S/RES/2551 (2020), 2607 (2021), annexes A and
/// B): an explanatory note under an item ("Note: ‘Aircraft’ means …", <see cref="ExplanatoryNote"/>) and the items of a
/// bullet's second level ("◦ Soft body armour …", "o Soft body armour …", <see cref="BulletItem"/>) are paragraphs of
/// their own, in a PDF's reading order and in a text with blank lines alike.
/// </summary>
public sealed class AnnexListNotesInReadingOrderTests
{
    /// <summary>S/RES/2551 (2020), annex A, as pdftotext prints it without -layout.</summary>
    private const string ItemsWithNotes = """
        The Security Council,
        1.

        Decides that the items in annex A require the Committee’s advance approval;
        2.

        Decides to remain actively seized of the matter.
        Annex A
        Items subject to the Committee’s advance approval
        1.

        Surface to air missiles, including Man-Portable Air-Defence Systems (MANPADS);
        2.

        Weapons with a calibre greater than 12.7 mm, and components specially designed for these,
        and associated ammunition;
        Note: (This does not include shoulder fired anti-tank rocket launchers such as RPGs or
        LAWs (light anti-tank weapon), rifle grenades, or grenade launchers.);
        3.

        Mortars with a calibre greater than 82 mm and associated ammunition;
        7.

        Aircraft, specifically designed or modified for military use;
        Note: ‘Aircraft’ means fixed wing, swivel wing, rotary wing, tilt rotor or tilt wing
        vehicle, or helicopter.
        8.

        ‘Vessels’ and amphibious vehicles specifically designed or modified for military use;
        """;

    [Fact]
    public void A_note_under_an_item_is_a_paragraph_of_its_own()
    {
        var paragraphs = ReadingOrderParagraphs.Of(ItemsWithNotes, LeadVocabulary.Default);

        Assert.Contains("2. Weapons with a calibre greater than 12.7 mm, and components specially designed for these, and associated ammunition;", paragraphs);
        Assert.Contains("Note: (This does not include shoulder fired anti-tank rocket launchers such as RPGs or LAWs (light anti-tank weapon), rifle grenades, or grenade launchers.);", paragraphs);
        Assert.Contains("7. Aircraft, specifically designed or modified for military use;", paragraphs);
        Assert.Contains("Note: ‘Aircraft’ means fixed wing, swivel wing, rotary wing, tilt rotor or tilt wing vehicle, or helicopter.", paragraphs);
    }

    [Fact]
    public void A_note_after_a_line_that_ended_no_unit_goes_on_its_sentence()
    {
        var paragraphs = ReadingOrderParagraphs.Of(ItemsWithNotes.Replace("modified for military use;\nNote:", "modified for military use, as the\nNote:", StringComparison.Ordinal), LeadVocabulary.Default);

        Assert.Contains(paragraphs, paragraph => paragraph.Contains("for military use, as the Note: ‘Aircraft’ means", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Note: ‘Aircraft’ means fixed wing", true)]
    [InlineData("Note: military standards or specifications include", true)]
    [InlineData("Notes: The specific assignment", true)]
    [InlineData("Note 2: The posts", true)]
    [InlineData("Note with appreciation the work of the Committee", false)]
    [InlineData("note: the posts", false)]
    [InlineData("Noted: the posts", false)]
    public void Note_with_its_capital_and_colon_opens_an_explanatory_note(string line, bool opens) => Assert.Equal(opens, ExplanatoryNote.Opens(line));

    /// <summary>S/RES/2607 (2021), annex B: a bullet's item with its items of the second level and a note among them.</summary>
    private const string SecondLevel = """
        • Helmets manufactured according to military standards or specification, or comparable
        national standards;
        • Body armour or protective garments, as follows:
        ◦ Soft body armour or protective garments, manufactured to military standards or
        specifications, or their equivalents;
        Note: military standards or specifications include, as a minimum, specifications for
        fragmentation protection.
        ◦ Hard body armour plates providing ballistic protection equal to or greater that level
        III (NIJ 0101.06 July 2008) or national equivalents;
        • Ground vehicles specifically designed or modified for military use;
        """;

    [Theory]
    [InlineData("◦")]
    [InlineData("o")]
    public void Items_of_a_bullets_second_level_open_on_their_lines(string bullet)
    {
        var paragraphs = ReadingOrderParagraphs.Of(ItemsWithNotes + SecondLevel.Replace("◦", bullet, StringComparison.Ordinal), LeadVocabulary.Default);

        Assert.Contains("• Body armour or protective garments, as follows:", paragraphs);
        Assert.Contains(bullet + " Soft body armour or protective garments, manufactured to military standards or specifications, or their equivalents;", paragraphs);
        Assert.Contains("Note: military standards or specifications include, as a minimum, specifications for fragmentation protection.", paragraphs);
        Assert.Contains(bullet + " Hard body armour plates providing ballistic protection equal to or greater that level III (NIJ 0101.06 July 2008) or national equivalents;", paragraphs);
    }

    [Fact]
    public void An_o_bullet_in_lower_case_is_no_wrapped_lines_rest_in_an_annex()
    {
        // In a text with blank lines the assembler joins a block in lower case to the one above; an "o" bullet opens its own.
        var text = "S/RES/2551 (2020)\nSecurity Council\n\nResolution 2551 (2020)\n\nAdopted by the Security Council at its 8757th meeting, on 12 November 2020\n\n"
            + "The Security Council,\n\nRecalling its resolutions on Somalia,\n\n1. Decides that the items in annex B require a notification;\n\nAnnex B\n\n"
            + "Items requiring a notification\n\n• Body armour or protective garments, as follows:\n\n"
            + "o Soft body armour or protective garments, manufactured to military standards or specifications, or their equivalents;\n\n"
            + "o Hard body armour plates providing ballistic protection;\n";
        var annex = Assert.Single(Assert.Single(UnDocumentImporter.ImportText("S-RES-2551.txt", text).Texts).Document.Annexes);

        var paragraphs = annex.Blocks.OfType<TextParagraph>().Select(paragraph => paragraph.Text.PlainText.Trim()).ToList();
        Assert.Equal(3, paragraphs.Count);
        Assert.StartsWith("o Soft body armour", paragraphs[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("o Soft body armour", true)]
    [InlineData("◦ Soft body armour", true)]
    [InlineData("• Achieve a sustainable increase", true)]
    [InlineData("o soft body armour", false)]
    [InlineData("of the Somali National Army", false)]
    public void A_bullet_of_the_second_level_opens_before_a_capital(string line, bool opens) => Assert.Equal(opens, BulletItem.Opens(line));
}

using DraftingKit.Import;
using DraftingKit.Model;

namespace DraftingKit.Tests.Import;

/// <summary>
/// The Security Council's resolutions as printed (issue 16): the masthead "S/RES/2618 (2022)", the number line
/// "Resolution 2618 (2022)", the adoption line "Adopted by the Security Council at its 8956th meeting, on 27 January
/// 2022" (or without a meeting, by written procedure), no title, then "The Security Council,". The importer knows
/// the organ from the text and reads the number, meeting and date of adoption; the lists the Council prints with
/// their marks ("– achieve …", "a. Assist …") stay items of the paragraph they follow. Arranged with the Council's
/// own text (S/RES/2618 (2022), S/RES/2515 (2020), S/RES/2531 (2020), S/RES/2524 (2020)).
/// </summary>
public sealed class CouncilPrintedTextTests
{
    private const string Masthead2618 = "S/RES/2618 (2022)\nSecurity Council\nDistr.: General\n27 January 2022\n\n";

    private const string Body2618 =
        "The Security Council,\n\n"
        + "Welcoming the report of the Secretary-General of 31 December 2021 on his Good Offices (S/2021/1109),\n\n"
        + "1. Reaffirms all its relevant resolutions on Cyprus;\n\n"
        + "2. Decides to remain seized of the matter.\n";

    private static ResolutionDocument ImportOne(string text)
    {
        var result = UnDocumentImporter.ImportText("S-RES.txt", text);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "DK0101");
        return Assert.Single(result.Texts).Document;
    }

    [Fact]
    public void Council_resolution_as_printed_is_adopted_with_its_number_meeting_and_date_and_no_title()
    {
        var document = ImportOne(Masthead2618 + "Resolution 2618 (2022)\n\nAdopted by the Security Council at its 8956th meeting, on 27 January 2022\n\n" + Body2618);

        var header = document.Header;
        Assert.Same(Organ.SecurityCouncil, header.Organ);
        Assert.Equal(DocumentStatus.Adopted, header.Status);
        Assert.Equal(DocumentKind.Resolution, header.Kind);
        Assert.Equal("S/RES/2618 (2022)", header.Symbol);
        Assert.Equal("2618 (2022)", header.Number);
        Assert.Equal("8956th meeting", header.Meeting);
        Assert.Equal("27 January 2022", header.Adopted.ToString());
        Assert.Null(header.Title);
        Assert.Equal("Welcoming", Assert.Single(document.PreambularParagraphs()).Lead);
        Assert.Equal(new int?[] { 1, 2 }, document.OperativeParagraphs().Select(p => p.Number).ToArray());
    }

    [Fact]
    public void Adoption_line_wrapped_over_two_lines_and_without_masthead_still_names_the_organ_and_the_symbol()
    {
        // A PDF's text layer breaks the adoption line where the column ends; without the masthead the symbol comes from the number.
        var document = ImportOne("Resolution 2618 (2022)\n\nAdopted by the Security Council at its 8956th meeting, on\n27 January 2022\n\n" + Body2618);

        Assert.Same(Organ.SecurityCouncil, document.Header.Organ);
        Assert.Equal("S/RES/2618 (2022)", document.Header.Symbol);
        Assert.Equal("8956th meeting", document.Header.Meeting);
        Assert.Equal(DocumentStatus.Adopted, document.Header.Status);
    }

    [Fact]
    public void Resolution_adopted_by_written_procedure_has_no_meeting()
    {
        // S/RES/2515 (2020), adopted without a meeting during the pandemic.
        var document = ImportOne(
            "S/RES/2515 (2020)\nSecurity Council\nDistr.: General\n30 March 2020\n\nResolution 2515 (2020)\n\nAdopted by the Security Council on 30 March 2020\n\n"
            + "The Security Council,\n\nRecalling its previous relevant resolutions,\n\n1. Decides to extend until 30 April 2021 the mandate of the Panel of Experts;\n");

        Assert.Equal(DocumentStatus.Adopted, document.Header.Status);
        Assert.Null(document.Header.Meeting);
        Assert.Equal("30 March 2020", document.Header.Adopted.ToString());
        Assert.Equal("2515 (2020)", document.Header.Number);
    }

    [Fact]
    public void General_Assembly_adoption_line_is_read_as_before()
    {
        var document = ImportOne(
            "A/RES/74/177\nGeneral Assembly\nDistr.: General\n27 January 2020\n\nResolution adopted by the General Assembly on 18 December 2019\n\n"
            + "74/177. Strengthening the United Nations crime prevention and criminal justice programme\n\nThe General Assembly,\n\nReaffirming its resolutions 46/152,\n\n1. Requests the Secretary-General to report;\n\n50th plenary meeting\n18 December 2019\n");

        Assert.Same(Organ.GeneralAssembly, document.Header.Organ);
        Assert.Equal("74/177", document.Header.Number);
        Assert.Equal("50th plenary meeting", document.Header.Meeting);
        Assert.NotNull(document.Header.Title);
    }

    [Fact]
    public void Items_printed_with_a_dash_stay_items_of_the_paragraph_that_announces_them()
    {
        // S/RES/2531 (2020), paragraph 3.
        var document = ImportOne("Resolution 2531 (2020)\n\nAdopted by the Security Council at its 8744th meeting, on 29 June 2020\n\n"
            + "The Security Council,\n\nRecalling its previous resolutions,\n\n"
            + "1. Urges the Malian parties to fulfil the following priority measures before the end of MINUSMA’s current mandate:\n\n"
            + "– achieve significant results towards the completion of the disarmament, demobilization and reintegration of the signatory armed groups;\n\n"
            + "– ensure the completion of the constitutional reform;\n\n"
            + "2. Decides to remain seized of the matter.\n");

        var first = document.OperativeParagraphs().First();
        Assert.Equal(new[] { "– achieve", "– ensure " }, first.Subparagraphs.Select(s => s.Text.PlainText.Substring(0, 9)).ToArray());
        Assert.All(first.Subparagraphs, s => Assert.Equal(ListStyle.Unlabelled, s.Style));
        Assert.Equal(2, document.OperativeParagraphs().Count());
    }

    [Fact]
    public void Items_printed_a_dot_under_a_heading_item_are_not_joined_to_it()
    {
        // S/RES/2524 (2020), paragraph 2: "(i) Assist the political transition … sustainable peace" (no closing
        // punctuation) over "a. Assist, through good offices …", which opens in lower case but is an item of its own.
        var document = ImportOne("Resolution 2524 (2020)\n\nAdopted by the Security Council at its 8760th meeting, on 4 June 2020\n\n"
            + "The Security Council,\n\nRecalling its previous resolutions,\n\n"
            + "1. Further decides that UNITAMS shall have the following strategic objectives:\n\n"
            + "(i) Assist the political transition, progress towards democratic governance, in the protection and promotion of human rights, and sustainable peace\n\n"
            + "a. Assist, through good offices, the Sudanese transition;\n\n"
            + "b. Provide technical assistance to the constitution drafting process;\n\n"
            + "2. Decides to remain actively seized of the matter.\n");

        var roman = Assert.Single(document.OperativeParagraphs().First().Subparagraphs);
        Assert.EndsWith("sustainable peace", roman.Text.PlainText, System.StringComparison.Ordinal);
        Assert.Equal(new[] { "a. Assist", "b. Provid" }, roman.Items.Select(s => s.Text.PlainText.Substring(0, 9)).ToArray());
    }
}

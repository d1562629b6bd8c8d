using System.Linq;
using System.Xml.Linq;
using DraftingKit.Import.Akn;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Tests.Rendering;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Import.Akn;

/// <summary>The Security Council's AKN4UN files (tests/corpus/akn4un-sc): imported and exported in the Council's form (issue 16).</summary>
public sealed class AknCouncilTests
{
    private static readonly XNamespace Akn = AknRenderer.Namespace;

    private static AknImportResult Import(string file) => AknImporter.ImportFile(RepositoryPaths.InRepository("tests", "corpus", "akn4un-sc", file));

    [Fact]
    public void A_Council_file_gives_the_organ_number_meeting_and_date_from_its_cover()
    {
        var result = Import("S_RES_2618_2022.xml");
        var header = result.Document.Header;

        Assert.Same(Organ.SecurityCouncil, header.Organ);
        Assert.Equal("S/RES/2618 (2022)", header.Symbol);
        Assert.Equal("2618 (2022)", header.Number);
        Assert.Equal("8956th meeting", header.Meeting);
        Assert.Equal(new UnDate(2022, 1, 27), header.Adopted);
        Assert.Null(header.Title);
        Assert.Null(header.Session);
    }

    [Fact]
    public void A_Council_file_without_preface_or_closing_is_not_reported_as_missing_them()
    {
        var result = Import("S_RES_2618_2022.xml");

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == AknImportDiagnostics.MissingMetadata.Id);
    }

    [Fact]
    public void A_text_adopted_without_a_meeting_keeps_its_date_and_no_meeting()
    {
        var header = Import("S_RES_2515_2020.xml").Document.Header;

        Assert.Null(header.Meeting);
        Assert.Equal(new UnDate(2020, 3, 30), header.Adopted);
        Assert.Equal("Adopted by the Security Council on 30 March 2020", HeaderLines.ReferenceLine(header));
    }

    [Fact]
    public void The_Council_export_has_the_Council_FRBR_identifiers_and_adoption_line_of_its_files()
    {
        var xml = XDocument.Parse(AknRenderer.Render(Import("S_RES_2618_2022.xml").Document));

        var work = xml.Descendants(Akn + "FRBRWork").Single();
        Assert.Equal("/akn/un/statement/deliberation/unsc/2022-01-27/2618-2022/", (string?)work.Element(Akn + "FRBRuri")!.Attribute("value"));
        Assert.Equal("sc", (string?)work.Element(Akn + "FRBRauthor")!.Attribute("href")?.Value.TrimStart('#'));
        var adoption = xml.Descendants(Akn + "docTitle").Single(e => (string?)e.Attribute("refersTo") == "#adoption");
        Assert.Equal("Adopted by the Security Council at its 8956th meeting, on 27 January 2022", adoption.Value);
        Assert.Equal("8956th meeting", adoption.Elements(Akn + "inline").Single(e => (string?)e.Attribute("name") == "adoptionMeeting").Value);
        Assert.Equal("2022-01-27", (string?)adoption.Element(Akn + "docDate")!.Attribute("date"));
        Assert.Empty(xml.Descendants(Akn + "conclusions"));
    }

    [Fact]
    public void The_Council_export_is_valid_against_the_Akoma_Ntoso_schema()
    {
        var problems = AknSchema.Validate(AknRenderer.Render(Import("S_RES_2618_2022.xml").Document));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}

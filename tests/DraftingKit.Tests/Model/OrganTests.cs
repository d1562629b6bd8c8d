using DraftingKit.Model;

namespace DraftingKit.Tests.Model;

/// <summary>The organs as data (Model/organs.tsv): each organ's form, read from one place (issue 16).</summary>
public sealed class OrganTests
{
    [Theory]
    [InlineData("Security Council")]
    [InlineData("security council")]
    [InlineData("security-council")]
    public void An_organ_is_found_by_its_name_or_its_key(string written) =>
        Assert.Same(Organ.SecurityCouncil, Organ.Find(written));

    [Fact]
    public void An_unknown_name_is_not_an_organ() => Assert.Null(Organ.Find("Trusteeship Committee"));

    [Theory]
    [InlineData("S/RES/2250 (2015)", "Security Council")]
    [InlineData("S/2024/123", "Security Council")]
    [InlineData("A/RES/74/177", "General Assembly")]
    [InlineData("A/HRC/RES/49/1", "Human Rights Council")]
    [InlineData("E/RES/2017/15", "Economic and Social Council")]
    [InlineData("E/CN.6/2022/L.7", "Commission on the Status of Women")]
    public void The_symbol_says_whose_text_it_is_by_its_longest_prefix(string symbol, string organ) =>
        Assert.Equal(organ, Organ.OfSymbol(symbol)?.Name);

    [Fact]
    public void A_symbol_of_no_known_organ_names_none() => Assert.Null(Organ.OfSymbol("UNEP/EA.5/Res.1"));

    [Fact]
    public void The_Council_numbers_by_year_titles_nothing_and_names_its_meeting_in_the_adoption_line()
    {
        var council = Organ.SecurityCouncil;

        Assert.Equal(OrganNumbering.NumberAndYear, council.Numbering);
        Assert.False(council.TitlesResolutions);
        Assert.False(council.ClosesWithMeeting);
        Assert.False(council.MeetsInSessions);
        Assert.Equal("The Security Council", council.FormulaSubject);
        Assert.Equal("S/RES/2250 (2015)", council.ResolutionSymbol("2250 (2015)"));
        Assert.Equal("this resolution", council.SelfReferenceTo(DocumentKind.Resolution));
        Assert.Equal("remain seized of the matter", council.SeizedClosing);
        Assert.Equal(("unsc", "sc", "securityCouncil"), council.AknNames);
        Assert.Equal("SC", council.CatalogCode);
    }

    [Fact]
    public void The_Council_adoption_line_names_the_meeting_and_omits_it_for_a_text_adopted_without_one()
    {
        Assert.Equal(
            "Adopted by the Security Council at its 7573rd meeting, on 9 December 2015",
            Organ.SecurityCouncil.AdoptionLine(DocumentKind.Resolution, "7573rd meeting", new UnDate(2015, 12, 9)));
        Assert.Equal(
            "Adopted by the Security Council on 2 June 2020",
            Organ.SecurityCouncil.AdoptionLine(DocumentKind.Resolution, null, new UnDate(2020, 6, 2)));
    }

    [Fact]
    public void The_Assembly_adoption_line_names_the_kind_and_date_and_the_text_closes_with_the_meeting()
    {
        var assembly = Organ.GeneralAssembly;

        Assert.Equal("Decision adopted by the General Assembly on 18 December 2019", assembly.AdoptionLine(DocumentKind.Decision, "50th plenary meeting", new UnDate(2019, 12, 18)));
        Assert.True(assembly.ClosesWithMeeting);
        Assert.True(assembly.TitlesResolutions);
        Assert.Equal("the present resolution", assembly.SelfReferenceTo(DocumentKind.Resolution));
        Assert.Equal("the present decision", assembly.SelfReferenceTo(DocumentKind.Decision));
        Assert.Null(assembly.SeizedClosing);
    }

    [Fact]
    public void Texts_issued_together_in_parts_print_a_plural_adoption_line()
    {
        // The cover of 77/264 A–C: "Resolutions adopted by the General Assembly on 30 December 2022".
        Assert.Equal("Resolutions adopted by the General Assembly on 30 December 2022",
            Organ.GeneralAssembly.AdoptionLine(DocumentKind.Resolution, "59th plenary meeting", new UnDate(2022, 12, 30), inParts: true));
        Assert.Equal("Resolution adopted by the General Assembly on 30 December 2022",
            Organ.GeneralAssembly.AdoptionLine(DocumentKind.Resolution, "59th plenary meeting", new UnDate(2022, 12, 30)));

        var template = "---\nkind: resolution\nstatus: adopted\norgan: General Assembly\nnumber: 77/264\nsession: 77\nadopted: 2022-12-30\nmeeting: 59th plenary meeting\n---\n\n"
            + "# A\n\n*The General Assembly*,\n\n1. *Decides* to keep the matter under review;\n\n# B\n\n*The General Assembly*,\n\n1. *Decides* to approve the budget;\n";
        var document = DraftingKit.Templates.TemplateReader.Read("parts.res.md", template).Document;
        Assert.Equal(2, document.Parts.Count);
        var text = DraftingKit.Rendering.UnTextRenderer.Render(document);
        Assert.Contains("Resolutions adopted by the General Assembly on 30 December 2022", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Resolution adopted", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_known_organ_has_its_own_key_and_AKN_codes()
    {
        Assert.Equal(Organ.Known.Count, Organ.Known.Select(o => o.Key).Distinct().Count());
        Assert.Equal(Organ.Known.Count, Organ.Known.Select(o => o.AknNames!.Value.Code).Distinct().Count());
        Assert.All(Organ.Known, o => Assert.StartsWith("The ", o.FormulaSubject, System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_line_with_a_missing_cell_is_refused_with_the_organ_named()
    {
        var table = "key\tname\n# comment\nsecurity-council\n";

        var error = Assert.Throws<InvalidDataException>(() => OrganTable.Parse(new StringReader(table)));
        Assert.Contains("security-council", error.Message, System.StringComparison.Ordinal);
    }
}

using System.Globalization;
using DraftingKit.Import.Akn;
using DraftingKit.Model;
using DraftingKit.Rendering.Akn;
using DraftingKit.Templates;

namespace DraftingKit.Tests.Import.Akn;

/// <summary>
/// Issue 15: the header of a text of any organ DraftingKit knows (organs.tsv) comes back from the AKN it writes: the
/// organ, the symbol in the organ's form, the number, the session, the label, the title and the meeting and date of
/// adoption. Each header is built from the organ's own data, so a new organ line is tested as it is added.
/// </summary>
public sealed class AknOrganHeaderRoundTripTests
{
    public static TheoryData<string, bool> OrgansAndLabels()
    {
        var data = new TheoryData<string, bool>();
        foreach (var organ in Organ.Known)
        {
            data.Add(organ.Key, false);
            data.Add(organ.Key, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OrgansAndLabels))]
    public void An_organs_header_comes_back_from_the_AKN_written_for_it(string key, bool labelled)
    {
        var organ = Organ.Known.Single(o => o.Key == key);
        var original = TemplateReader.Read("t.res.md", Template(organ, labelled)).Document.Header;
        Assert.Same(organ, original.Organ);

        var result = AknImporter.Import("t.xml", AknRenderer.Render(TemplateReader.Read("t.res.md", Template(organ, labelled)).Document));
        var back = result.Document.Header;

        Assert.Same(organ, back.Organ);
        Assert.Equal(original.Symbol, back.Symbol);
        Assert.Equal(original.Number, back.Number);
        Assert.Equal(original.Label, back.Label);
        Assert.Equal(original.Title, back.Title);
        Assert.Equal(original.Session, back.Session);
        Assert.Equal(original.Meeting, back.Meeting);
        Assert.Equal(original.Adopted, back.Adopted);
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("title", StringComparison.Ordinal));
    }

    [Fact]
    public void A_preface_line_with_a_status_among_other_words_is_not_a_label()
    {
        // A draft's sponsors line sets "draft resolution" as its status after the sponsors: no label line.
        const string Xml = "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><statement name=\"resolution\">"
            + "<preface><p><docStatus>Resolution 26/1</docStatus> of the Commission</p><p><docNumber>26/1.</docNumber> <docTitle>Improving the governance</docTitle></p></preface>"
            + "<preamble><formula name=\"enactingFormula\"><p>The Commission on Crime Prevention and Criminal Justice,</p></formula></preamble>"
            + "<mainBody><paragraph><num>1.</num><content><p><span class=\"italic\">Takes note</span> of the note;</p></content></paragraph></mainBody></statement></akomaNtoso>";
        var header = AknImporter.Import("t.xml", Xml).Document.Header;

        Assert.Null(header.Label);
        Assert.Null(header.Number);
    }

    /// <summary>A text of <paramref name="organ"/> in the organ's own forms: its number, symbol, session and meeting.</summary>
    private static string Template(Organ organ, bool labelled)
    {
        var year = 2017;
        var session = organ.CountsSessionsByYear ? year : 26;
        var number = organ.Numbering switch
        {
            OrganNumbering.Year => year.ToString(CultureInfo.InvariantCulture) + "/15",
            OrganNumbering.NumberAndYear => "2618 (" + year.ToString(CultureInfo.InvariantCulture) + ")",
            _ => session.ToString(CultureInfo.InvariantCulture) + "/1",
        };
        var lines = new List<string> { "---", "kind: resolution", "status: adopted", "organ: " + organ.Name };
        if (organ.ResolutionSymbol(number) is { } symbol)
        {
            lines.Add("symbol: " + symbol);
        }

        lines.Add("number: " + number);
        if (labelled)
        {
            // Seed 001 (the Commission's report) heads each text "Resolution 26/1" over its number and title.
            lines.Add("label: Resolution " + number);
        }

        if (organ.MeetsInSessions)
        {
            lines.Add("session: " + session.ToString(CultureInfo.InvariantCulture));
        }

        lines.Add("adopted: 2017-05-26");
        lines.Add("meeting: 8th " + (organ.MeetingName ?? "meeting"));
        if (organ.TitlesResolutions)
        {
            lines.Add("title: Improving the governance and financial situation of the United Nations Office on Drugs and Crime");
        }

        lines.Add("---");
        lines.Add(string.Empty);
        lines.Add(organ.FormulaSubject + ",");
        lines.Add(string.Empty);
        lines.Add("*Recalling* its resolution 18/3 of 24 April 2009,");
        lines.Add(string.Empty);
        lines.Add("1. *Takes note* of the note by the Secretariat;");
        return string.Join("\n", lines) + "\n";
    }
}

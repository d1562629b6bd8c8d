using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Rendering;

public sealed class UnTextRendererTests
{
    [Theory]
    [InlineData("governance-draft.res.md")]
    [InlineData("lettered-decision.res.md")]
    [InlineData("single-sentence-decision.res.md")]
    public void Fixture_renders_to_its_verified_UN_text(string fixture) =>
        Snapshot.Verify(UnTextRenderer.Render(Fixtures.Read(fixture).Document), name: fixture.Replace(".res.md", string.Empty));

    [Fact]
    public void Footnote_markers_are_superscript_numbers_in_order_of_first_reference()
    {
        var document = TemplateReader.Read("t.res.md", "The General Assembly,\n\n*Recalling* the Convention,[^b] the Protocol[^a] and the Convention again,[^b]\n\n1. *Decides* to act.\n\n[^a]: Ibid., vol. 2237.\n\n[^b]: United Nations, *Treaty Series*, vol. 2225.\n").Document;

        var text = UnTextRenderer.Render(document);

        Assert.Contains("*Recalling*".Trim('*') + " the Convention,¹ the Protocol² and the Convention again,¹", text, System.StringComparison.Ordinal);
        Assert.EndsWith("¹ United Nations, Treaty Series, vol. 2225.\n\n² Ibid., vol. 2237.\n", text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_adopted_text_has_the_UN_header_block_title_line_and_closing()
    {
        var document = TemplateReader.Read("t.res.md", "---\nkind: resolution\nstatus: adopted\norgan: General Assembly\nsymbol: A/RES/74/177\nnumber: 74/177\nsession: 74\nagenda-item: \"106\"\nagenda-title: Crime prevention and criminal justice\ndistribution: General\nissued: 2020-01-27\nadopted: 2019-12-18\nreference: on the report of the Third Committee (A/74/400)\ntitle: Strengthening the United Nations crime prevention and criminal justice programme\nmeeting: 50th plenary meeting\n---\n\nThe General Assembly,\n\n1. *Decides* to act.\n").Document;

        Assert.Equal(
            "A/RES/74/177\nGeneral Assembly\nDistr.: General\n27 January 2020\n\nSeventy-fourth session\nAgenda item 106\nCrime prevention and criminal justice\n\n"
            + "Resolution adopted by the General Assembly on 18 December 2019\n\n[on the report of the Third Committee (A/74/400)]\n\n"
            + "74/177. Strengthening the United Nations crime prevention and criminal justice programme\n\nThe General Assembly,\n\n1. Decides to act.\n\n50th plenary meeting\n18 December 2019\n",
            UnTextRenderer.Render(document));
    }

    [Fact]
    public void The_Economic_and_Social_Council_counts_its_sessions_by_year()
    {
        var header = new DocumentHeader { Organ = Organ.EconomicAndSocialCouncil, Session = 2017 };
        Assert.Equal("2017 session", HeaderLines.SessionLine(header));
        Assert.Equal("Seventy-second session", HeaderLines.SessionLine(new DocumentHeader { Session = 72 }));
    }

    private const string CouncilTemplate = "---\nkind: resolution\nstatus: adopted\norgan: security-council\nsymbol: S/RES/2618 (2022)\nnumber: 2618 (2022)\ndistribution: General\nissued: 2022-01-27\nadopted: 2022-01-27\nmeeting: 8956th meeting\n---\n\n*The Security Council*,\n\n*Recalling* its resolution 1325 (2000),\n\n1. *Decides* to remain seized of the matter.\n";

    [Fact]
    public void A_Council_resolution_prints_its_number_and_the_adoption_line_with_its_meeting_and_no_closing()
    {
        var document = TemplateReader.Read("t.res.md", CouncilTemplate).Document;

        Assert.Equal(
            "S/RES/2618 (2022)\nSecurity Council\nDistr.: General\n27 January 2022\n\n"
            + "Resolution 2618 (2022)\n\nAdopted by the Security Council at its 8956th meeting, on 27 January 2022\n\n"
            + "The Security Council,\n\nRecalling its resolution 1325 (2000),\n\n1. Decides to remain seized of the matter.\n",
            UnTextRenderer.Render(document));
    }

    [Fact]
    public void Without_an_organ_line_the_Council_symbol_makes_it_a_Council_text()
    {
        var document = TemplateReader.Read("t.res.md", CouncilTemplate.Replace("organ: security-council\n", string.Empty)).Document;

        Assert.Same(Organ.SecurityCouncil, document.Header.Organ);
    }

    [Fact]
    public void The_Council_keeps_no_sessions()
    {
        Assert.Null(HeaderLines.SessionLine(new DocumentHeader { Organ = Organ.SecurityCouncil, Session = 2022 }));
    }
}

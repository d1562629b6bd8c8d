using System.Xml.Linq;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Rendering.Akn;
using DraftingKit.Templates;

namespace DraftingKit.Tests.Rendering;

/// <summary>
/// Forms of the Security Council's AKN4UN files that a template carries to <c>render --format akn</c> and back
/// (issue 16): containers named by a lead that is not in italics, section headings numbered "(ii)", the lists of a
/// preambular paragraph lettered "a.", and the labels "a." of an annex's paragraphs.
/// </summary>
public sealed class AknCouncilExportTests
{
    private static readonly XNamespace Akn = AknRenderer.Namespace;

    private const string Head = "---\nkind: resolution\nstatus: adopted\norgan: Security Council\nsymbol: S/RES/2615 (2021)\nnumber: 2615 (2021)\nissued: 2021-12-22\nadopted: 2021-12-22\nmeeting: 8941st meeting\n";

    private static ResolutionDocument Read(string body, string frontMatter = "") =>
        TemplateReader.Read("council.res.md", Head + frontMatter + "---\n\n*The Security Council*,\n\n" + body).Document;

    private static XDocument Export(ResolutionDocument document) =>
        XDocument.Parse(AknRenderer.Render(document, AknRenderOptions.RecordedIn(document)));

    [Theory]
    [InlineData("*Recalling* its previous resolutions,", "Recalling")]
    [InlineData("*Bearing in mind* the Charter,", "Bearing in mind")]
    [InlineData("Acting under Chapter VII of the Charter of the United Nations,", "Acting")]
    [InlineData("Reaffirming its strong commitment to the sovereignty of Sudan,", "Reaffirming")]
    [InlineData("*and stressing* the need for constructive engagement,", "stressing")]
    [InlineData("and stressing the need for constructive engagement,", "stressing")]
    [InlineData("“Aware” of the role,", "“Aware”")]
    [InlineData("… as before,", "preambular")]
    public void A_container_is_named_by_its_lead_or_else_its_first_word_without_a_conjunction(string paragraph, string expected)
    {
        var text = TemplateReader.Read("x.res.md", "---\nkind: resolution\n---\n\n*The General Assembly*,\n\n" + paragraph + "\n\n1. *Decides* to act.\n").Document.Parts[0].Preamble.OfType<PreambularParagraph>().Single().Text;

        Assert.Equal(expected, AknContainerName.Of(text, "preambular"));
    }

    [Fact]
    public void A_preambular_paragraph_whose_lead_is_not_in_italics_exports_as_a_container_of_its_first_word()
    {
        var xml = Export(Read("*Recalling* its resolutions,\n\nActing under Chapter VII of the Charter of the United Nations,\n\n1. *Decides* to act.\n"));

        Assert.Equal(new[] { "Recalling", "Acting" }, xml.Descendants(Akn + "container").Select(c => (string)c.Attribute("name")!));
    }

    [Fact]
    public void Lower_case_lines_after_a_preambular_paragraph_that_ends_with_a_colon_are_its_items()
    {
        // S/RES/2714 (2023): "Emphasising that … management in Somalia will:" then "a. reduce …", "b. improve …".
        var document = Read("*Emphasising* that effective management will:\n\na. reduce the ability of armed groups to obtain weapons,\n\nb. improve the ability to understand their origins,\n\n*Welcoming* the assessments,\n\n1. *Decides* to act.\n");

        var preamble = document.Parts[0].Preamble.OfType<PreambularParagraph>().ToList();
        Assert.Equal(2, preamble.Count);
        Assert.Equal(new[] { "a. reduce the ability of armed groups to obtain weapons,", "b. improve the ability to understand their origins," }, preamble[0].Subparagraphs.Select(s => s.Text.PlainText));
        Assert.All(preamble[0].Subparagraphs, s => Assert.Equal(ListStyle.Unlabelled, s.Style));
        Assert.Null(DraftingKit.Tests.Import.Akn.AknCorpusSweepTests.CompareRoundTrip(document));
    }

    [Fact]
    public void A_capitalised_line_after_a_paragraph_ending_with_a_colon_is_a_paragraph_of_its_own()
    {
        var document = Read("*Noting* the following:\n\n*Recalling* its resolutions,\n\n1. *Decides* to act.\n");

        Assert.Equal(2, document.Parts[0].Preamble.OfType<PreambularParagraph>().Count());
    }

    [Fact]
    public void An_annex_paragraph_lettered_a_keeps_its_letter_as_its_label_and_reads_back()
    {
        // S/RES/2607 (2021), annex: "1. Explosive materials, as follows …:" then "a. Nitrocellulose …".
        var document = Read("1. *Decides* to act.\n\n# Annex\n\n1. Explosive materials, as follows:\n\na. Nitrocellulose (containing more than 12.5% nitrogen w/w);\n\nb. Trinitrophenylmethylnitramine (tetryl);\n");

        var labelled = document.Annexes.Single().Blocks.OfType<TextParagraph>().Where(p => p.Label is "a" or "b").ToList();
        Assert.Equal(2, labelled.Count);
        Assert.Equal("a.", labelled[0].DisplayLabel);
        Assert.Equal("Nitrocellulose (containing more than 12.5% nitrogen w/w);", labelled[0].Text.PlainText);
        Assert.Contains("a. Nitrocellulose", UnTextRenderer.Render(document), StringComparison.Ordinal);
        Assert.Equal(new[] { "1.", "a.", "b." }, Export(document).Descendants(Akn + "mainBody").Skip(1).Descendants(Akn + "num").Select(n => n.Value));
        Assert.Null(DraftingKit.Tests.Import.Akn.AknCorpusSweepTests.CompareRoundTrip(document));
    }

    [Fact]
    public void A_bullet_as_a_label_is_printed_alone_without_a_full_stop()
    {
        var paragraph = new TextParagraph("•", InlineText.Plain("All types of weapons;"), EquatableArray<Subparagraph>.Empty, SourceSpan.None);

        Assert.Equal("•", paragraph.DisplayLabel);
        Assert.Equal("12.", paragraph with { Label = "12" } is var numbered ? numbered.DisplayLabel : null);
        Assert.Equal(string.Empty, (paragraph with { Label = null }).DisplayLabel);
    }

    [Fact]
    public void A_heading_numbered_with_a_roman_number_in_brackets_sets_it_in_num_when_the_file_numbers_its_headings()
    {
        // S/RES/2551 (2020): "(i) Exemptions, advance approvals and notifications", "(ii) Exceptions".
        var xml = Export(Read("1. *Decides* to act.\n\n## (i) Exemptions\n\n2. *Decides* to act.\n\n## (ii) Exceptions\n\n3. *Decides* to act.\n", "akn-headings: numbered\n"));

        var headings = xml.Descendants(Akn + "paragraph").Where(p => p.Element(Akn + "subheading") is not null).ToList();
        Assert.Equal(new[] { "(i)", "(ii)" }, headings.Select(p => p.Element(Akn + "num")!.Value));
        Assert.Equal(new[] { "Exemptions", "Exceptions" }, headings.Select(p => p.Element(Akn + "subheading")!.Value));
    }
}

using System.Xml.Linq;
using CsCheck;
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

    [Fact]
    public void Words_that_go_on_after_a_preambular_list_export_as_a_container_named_by_their_lead()
    {
        // S/RES/2568 (2021): "(f) … of this resolution;" then "*and stressing* the need …," in a container "stressing".
        var document = Read("*Recognising* the following steps:\n\n(a) the assessment, published in January;\n\n(b) the options, presented in October;\n\n*and stressing* the need for constructive engagement,\n\n*Determining* that the situation continues to constitute a threat,\n\n1. *Decides* to act.\n");

        var containers = Export(document).Descendants(Akn + "container").ToList();
        Assert.Equal(new[] { "Recognising", "stressing", "Determining" }, containers.Select(c => (string)c.Attribute("name")!));
        Assert.Equal(3, containers[0].Elements(Akn + "p").Count());
        Assert.StartsWith("and stressing", containers[1].Value.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Words_without_a_lead_after_a_preambular_list_stay_in_its_container()
    {
        // 77/177: "(f) Mobilizing …," then "and in the commitments and targets contained therein," in the same container.
        var document = Read("*Affirming also* that the Programme is grounded in focus areas:\n\n(a) Investing in people,\n\n(b) Mobilizing solidarity,\n\nand in the commitments and targets contained therein,\n\n*Affirming further* the purposes of the Charter,\n\n1. *Decides* to act.\n");

        var containers = Export(document).Descendants(Akn + "container").ToList();
        Assert.Equal(new[] { "Affirming also", "Affirming further" }, containers.Select(c => (string)c.Attribute("name")!));
        Assert.Equal(4, containers[0].Elements(Akn + "p").Count());
    }

    [Fact]
    public void Lines_under_an_item_ending_with_a_colon_stay_in_its_container()
    {
        var document = Read("*Recognising* the following:\n\n(a) the steps as follows:\n\nb. reduce the flow of arms,\n\n*Determining* that the situation continues to constitute a threat,\n\n1. *Decides* to act.\n");

        Assert.Equal(new[] { "Recognising", "Determining" }, Export(document).Descendants(Akn + "container").Select(c => (string)c.Attribute("name")!));
    }

    [Fact]
    public void Items_numbered_in_brackets_keep_their_brackets_in_print_in_the_template_and_in_the_export()
    {
        // S/RES/2550 (2020), paragraph 3: the measures "(1) UNISFA and JBVMM Patrols: …," … "(7) …".
        var document = Read("1. *Determines* that both parties should take the measures listed below:\n\n(1) Patrols: Achieve standing clearance,\n\n(2) Team Sites: Support the team site,\n\n2. *Decides* to act.\n");

        var items = document.Parts[0].OperativePart.OfType<OperativeParagraph>().First().Subparagraphs;
        Assert.Equal(new[] { "(1)", "(2)" }, items.Select(i => i.DisplayLabel));
        Assert.All(items, i => Assert.Equal(ListStyle.BracketedNumber, i.Style));
        Assert.Contains("(2) Team Sites", UnTextRenderer.Render(document), StringComparison.Ordinal);
        Assert.Contains("(1) Patrols", MarkdownRenderer.Render(document), StringComparison.Ordinal);
        Assert.Equal(new[] { "1.", "(1)", "(2)", "2." }, Export(document).Descendants(Akn + "mainBody").Descendants(Akn + "num").Select(n => n.Value));
        Assert.Null(DraftingKit.Tests.Import.Akn.AknCorpusSweepTests.CompareRoundTrip(document));
    }

    [Fact]
    public void A_heading_the_front_matter_sets_as_a_container_exports_as_one_and_the_others_as_subheadings()
    {
        // S/RES/2551 (2020): "(i) Exemptions" a subheading, "**Reporting**" a container of its own.
        var document = Read("1. *Decides* to act.\n\n## Exemptions\n\n2. *Decides* to act.\n\n## **Reporting**\n\n3. *Requests* a report.\n", "akn-heading-containers: 2\n");

        var body = Export(document).Descendants(Akn + "mainBody").Single();
        Assert.Equal(new[] { "Exemptions" }, body.Descendants(Akn + "subheading").Select(s => s.Value));
        var container = Assert.Single(body.Elements(Akn + "container"));
        Assert.Equal("Reporting", (string)container.Attribute("name")!);
        Assert.Equal("bold", (string)container.Descendants(Akn + "span").Single().Attribute("class")!);
        Assert.Contains("akn-heading-containers: 2", MarkdownRenderer.Render(document), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("akn-heading-containers: 0\n")]
    [InlineData("akn-heading-containers: two\n")]
    [InlineData("akn-bullets: yes\n")]
    public void A_malformed_AKN_form_in_the_front_matter_is_reported(string line)
    {
        var result = TemplateReader.Read("council.res.md", Head + line + "---\n\n*The Security Council*,\n\n1. *Decides* to act.\n");

        Assert.Contains(result.Diagnostics, d => d.Message.Contains(line.Split(':')[0], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("akn-bullets: numbered\n", "•")]
    [InlineData("", null)]
    public void A_bullet_opening_an_annex_paragraph_is_its_num_when_the_front_matter_says_so(string line, string? expected)
    {
        // S/RES/2551 (2020) sets "•" in num; S/RES/2607 (2021), the same list, types it in the text.
        var document = Read("1. *Decides* to act.\n\n# Annex\n\n• All types of weapons;\n\n• Helmets;\n", line);

        var annexBody = Export(document).Descendants(Akn + "mainBody").Last();
        var paragraphs = annexBody.Descendants(Akn + "paragraph").ToList();
        Assert.Equal(2, paragraphs.Count);
        Assert.All(paragraphs, p => Assert.Equal(expected, p.Element(Akn + "num")?.Value));
        Assert.All(paragraphs, p => Assert.Equal(expected is null, p.Element(Akn + "content")!.Value.Contains('•')));
        Assert.Null(DraftingKit.Tests.Import.Akn.AknCorpusSweepTests.CompareRoundTrip(document));
    }

    private static readonly Gen<string> Words = Gen.String[Gen.Char["abcdefghij ,;"], 1, 24].Where(w => w.Trim().Length > 0 && char.IsLetter(w.Trim()[0])).Select(w => w.Trim());

    [Fact]
    public void Any_annex_paragraph_lettered_a_or_ii_reads_back_with_its_label()
    {
        var label = Gen.OneOf(Gen.Char['a', 'z'].Select(c => c.ToString()), Gen.Int[2, 20].Select(n => Numerals.ToRoman(n).ToLowerInvariant()));
        Gen.Select(label, Words).Sample((written, text) =>
        {
            var document = Read("1. *Decides* to act.\n\n# Annex\n\n1. Materials, as follows:\n\n" + written + ". " + text + "\n");

            var paragraph = document.Annexes.Single().Blocks.OfType<TextParagraph>().Last();
            Assert.Equal(written, paragraph.Label);
            Assert.Equal(text, paragraph.Text.PlainText);
            Assert.Null(DraftingKit.Tests.Import.Akn.AknCorpusSweepTests.CompareRoundTrip(document));
        });
    }

    [Fact]
    public void Any_run_of_items_numbered_in_brackets_reads_back_as_written()
    {
        Gen.Select(Gen.Int[1, 30], Words).Sample((count, text) =>
        {
            var items = string.Concat(Enumerable.Range(1, count).Select(n => "(" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + ") " + text + ",\n\n"));
            var document = Read("1. *Determines* that the parties should take the measures listed below:\n\n" + items + "2. *Decides* to act.\n");

            var read = document.Parts[0].OperativePart.OfType<OperativeParagraph>().First().Subparagraphs;
            Assert.Equal(count, read.Count);
            Assert.All(read, item => Assert.Equal(ListStyle.BracketedNumber, item.Style));
            Assert.Null(DraftingKit.Tests.Import.Akn.AknCorpusSweepTests.CompareRoundTrip(document));
        });
    }
}

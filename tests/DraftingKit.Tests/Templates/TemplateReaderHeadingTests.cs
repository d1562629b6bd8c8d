using DraftingKit.Model;
using DraftingKit.Templates;

namespace DraftingKit.Tests.Templates;

public sealed class TemplateReaderHeadingTests
{
    private const string FrontMatter = "---\nkind: resolution\nstatus: adopted\norgan: General Assembly\nnumber: 75/253\ntitle: Special subjects relating to the programme budget for 2021\n---\n\n";

    [Fact]
    public void Headings_just_before_the_first_numbered_paragraph_open_the_operative_part()
    {
        // The shape of 75/253 A: the formula, then section headings, then the section's numbered paragraphs.
        var result = TemplateReader.Read("t.res.md", FrontMatter + "*The General Assembly*,\n\n*Recalling* its resolution 74/262 of 27 December 2019,\n\n## I\n\n## Capital master plan\n\n1. *Takes note* of the report of the Secretary-General;\n");

        var part = Assert.Single(result.Document.Parts);
        Assert.IsType<PreambularParagraph>(Assert.Single(part.Preamble));
        Assert.Equal("I", Assert.IsType<Heading>(part.OperativePart[0]).Text.PlainText);
        Assert.Equal("Capital master plan", Assert.IsType<Heading>(part.OperativePart[1]).Text.PlainText);
        Assert.Equal(1, Assert.IsType<OperativeParagraph>(part.OperativePart[2]).Number);
    }

    [Fact]
    public void An_unnumbered_paragraph_with_an_operative_lead_opens_the_operative_part()
    {
        // The shape of 75/1: "*Adopts* the following declaration:", the declaration's heading, its numbered paragraphs.
        var result = TemplateReader.Read("t.res.md", FrontMatter + "*The General Assembly*,\n\n*Adopts* the following declaration:\n\n## Declaration on the commemoration\n\n1. We, the Heads of State and Government, have gathered.\n");

        var part = Assert.Single(result.Document.Parts);
        Assert.Empty(part.Preamble);
        var opening = Assert.IsType<OperativeParagraph>(part.OperativePart[0]);
        Assert.Null(opening.Number);
        Assert.Equal("Adopts", opening.Lead);
        Assert.IsType<Heading>(part.OperativePart[1]);
        Assert.Equal(1, Assert.IsType<OperativeParagraph>(part.OperativePart[2]).Number);
    }

    [Fact]
    public void Lettered_items_after_the_adopted_text_that_an_unnumbered_paragraph_introduces_are_its_items_not_a_lettered_decision()
    {
        // The shape of 77/276: the questions put to the Court, quoted after the paragraph that asks them.
        var result = TemplateReader.Read("t.res.md", FrontMatter + "*The General Assembly*,\n\n*Recalling* its resolution 70/1,\n\n*Decides* to request the Court to render an advisory opinion on the following questions:\n\n“Having particular regard to the Charter,\n\n(a) What are the obligations of States?\n\n(b) What are the legal consequences for:\n\n(i) States?\n\n(ii) Peoples?”\n");

        var part = Assert.Single(result.Document.Parts);
        Assert.Equal("Recalling", Assert.IsType<PreambularParagraph>(Assert.Single(part.Preamble)).Lead);
        Assert.Null(Assert.IsType<OperativeParagraph>(part.OperativePart[0]).Number);
        var quoted = Assert.IsType<TextParagraph>(Assert.Single(part.OperativePart.Skip(1)));
        Assert.Equal(new[] { "(a)", "(b)" }, quoted.Subparagraphs.Select(item => item.DisplayLabel));
        Assert.Equal(new[] { "(i)", "(ii)" }, quoted.Subparagraphs[1].Items.Select(item => item.DisplayLabel));
    }

    [Fact]
    public void Lettered_paragraphs_right_after_the_preamble_still_make_a_lettered_decision()
    {
        var result = TemplateReader.Read("t.res.md", FrontMatter + "*The General Assembly*,\n\n*Recalling* its resolution 70/1,\n\n(a) *Decides* to hold a meeting;\n\n(b) *Requests* a report.\n");

        var part = Assert.Single(result.Document.Parts);
        Assert.Equal(new object?[] { 1, 2 }, part.OperativePart.Cast<OperativeParagraph>().Select(p => (object?)p.Number));
    }

    [Fact]
    public void A_decimal_label_in_front_of_a_paragraph_without_a_lead_is_its_label()
    {
        // The shape of 76/3: an adopted agenda whose items are labelled "1.1", "1.2" … "4.10".
        var result = TemplateReader.Read("t.res.md", FrontMatter + "*The General Assembly*,\n\n*Adopts* the following agenda:\n\n1. Overarching objectives:\n\n1.1. Raise awareness of space science;\n\n4.10. Strengthen cooperation.\n");

        var labels = Assert.Single(result.Document.Parts).OperativePart.OfType<TextParagraph>().Select(p => (p.Label, p.Text.PlainText)).ToList();
        Assert.Contains(("1.1", "Raise awareness of space science;"), labels);
        Assert.Contains(("4.10", "Strengthen cooperation."), labels);
    }

    [Fact]
    public void A_first_paragraph_wholly_in_italics_but_its_comma_is_the_formula_in_any_language()
    {
        var result = TemplateReader.Read("t.res.md", FrontMatter + "*L’Assemblée générale*,\n\n*Rappelant* sa résolution 70/1,\n\n1. *Décide* de proclamer la Journée.\n");

        var part = Assert.Single(result.Document.Parts);
        Assert.Equal("L’Assemblée générale,", part.Formula!.Text.PlainText);
        Assert.Single(part.Preamble);
    }

    [Fact]
    public void A_preambular_paragraph_before_the_numbered_paragraphs_stays_in_the_preamble()
    {
        var result = TemplateReader.Read("t.res.md", FrontMatter + "*The General Assembly*,\n\n*Reaffirming* that the Plan was developed:\n\n(a) To promote;\n\n(b) To protect,\n\n1. *Decides* to remain seized of the matter.\n");

        var part = Assert.Single(result.Document.Parts);
        Assert.Equal("Reaffirming", Assert.IsType<PreambularParagraph>(Assert.Single(part.Preamble)).Lead);
        Assert.Equal(1, Assert.IsType<OperativeParagraph>(Assert.Single(part.OperativePart)).Number);
    }
    [Fact]
    public void A_heading_right_after_the_formula_opens_the_operative_part_and_its_section_restates_a_preamble()
    {
        // The shape of the budget resolutions 75/247, 76/241, 77/259: no preamble, "## I", the section's restated
        // preamble, its numbered paragraphs, then the next section doing the same.
        var result = TemplateReader.Read("t.res.md", FrontMatter + "*The General Assembly*,\n\n## I\n\n## Activities of the Office\n\n*Recalling* its resolution 48/218 B of 29 July 1994,\n\n*Having considered* the report,[^1]\n\n1. *Reaffirms* its primary role;\n\n## II\n\n*Recalling* its resolution 61/275,\n\n1. *Welcomes* the report.\n\n[^1]: A/75/301.\n");

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DraftingKit.Diagnostics.DraftingSeverity.Error || d.Id == "DK0010");
        var part = Assert.Single(result.Document.Parts);
        Assert.NotNull(part.Formula);
        Assert.Empty(part.Preamble);
        Assert.Equal(new[] { "Heading", "Heading", "TextParagraph", "TextParagraph", "OperativeParagraph", "Heading", "TextParagraph", "OperativeParagraph" }, part.OperativePart.Select(b => b.GetType().Name));
        Assert.StartsWith("Having considered the report,", ((TextParagraph)part.OperativePart[3]).Text.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_heading_after_preambular_paragraphs_does_not_move_them()
    {
        // Negative: the heading opens the operative part only when no preambular paragraph stands before it.
        var result = TemplateReader.Read("t.res.md", FrontMatter + "*The General Assembly*,\n\n*Recalling* its resolution 74/262,\n\n## I\n\n*Recalling also* its resolution 74/263,\n\n1. *Takes note* of the report;\n");

        var part = Assert.Single(result.Document.Parts);
        Assert.IsType<PreambularParagraph>(part.Preamble[0]);
    }
}

using System;
using System.Linq;
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

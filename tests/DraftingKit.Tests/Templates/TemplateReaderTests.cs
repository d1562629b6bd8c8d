using DraftingKit.Model;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Templates;

public sealed class TemplateReaderTests
{
    private const string FrontMatter = "---\nkind: resolution\nstatus: draft\norgan: General Assembly\ntitle: Test\n---\n\n";

    private static TemplateReadResult Read(string body) => TemplateReader.Read("t.res.md", FrontMatter + body);

    [Fact]
    public void Formula_preamble_and_numbered_operative_paragraphs_are_placed_in_their_part()
    {
        var result = Read("The General Assembly,\n\n*Recalling* its resolution 73/186 of 17 December 2018,\n\n1. *Requests* the Secretary-General to report.\n");

        Assert.Empty(result.Diagnostics);
        var part = Assert.Single(result.Document.Parts);
        Assert.Equal("The General Assembly,", part.Formula!.Text.PlainText);
        var preambular = Assert.IsType<PreambularParagraph>(Assert.Single(part.Preamble));
        Assert.Equal("Recalling", preambular.Lead);
        var operative = Assert.IsType<OperativeParagraph>(Assert.Single(part.OperativePart));
        Assert.Equal(1, operative.Number);
        Assert.Equal("Requests", operative.Lead);
    }

    [Fact]
    public void Every_node_carries_the_line_and_column_it_came_from()
    {
        var result = Read("The General Assembly,\n\n*Recalling* its resolution,\n\n1. *Requests* the Secretary-General to report.\n");

        var part = result.Document.Parts[0];
        Assert.Equal(8, part.Formula!.Span.Line);
        Assert.Equal(1, part.Formula.Span.Column);
        var lead = Assert.IsType<Emphasis>(((OperativeParagraph)part.OperativePart[0]).Text.Inlines[0]);
        Assert.Equal(12, lead.Span.Line);
        Assert.Equal(4, lead.Span.Column);
        Assert.Equal("*Requests*".Length, lead.Span.Length);
    }

    [Fact]
    public void Explicit_operative_numbers_are_kept_as_written_so_the_numbering_rule_can_judge_them()
    {
        var result = Read("The General Assembly,\n\n1. *Decides* one;\n\n3. *Decides* two.\n");

        Assert.Equal(new int?[] { 1, 3 }, result.Document.OperativeParagraphs().Select(p => p.Number));
    }

    [Fact]
    public void Headings_between_numbered_paragraphs_stay_in_the_operative_part_and_numbering_continues()
    {
        var result = Fixtures.Read("governance-draft.res.md");

        var operative = result.Document.Parts[0].OperativePart;
        Assert.IsType<OperativeParagraph>(operative[0]);
        var heading = Assert.IsType<Heading>(operative[1]);
        Assert.StartsWith("Continuous support for strengthening", heading.Text.PlainText);
        Assert.Equal(new int?[] { 1, 2, 3, 4 }, result.Document.OperativeParagraphs().Select(p => p.Number));
    }

    [Fact]
    public void Roman_subparagraphs_nest_under_the_lettered_subparagraph_before_them()
    {
        var result = Fixtures.Read("governance-draft.res.md");

        var paragraph = result.Document.OperativeParagraphs().Single(p => p.Number == 3);
        Assert.Equal(new[] { "a", "b", "c" }, paragraph.Subparagraphs.Select(s => s.Label));
        var b = paragraph.Subparagraphs[1];
        Assert.Equal(new[] { "i", "ii" }, b.Items.Select(s => s.Label));
        Assert.All(b.Items, item => Assert.Equal(ListStyle.LowerRoman, item.Style));
    }

    [Fact]
    public void A_subparagraph_i_after_h_is_the_next_letter_not_a_roman_numeral()
    {
        var items = string.Join("\n\n", "abcdefghij".Select(c => $"   ({c}) Item {c};"));
        var result = Read("The General Assembly,\n\n1. *Decides*:\n\n" + items + "\n");

        var paragraph = result.Document.OperativeParagraphs().Single();
        Assert.Equal(10, paragraph.Subparagraphs.Count);
        Assert.Equal(ListStyle.LowerLetter, paragraph.Subparagraphs[8].Style);
        Assert.Equal("i", paragraph.Subparagraphs[8].Label);
    }

    [Fact]
    public void A_preambular_paragraph_ending_with_a_colon_takes_the_lettered_paragraphs_after_it()
    {
        var result = Read("The General Assembly,\n\n*Reaffirming* that the Global Plan of Action was developed:\n\n(a) To promote ratification;\n\n(b) To help States,\n\n1. *Decides* to act.\n");

        var preambular = Assert.IsType<PreambularParagraph>(Assert.Single(result.Document.Parts[0].Preamble));
        Assert.Equal(new[] { "To promote ratification;", "To help States," }, preambular.Subparagraphs.Select(s => s.Text.PlainText));
    }

    [Fact]
    public void A_decision_in_lettered_form_has_lettered_operative_paragraphs_and_keeps_its_provisional_agenda()
    {
        var result = Fixtures.Read("lettered-decision.res.md");

        Assert.Empty(result.Diagnostics);
        var part = result.Document.Parts[0];
        Assert.Equal("The Economic and Social Council:", part.Formula!.Text.PlainText);
        var lettered = result.Document.OperativeParagraphs().ToList();
        Assert.Equal(new[] { "(a)", "(b)", "(c)" }, lettered.Select(p => p.DisplayNumber));
        Assert.All(lettered, p => Assert.Equal(NumberStyle.Letter, p.NumberStyle));
        var agenda = part.OperativePart.OfType<TextParagraph>().ToList();
        Assert.Equal(new[] { "1", "2", "3", "4" }, agenda.Select(p => p.Label));
        Assert.Equal(new[] { "a", "b" }, agenda[2].Subparagraphs.Select(s => s.Label));
    }

    [Fact]
    public void A_decision_of_one_sentence_runs_the_formula_into_its_single_unnumbered_paragraph()
    {
        var result = Fixtures.Read("single-sentence-decision.res.md");

        Assert.Empty(result.Diagnostics);
        var part = result.Document.Parts[0];
        Assert.True(part.Formula!.RunsOn);
        Assert.Equal("The Economic and Social Council", part.Formula.Text.PlainText);
        var paragraph = Assert.IsType<OperativeParagraph>(Assert.Single(part.OperativePart));
        Assert.Null(paragraph.Number);
        Assert.StartsWith("decides to endorse", paragraph.Text.PlainText);
    }

    [Fact]
    public void A_single_operative_paragraph_is_read_unnumbered_after_the_preamble()
    {
        var result = Read("The General Assembly,\n\n*Recalling* its resolution 70/1,\n\n*Decides* to include in the provisional agenda of its seventy-fifth session the item.\n");

        var part = result.Document.Parts[0];
        Assert.Single(part.Preamble);
        var paragraph = Assert.IsType<OperativeParagraph>(Assert.Single(part.OperativePart));
        Assert.Null(paragraph.Number);
        Assert.Equal("Decides", paragraph.Lead);
    }

    [Fact]
    public void Level_one_headings_open_parts_and_annexes()
    {
        var result = Read("# A\n\n## Transparency in armaments\n\nThe General Assembly,\n\n1. *Decides* one.\n\n# B. Regional disarmament\n\nThe General Assembly,\n\n1. *Decides* two.\n\n# Annex II\n\n## Programme of action\n\n1. We, the Heads of State;\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(new[] { "A", "B" }, result.Document.Parts.Select(p => p.Designation));
        Assert.Equal("Transparency in armaments", result.Document.Parts[0].Title!.PlainText);
        Assert.Equal("Regional disarmament", result.Document.Parts[1].Title!.PlainText);
        var annex = Assert.Single(result.Document.Annexes);
        Assert.Equal("Annex II", annex.Label);
        Assert.Equal("Programme of action", annex.Title!.PlainText);
        Assert.Equal("1", Assert.IsType<TextParagraph>(Assert.Single(annex.Blocks)).Label);
    }

    [Fact]
    public void Footnotes_are_numbered_in_order_of_first_reference_whatever_their_labels()
    {
        var result = Read("The General Assembly,\n\n*Recalling* the Convention,[^treaty] and the Protocol,[^protocol]\n\n1. *Decides* to act.[^treaty]\n\n[^protocol]: Ibid., vol. 2237.\n\n[^treaty]: United Nations, *Treaty Series*, vol. 2225, No. 39574.\n");

        Assert.Empty(result.Diagnostics);
        var numbering = FootnoteNumbering.For(result.Document);
        Assert.Equal(1, numbering.NumberOf("treaty"));
        Assert.Equal(2, numbering.NumberOf("protocol"));
        Assert.Equal(new[] { "treaty", "protocol" }, numbering.Ordered.Select(f => f.Label));
    }

    [Fact]
    public void Links_to_document_symbols_keep_the_symbol_as_their_target()
    {
        var result = Read("The General Assembly,\n\n*Reaffirming* its resolution [73/191](#) of 17 December 2018,\n\n1. *Decides* to act.\n");

        var link = Assert.Single(result.Document.PreambularParagraphs().Single().Text.Inlines.OfType<DocumentLink>());
        Assert.Equal("73/191", link.Target);
    }

    [Fact]
    public void Pipe_tables_become_tables_with_header_rows()
    {
        var result = Read("The General Assembly,\n\n1. *Decides* on the scale:\n\n| Member State | Rate |\n| --- | --- |\n| Afghanistan | 0.006 |\n");

        var table = Assert.Single(result.Document.Parts[0].OperativePart.OfType<Table>());
        Assert.True(table.Rows[0].IsHeader);
        Assert.Equal("Afghanistan", table.Rows[1].Cells[0].PlainText);
    }

    [Fact]
    public void The_front_matter_fills_the_header_with_typed_values()
    {
        var result = TemplateReader.Read("t.res.md", "---\nkind: resolution\nstatus: adopted\norgan: General Assembly\nsymbol: A/RES/74/177\nnumber: 74/177\nsession: 74\nagenda-item: \"106\"\nadopted: 18 December 2019\nissued: 2020-01-27\ntitle: Strengthening\nmeeting: 50th plenary meeting\n---\n\nThe General Assembly,\n\n1. *Decides* to act.\n");

        Assert.Empty(result.Diagnostics);
        var header = result.Document.Header;
        Assert.Equal(DocumentStatus.Adopted, header.Status);
        Assert.Equal(74, header.Session);
        Assert.Equal(new UnDate(2019, 12, 18), header.Adopted);
        Assert.Equal(new UnDate(2020, 1, 27), header.Issued);
        Assert.Equal("106", header.AgendaItem);
        Assert.Equal(7, header.SpanOf("session")!.Value.Line);
    }
}

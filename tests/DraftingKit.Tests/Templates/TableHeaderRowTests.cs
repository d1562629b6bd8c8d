using CsCheck;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Templates;

namespace DraftingKit.Tests.Templates;

/// <summary>
/// Tables with several header rows (the UN's budget tables: two or three, the last an empty spacer) or none
/// (77/100's lists of amounts) keep them through the template: rows above a second rule of dashes are header
/// rows, a blank header line stands for none.
/// </summary>
public sealed class TableHeaderRowTests
{
    private const string FrontMatter = "---\nkind: resolution\nstatus: adopted\norgan: General Assembly\nnumber: 76/247\n---\n\n*The General Assembly*,\n\n1. *Approves* the amounts below:\n\n";

    [Fact]
    public void Rows_above_a_second_rule_are_header_rows()
    {
        var table = Read("| Section | 2022 | 2023 |\n| --- | --- | --- |\n| | (dollars) | (dollars) |\n| --- | --- | --- |\n| 1. Overall policymaking | 100 | 200 |\n");

        Assert.Equal(new[] { true, true, false }, table.Rows.Select(r => r.IsHeader));
        Assert.Equal("(dollars)", table.Rows[1].Cells[1].PlainText);
        Assert.Equal("1. Overall policymaking", table.Rows[2].Cells[0].PlainText);
    }

    [Fact]
    public void A_blank_header_line_stands_for_no_header_row()
    {
        var table = Read("|  |  |\n| --- | --- |\n| Regular budget | 3,015,940,300 |\n| Total | 3,100,000,000 |\n");

        Assert.Equal(new[] { false, false }, table.Rows.Select(r => r.IsHeader));
        Assert.Equal("Regular budget", table.Rows[0].Cells[0].PlainText);
    }

    [Fact]
    public void A_blank_header_line_closed_by_a_rule_is_an_empty_header_row()
    {
        var table = Read("|  |  |\n| --- | --- |\n| --- | --- |\n| Total | 3,100,000,000 |\n");

        Assert.Equal(new[] { true, false }, table.Rows.Select(r => r.IsHeader));
        Assert.Equal(string.Empty, table.Rows[0].Cells[0].PlainText);
    }

    [Fact]
    public void A_single_header_line_and_an_escaped_row_of_dashes_read_as_before()
    {
        var table = Read("| Item | Amount |\n| --- | --- |\n| \\--- | --- |\n| Total | 5 |\n");

        Assert.Equal(new[] { true, false, false }, table.Rows.Select(r => r.IsHeader));
        Assert.Equal("---", table.Rows[1].Cells[0].PlainText);
    }

    [Fact]
    public void A_lone_less_than_sign_widens_the_cell_before_it()
    {
        var table = Read("| Section | (United States dollars) | < |\n| --- | --- | --- |\n| 1. Overall policymaking | \\< | 200 |\n");

        Assert.Equal(new[] { 1, 2 }, Enumerable.Range(0, table.Rows[0].Cells.Count).Select(table.Rows[0].SpanOf));
        Assert.Equal(2, table.Rows[0].Cells.Count);
        Assert.Equal("<", table.Rows[1].Cells[1].PlainText);
        Assert.True(table.Rows[1].Spans.IsEmpty);
    }

    [Fact]
    public void Any_table_reads_back_with_its_header_rows()
    {
        var cell = Gen.OneOf(Gen.Const(string.Empty), Gen.Const("-"), Gen.Const("---"), Gen.Const(":--"), Gen.Const("(dollars)"), Gen.Const("2,100"), Gen.Const("a | b"), Gen.Const("Total"));
        // Each row a run of cells, some spanning two or three columns; rows as wide as the widest (a pipe table's rows are).
        var row = Gen.Select(cell, Gen.Frequency((5, Gen.Const(1)), (1, Gen.Int[2, 3]))).Array[1, 4];
        var tables = from rows in row.Array[1, 6]
                     from headers in Gen.Int[0, 3]
                     select (rows, headers);

        tables.Sample(
            sample =>
            {
                var (rows, headers) = sample;
                var width = rows.Max(r => r.Sum(c => c.Item2));
                var table = new Table(EquatableArray.From(rows.Select((cells, i) => new TableRow(
                    EquatableArray.From(cells.Select(c => InlineText.Plain(c.Item1)).Concat(Enumerable.Repeat(InlineText.Plain(string.Empty), width - cells.Sum(c => c.Item2)))),
                    i < headers,
                    SourceSpan.None)
                {
                    Spans = cells.Any(c => c.Item2 > 1) ? EquatableArray.From(cells.Select(c => c.Item2).Concat(Enumerable.Repeat(1, width - cells.Sum(c => c.Item2))).ToArray()) : EquatableArray<int>.Empty,
                })), SourceSpan.None);
                var back = ReadBack(table);
                Assert.True(Dump(table) == Dump(back), "expected:\n" + Dump(table) + "\nread back:\n" + Dump(back));
            },
            iter: 500,
            seed: "0N0XIzNsQ0O7",
            threads: 1);
    }

    private static Table Read(string markdown)
    {
        var result = TemplateReader.Read("t.res.md", FrontMatter + markdown);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Diagnostics.DraftingSeverity.Error);
        return result.Document.Parts[0].OperativePart.OfType<Table>().Single();
    }

    private static Table ReadBack(Table table)
    {
        var document = TemplateReader.Read("t.res.md", FrontMatter + "| x |\n| --- |\n| y |\n").Document;
        var part = document.Parts[0];
        var written = MarkdownRenderer.Render(document with { Parts = EquatableArray.From(new[] { part with { OperativePart = EquatableArray.From(new BodyBlock[] { part.OperativePart[0], table }) } }) });
        return TemplateReader.Read("t.res.md", written).Document.Parts[0].OperativePart.OfType<Table>().Single();
    }

    private static string Dump(Table table) =>
        string.Join("\n", table.Rows.Select(row => (row.IsHeader ? "header: " : "row: ") + string.Join(" | ", row.Cells.Select((c, i) => c.PlainText + (row.SpanOf(i) > 1 ? " {span " + row.SpanOf(i) + "}" : string.Empty)))));
}

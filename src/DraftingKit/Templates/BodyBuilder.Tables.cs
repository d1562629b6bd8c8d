// Partial of BodyBuilder: a Markdown table read as a table of the text (partial: it reads the template source and its line map).
using DraftingKit.Model;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using MarkdownTable = Markdig.Extensions.Tables.Table;
using TableRow = DraftingKit.Model.TableRow;

namespace DraftingKit.Templates;

internal sealed partial class BodyBuilder
{
    private Model.Table ConvertTable(MarkdownTable table)
    {
        var rows = new List<TableRow>();
        var written = new List<string[]>();
        foreach (var rowBlock in table)
        {
            if (rowBlock is not Markdig.Extensions.Tables.TableRow row)
            {
                continue;
            }

            var cells = new List<InlineText>();
            var spans = new List<int>();
            var writtenCells = new List<string>();
            foreach (var cellBlock in row)
            {
                var writtenCell = WrittenCell(cellBlock);
                if (writtenCell == TableHeaderRows.SpannedCell && cells.Count > 0)
                {
                    spans[spans.Count - 1]++;
                    writtenCells.Add(writtenCell);
                    continue;
                }

                var cellText = InlineText.Empty;
                if (cellBlock is TableCell cell && cell.Count > 0 && cell[0] is ParagraphBlock paragraph)
                {
                    cellText = inlines.Convert(paragraph.Inline);
                }

                writtenCells.Add(writtenCell);
                cells.Add(cellText);
                spans.Add(1);
            }

            rows.Add(new TableRow(EquatableArray.From(cells), row.IsHeader, SpanOf(row)) { Spans = spans.Any(span => span > 1) ? EquatableArray.From(spans) : EquatableArray<int>.Empty });
            written.Add(writtenCells.ToArray());
        }

        return new Model.Table(EquatableArray.From(HeaderRows(rows, written)), SpanOf(table));
    }

    /// <summary>A cell as the template writes it, escapes and all: the characters between its column delimiters.</summary>
    private string WrittenCell(Block cell)
    {
        var start = Math.Max(0, cell.Span.Start);
        var end = Math.Min(source.Length - 1, cell.Span.End);
        return end < start ? string.Empty : source.Substring(start, end - start + 1).Trim().Trim('|');
    }

    /// <summary>
    /// The header rows as the template marks them (<see cref="TableHeaderRows"/>): the rows down to a rule of
    /// dashes after the delimiter line, else the header line, unless it is blank and so stands for none.
    /// </summary>
    private static List<TableRow> HeaderRows(List<TableRow> rows, List<string[]> written)
    {
        if (rows.Count == 0 || !rows[0].IsHeader)
        {
            return rows;
        }

        var rule = written.FindIndex(1, cells => TableHeaderRows.IsRule(cells));
        if (rule > 0)
        {
            var marked = new List<TableRow>(rows.Count - 1);
            for (var i = 0; i < rows.Count; i++)
            {
                if (i != rule)
                {
                    marked.Add(rows[i] with { IsHeader = i < rule });
                }
            }

            return marked;
        }

        return TableHeaderRows.IsBlank(written[0]) && rows.Count > 1 ? rows.GetRange(1, rows.Count - 1) : rows;
    }
}

using System.Text.RegularExpressions;
using DraftingKit.Vocabulary;

namespace DraftingKit.Import;

/// <summary>
/// Makes whole a paragraph that a page break cut where the text layer shows it: its last line on the page is
/// full (the next word would not have fitted, <see cref="PageLayout.IsSoftBreak"/>), then come the page's notes
/// or furniture, and the next page goes on with text that opens nothing of its own (no number, subparagraph
/// label, quotation mark or lead). The rest of the paragraph joins it; the notes stay where they are.
/// </summary>
internal static class PageStitcher
{
    /// <summary>A year as a heading's last word: "… to 30 June 2020", "… 2015–2030".</summary>
    private static readonly Regex EndsOnYear = new(@"(?<=[ –-])(?:19|20)\d{2}$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>A comma at a text's end, before the raised number of a note the layout printed as digits ("Disarmament,1").</summary>
    private static readonly Regex CommaEnd = new(@",[”’""]?\s?\d{0,3}\s*$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// What opens a unit of its own at a page's top: a number, a subparagraph's label in the one grammar of
    /// <see cref="PrintedLabel"/> (a letter's, a roman numeral's or a number's in brackets: "(4) Safe Demilitarized
    /// Border Zone (SDBZ): …" after "(3) … widely disseminated,", S/RES/2550 (2020)), a quotation mark or a dash.
    /// </summary>
    private static readonly Regex OpensUnit = new(@"^(?:\d{1,3}\.\s|" + PrintedLabel.Pattern + @"\s|[“""]|-\s)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static List<SourceBlock> Stitch(List<SourceBlock> blocks, int? width, LeadVocabulary vocabulary)
    {
        if (width is not int w)
        {
            return blocks;
        }

        var output = new List<SourceBlock>(blocks.Count);
        var open = -1;
        var pageBroke = false;
        foreach (var block in blocks)
        {
            if (block.Kind != SourceBlockKind.Paragraph)
            {
                output.Add(block);
                pageBroke = true;
                continue;
            }

            if (open >= 0 && pageBroke && output[open].TableRows is { } above && block.TableRows is { } below)
            {
                // A table broken by a page goes on with its rows.
                output[open] = WithRows(output[open], block, RowsAcrossPage(above, below, w));
                pageBroke = false;
                continue;
            }

            if (open >= 0 && pageBroke && output[open].TableRows is { } cut && block.TableRows is null && RowGoesOnBelow(cut, block, w))
            {
                // The page cut a row in its last cell: the words at the top of the next page finish that cell; the
                // table's next rows on this page stay the same table (pageBroke holds).
                var rows = cut.ToArray();
                rows[rows.Length - 1] = rows[rows.Length - 1].TrimEnd(' ') + " " + string.Join(" ", block.Lines.Select(line => line.Trim(' ')));
                output[open] = WithRows(output[open], block, rows);
                continue;
            }

            var continues = open >= 0 && pageBroke && output[open].TableRows is null && block.TableRows is null && Continues(output[open], block, w, vocabulary);
            pageBroke = false;
            if (continues)
            {
                var previous = output[open];
                var lines = new List<string>(previous.Lines);
                lines.AddRange(block.Lines);
                output[open] = previous with
                {
                    Text = previous.Text + LineJoin.Separator(previous.Text, block.Text) + block.Text,
                    Lines = lines,
                    Span = previous.Span with
                    {
                        Length = Math.Max(previous.Span.Length, block.Span.End - previous.Span.Start),
                        EndLine = block.Span.EndLine,
                        EndColumn = block.Span.EndColumn,
                    },
                };
                continue;
            }

            open = output.Count;
            output.Add(block);
        }

        return output;
    }

    private static bool Continues(SourceBlock previous, SourceBlock next, int width, LeadVocabulary vocabulary)
    {
        if (previous.Lines.Count == 0 || next.Lines.Count == 0 || next.Heading
            || !(PageLayout.IsSoftBreak(previous.Lines[previous.Lines.Count - 1], next.Lines[0], Math.Min(width, OwnWidth(previous) ?? width)) || CommaOverRest(previous, next)))
        {
            return false;
        }

        // The text's closing ("89th plenary meeting" over the date) is no paragraph's continuation.
        var text = next.Text.TrimStart('*');
        // Nor is a designation alone on its line ("… small island developing States;" / "Section 11", A/RES/77/262;
        // "… classified documents and materials." / "Article 4", A/RES/75/257 B).
        if (text.Length == 0 || OpensUnit.IsMatch(text) || PrintedItemMark.Opens(InlineParser.Plain(text)) || AdoptedResolutionReader.IsMeetingLine(InlineParser.Plain(next.Lines[0]))
            || DesignationLine.Is(InlineParser.Plain(next.Lines[0])))
        {
            return false;
        }

        var plain = InlineParser.Plain(text);
        if (IsHeadingAfterEnd(InlineParser.Plain(previous.Text), plain, next.Lines.Count))
        {
            return false;
        }

        // An item's title at the page's foot, its text at the next page's top ("(d) Facilitate the … delivery of
        // humanitarian assistance" / "To improve coordination …", S/RES/2709 (2023)).
        if (ItemTitle.EndsOver(previous.Lines.Select(line => InlineParser.Plain(line)).ToList(), plain))
        {
            return false;
        }

        return char.IsLower(text[0]) || (vocabulary.PreambularLeadAtStart(plain) is null && vocabulary.OperativeLeadAtStart(plain) is null && !ParticipleLead.Opens(plain));
    }

    /// <summary>
    /// True when the page broke after a comma and the next page's words end a unit of their own ("… greenhouse gas
    /// emission pathways," / "Global Warming of 1.5°C, in the context of … in a Changing Climate,", A/RES/75/216): a
    /// paragraph that ended on a comma is a preamble's, and the next opens by its lead, so words that open by none
    /// (the checks after this one) are its rest, however short its last line looks. A line's length in a text layer
    /// counts letters, not their widths, and a justified line of wide capitals holds few. Words that end no unit may
    /// be a heading ("Acting under Chapter VII of the Charter of the United Nations," / "Sanctions"), and are left to
    /// the line's length.
    /// </summary>
    private static bool CommaOverRest(SourceBlock previous, SourceBlock next) =>
        CommaEnd.IsMatch(InlineParser.Plain(previous.Text)) && FlowingText.EndsUnit(InlineParser.Plain(next.Text));

    /// <summary>
    /// The width of a paragraph's own lines where they hold fewer characters than the page's: a paragraph whose number
    /// stands in the margin ("7.      We will leave no one behind. …", A/RES/75/1) sets its further lines in at the text's
    /// column, so they end at the page's edge with fewer characters than its first line and than the page's widest
    /// lines, and its last line there is full at their width. The widest of its lines between the first and the last,
    /// where there are three or more; null for fewer.
    /// </summary>
    private static int? OwnWidth(SourceBlock paragraph) =>
        paragraph.Lines.Count >= 5 ? paragraph.Lines.Skip(1).Take(paragraph.Lines.Count - 2).Max(line => line.Trim().Length) : null;

    /// <summary>The table <paramref name="table"/> with the text of <paramref name="below"/> taken in and its rows now <paramref name="rows"/>.</summary>
    private static SourceBlock WithRows(SourceBlock table, SourceBlock below, string[] rows) => table with
    {
        Text = table.Text + " " + below.Text,
        TableRows = rows,
        Lines = rows,
        Span = table.Span with
        {
            Length = Math.Max(table.Span.Length, below.Span.End - table.Span.Start),
            EndLine = below.Span.EndLine,
            EndColumn = below.Span.EndColumn,
        },
    };

    /// <summary>
    /// Words that open the next page in lower case after a table whose last row line was full ("… will confer clean
    /// title to the" / "ship, or, if it is not known …", 77/100, annex I, item 13): the rest of that row's last cell,
    /// for no paragraph or row opens in lower case.
    /// </summary>
    private static bool RowGoesOnBelow(IReadOnlyList<string> rows, SourceBlock next, int width)
    {
        var text = next.Text.TrimStart('*');
        return rows.Count > 0 && next.Lines.Count > 0 && text.Length > 0 && char.IsLower(text[0])
            && !PrintedItemMark.Opens(InlineParser.Plain(text))
            && PageLayout.IsSoftBreak(rows[rows.Count - 1], next.Lines[0], width);
    }

    /// <summary>
    /// True for a heading at the top of a page under a paragraph that ended there ("…the DRC;" over "Coordination",
    /// "… HRDDP;" over "Disarmament, demobilisation, reintegration (DDR)", S/RES/2556 (2020); "… seventy-sixth session;"
    /// over "Budget performance report for the period from 1 July 2019 to 30 June" / "2020", A/RES/75/250 B): one line
    /// or two, in capitals at its start, that no punctuation closes, its last word a word, its bracket or a year, as no
    /// paragraph's rest is left.
    /// </summary>
    private static bool IsHeadingAfterEnd(string previous, string next, int lines)
    {
        var ended = previous.TrimEnd() is { Length: > 0 } above && above[above.Length - 1] is '.' or ';' or ':';
        return ended && lines <= 2 && next.Length > 0 && char.IsUpper(next[0])
            && (char.IsLetter(next[next.Length - 1]) || next[next.Length - 1] == ')' || EndsOnYear.IsMatch(next));
    }

    /// <summary>
    /// The rows of a table a page break cut, the rows below after the rows above; a row the break cut in its text (its
    /// line on the page above full and short of the table's cells, "Least developed countries … small island
    /// developing" with "States   7 320 200" over the page) is made one row again.
    /// </summary>
    private static string[] RowsAcrossPage(IReadOnlyList<string> above, IReadOnlyList<string> below, int width)
    {
        below = PrintedTable.BelowRepeatedHeader(above, below);
        if (PrintedTable.CellGoesOn(above, below) is { } joined)
        {
            return above.Take(above.Count - 1).Concat(new[] { joined }).Concat(below.Skip(1)).ToArray();
        }

        var rows = above.Concat(below).ToList();
        if (above.Count > 0 && below.Count > 0)
        {
            var last = above[above.Count - 1];
            var next = below[0];
            var columns = rows.Max(PrintedTable.CellCount);
            if (next.Trim().Length > 0 && PageLayout.IsSoftBreak(last, next, width) && PrintedTable.RowGoesOn(last, next, columns))
            {
                rows[above.Count - 1] = last + " " + next.TrimStart(' ');
                rows.RemoveAt(above.Count);
            }
        }

        return rows.ToArray();
    }
}

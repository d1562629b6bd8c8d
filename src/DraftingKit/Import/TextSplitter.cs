using System.Text;
using System.Text.RegularExpressions;
using DraftingKit.Text;

namespace DraftingKit.Import;

/// <summary>
/// Cuts the text extraction of a UN document into blocks: paragraphs, footnote texts and page-break separators.
/// Lines of one paragraph are joined; items of an embedded list (a provisional agenda: "1. Election of officers."
/// one a line) and lines ended by a Markdown hard break ("Distr.: General  ") stay separate.
/// </summary>
internal static class TextSplitter
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private static readonly Regex ListItemStart = new(@"^(?:\d{1,3}\.\s|-\s|\([a-z]{1,5}\)\s|“?\d{1,3}\.\s)", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex SupFootnote = new(@"^<sup>(?<number>\d{1,3}|[*†‡]{1,3}[a-z]?\d{0,2})</sup>\s+", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex PlainNote = new(@"^(?<number>\d{1,3})\s+(?=\S)", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex BracketNote = new(@"^\[(?<number>\d{1,3})\]\s+(?=\S)", RegexOptions.CultureInvariant, Timeout);
    /// <summary>
    /// A hanging label with the gap a layout leaves after it ("7.     Takes note", "(a)    Notes"; one space before a
    /// capital, "137. Acknowledges"): its text's column.
    /// </summary>
    private static readonly Regex HangingLabel = new(@"^\s*(?:\d{1,3}\.|" + PrintedLabel.Pattern + @"|[a-z]\.)(?:\s{2,}(?=\S)|\s(?=\p{Lu}))", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex HeadingMarks = new(@"^#{1,6}\s+", RegexOptions.CultureInvariant, Timeout);

    public static List<SourceBlock> Split(string path, string text)
    {
        var lines = new LineMap(path, text);
        var width = PageLayout.WidthOf(text.Split('\n'));
        var blocks = new List<SourceBlock>();
        var pending = new StringBuilder();
        var pendingLines = new List<string>();
        var pendingStart = -1;
        var pendingEnd = -1;
        var sawBreak = false;
        string? pendingRawEnd = null;
        var pendingHang = -1;
        string? pendingNote = null;
        string? pendingMark = null;
        var markLabels = new HashSet<string>(StringComparer.Ordinal);
        var marksUsed = SymbolNotes.MarksUsed(text);
        var notesZone = false;
        var superscriptNotes = false;
        var afterBlank = false;
        var lastNote = 0;
        var textLines = text.Split('\n');
        var tableRows = PrintedTable.Rows(textLines);
        var tableColumns = PrintedTable.Columns(textLines, tableRows);
        var lineIndex = 0;
        List<string>? pendingRows = null;

        void Flush()
        {
            if (pendingStart < 0)
            {
                return;
            }

            var span = lines.Span(pendingStart, pendingEnd - pendingStart);
            if (pendingRows is not null)
            {
                blocks.Add(new SourceBlock(SourceBlockKind.Paragraph, PrintedTable.Words(pendingRows), span) { TableRows = pendingRows, Lines = pendingRows.ToArray() });
                sawBreak = false;
                pendingRows = null;
                pendingStart = -1;
                return;
            }

            var block = pendingNote is not null
                ? new SourceBlock(SourceBlockKind.FootnoteText, pending.ToString().Trim(), span) { FootnoteNumber = pendingNote, BareNumber = true }
                : pendingMark is not null
                ? new SourceBlock(SourceBlockKind.FootnoteText, pending.ToString().Trim(), span) { FootnoteNumber = pendingMark }
                : Classify(pending.ToString().Trim(), span, sawBreak);
            if (block.FootnoteNumber is { } number && Model.FootnoteMark.Of(number) is { } symbol)
            {
                // Notes marked alike ("*" three times) are told apart by order: "*", "*b", "*c".
                var label = symbol == number ? Model.FootnoteMark.Label(symbol, markLabels.Contains) : number;
                markLabels.Add(label);
                block = block with { FootnoteNumber = label };
            }

            blocks.Add(block with { Lines = pendingLines.ToArray() });

            sawBreak = block.Kind != SourceBlockKind.Paragraph;
            pending.Clear();
            pendingLines.Clear();
            pendingStart = -1;
            pendingNote = null;
            pendingMark = null;
        }

        var position = 0;
        while (position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            if (end < 0)
            {
                end = text.Length;
            }

            var raw = text.Substring(position, end - position).TrimEnd('\r');
            var trimmed = raw.Trim();
            var row = lineIndex < tableRows.Length && tableRows[lineIndex];
            var rowGoesOn = pendingRows is { Count: > 0 } && trimmed.Length > 0 && width is int rowWidth && PageLayout.IsSoftBreak(pendingRawEnd!, trimmed, rowWidth)
                && PrintedTable.RowGoesOn(pendingRows[pendingRows.Count - 1], raw, tableColumns[Math.Max(0, lineIndex - 1)]);
            if (pendingRows is not null && !row && !rowGoesOn)
            {
                Flush();
            }

            if (rowGoesOn)
            {
                // A row broken to fit the page goes on on the next line.
                pendingRows![pendingRows.Count - 1] += " " + raw.TrimStart(' ');
                pendingEnd = end;
                pendingRawEnd = raw;
            }
            else if (row)
            {
                // A row of a table: rows stay lines of their own, with their cells as printed.
                if (pendingStart >= 0 && pendingRows is null)
                {
                    Flush();
                }

                if (pendingStart < 0)
                {
                    pendingStart = position;
                    pendingRows = new List<string>();
                }

                pendingRows!.Add(raw);
                pendingEnd = end;
                pendingRawEnd = raw;
                afterBlank = false;
            }
            else if (trimmed.Length == 0)
            {
                Flush();
                afterBlank = true;
            }
            else if (Divider.Is(trimmed))
            {
                // Three stars, spaced or not, are the text's divider: a paragraph of its own, not a page's edge.
                Flush();
                blocks.Add(new SourceBlock(SourceBlockKind.Paragraph, Divider.Printed, lines.Span(position, end - position)));
                afterBlank = false;
            }
            else if (!notesZone && Divider.IsStar(trimmed))
            {
                // Among a page's notes a star alone is a note's mark over its text, not the Council's divider.
                Flush();
                blocks.Add(new SourceBlock(SourceBlockKind.Paragraph, trimmed, lines.Span(position, end - position)));
                afterBlank = false;
            }
            else if (PageLayout.IsRule(trimmed) || trimmed is "---")
            {
                // A rule line opens the notes at the foot of a page (or after the text); "---" is a page break.
                Flush();
                blocks.Add(new SourceBlock(SourceBlockKind.PageBreak, trimmed, lines.Span(position, end - position)));
                sawBreak = true;
                notesZone = PageLayout.IsRule(trimmed);
                superscriptNotes = false;
                afterBlank = false;
            }
            else
            {
                // A plain number opens a note only among notes numbered plainly: under notes with superscript markers,
                // "… Supplement No." / "10 (E/2016/30) …" is one note running on.
                var note = NoteStart(trimmed, notesZone && !superscriptNotes, lastNote, out var noteText);
                // A note marked with a symbol ("* Not applicable …") where notes stand, or whose mark the text uses.
                var mark = SymbolNotes.NoteStart(trimmed, out var markText);
                if (mark is not null && !(notesZone || (pendingStart < 0 && sawBreak) || marksUsed.Contains(mark)))
                {
                    mark = null;
                }

                var footnote = note is not null || mark is not null || StartsFootnote(trimmed);
                if (notesZone && note is null && footnote)
                {
                    superscriptNotes = true;
                }

                if (notesZone && afterBlank && !footnote)
                {
                    notesZone = false;
                }

                // A line set in exactly where the words after a hanging label start runs on that labelled line, whatever its
                // length, unless a label with its gap opens it: "(g) of the Sendai Framework" there is a reference run on.
                // A label opens an item only after a line that ended a unit: "… Racial Discrimination (Ukraine" / "v. Russian
                // Federation), and of …" goes on its sentence.
                var hanging = pendingStart >= 0 && pendingHang > 0 && !footnote && !(HangingLabel.IsMatch(raw) && FlowingText.EndsUnit(pendingRawEnd!)) && raw.Length - raw.TrimStart().Length == pendingHang;
                // Where the paragraph opened on a page before and its label is not seen, the column its lines run at says the
                // same: "… may fall under article 4" / "(b) of the Convention;" (A/RES/75/169) is a reference run on.
                var runsOn = pendingStart >= 0 && pendingHang <= 0 && !footnote && RunsOnAtColumn(pendingRawEnd!, raw);
                var soft = hanging || runsOn || (width is int w && pendingStart >= 0 && !footnote && PageLayout.IsSoftBreak(pendingRawEnd!, trimmed, w));
                var hardBreakBefore = pendingStart >= 0 && pending.Length > 0 && EndsWithHardBreak(pendingRawEnd);
                if (pendingStart >= 0 && !soft && (hardBreakBefore || ListItemStart.IsMatch(trimmed) || footnote || IsListLine(pending.ToString()) || FormulaLine.Opens(InlineParser.Plain(trimmed))))
                {
                    Flush();
                }

                if (pendingStart < 0)
                {
                    pendingStart = position;
                    pendingHang = HangingLabel.Match(raw) is { Success: true } label ? label.Length : -1;
                    if (mark is not null)
                    {
                        pendingMark = mark;
                        trimmed = markText;
                    }
                    else if (note is not null)
                    {
                        pendingNote = note;
                        lastNote = int.Parse(note, System.Globalization.CultureInfo.InvariantCulture);
                        trimmed = noteText;
                    }
                    else if (footnote && int.TryParse(FootnoteNumber(trimmed, out _), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var printed))
                    {
                        lastNote = printed;
                    }
                }
                else
                {
                    pending.Append(LineJoin.Separator(pendingLines.Count > 0 ? pendingLines[pendingLines.Count - 1] : pending.ToString(), trimmed));
                }

                pending.Append(trimmed);
                pendingLines.Add(trimmed);
                pendingEnd = end;
                pendingRawEnd = raw;
                afterBlank = false;
            }

            if (end >= text.Length)
            {
                break;
            }

            position = end + 1;
            lineIndex++;
        }

        Flush();
        return blocks;
    }

    /// <summary>
    /// The number of a note printed with a plain number: "12 A/48/486, annex." among the notes after a rule line, or
    /// "[12] …" anywhere; the number must follow the last note's, so that a line of running text or of a note
    /// ("… vol." / "1 and corrigendum") opening with a number is never taken for a note.
    /// </summary>
    private static string? NoteStart(string line, bool notesZone, int lastNote, out string rest)
    {
        rest = line;
        var match = BracketNote.Match(line);
        if (!match.Success && notesZone)
        {
            match = PlainNote.Match(line);
        }

        if (!match.Success)
        {
            return null;
        }

        var number = int.Parse(match.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (number != lastNote + 1)
        {
            return null;
        }

        rest = line.Substring(match.Length);
        return match.Groups["number"].Value;
    }

    /// <summary>
    /// True when <paramref name="raw"/> stands at the laid-out column <paramref name="previous"/> runs at, after a line that
    /// ended no unit, and opens with a label but no label's gap: words of the sentence, not an item.
    /// </summary>
    private static bool RunsOnAtColumn(string previous, string raw)
    {
        var indent = raw.Length - raw.TrimStart().Length;
        return indent > 0 && indent == previous.Length - previous.TrimStart().Length && !FlowingText.EndsUnit(previous.TrimEnd())
            && ListItemStart.IsMatch(raw.TrimStart()) && !HangingLabel.IsMatch(raw);
    }

    private static bool EndsWithHardBreak(string? raw) => raw is not null && raw.EndsWith("  ", StringComparison.Ordinal);

    private static bool IsListLine(string text) => ListItemStart.IsMatch(text.TrimStart());

    private static bool StartsFootnote(string text) => FootnoteNumber(text, out _) is not null;

    private static SourceBlock Classify(string text, Model.SourceSpan span, bool afterBreak)
    {
        var heading = HeadingMarks.IsMatch(text);
        text = HeadingMarks.Replace(text, string.Empty);
        if (text is "---" or "___")
        {
            return new SourceBlock(SourceBlockKind.PageBreak, text, span);
        }

        if (FootnoteNumber(text, out var rest) is { } number)
        {
            return new SourceBlock(SourceBlockKind.FootnoteText, rest, span) { FootnoteNumber = number };
        }

        return new SourceBlock(SourceBlockKind.Paragraph, text, span) { AfterPageBreak = afterBreak, Heading = heading };
    }

    /// <summary>The number of a footnote text ("¹² Resolution 70/1." or "&lt;sup&gt;12&lt;/sup&gt; …"), or null.</summary>
    private static string? FootnoteNumber(string text, out string rest)
    {
        rest = text;
        var match = SupFootnote.Match(text);
        if (match.Success)
        {
            rest = text.Substring(match.Length);
            return match.Groups["number"].Value;
        }

        var digits = new StringBuilder();
        var i = 0;
        while (i < text.Length && InlineParser.SuperscriptDigit(text[i]) is int digit)
        {
            digits.Append((char)('0' + digit));
            i++;
        }

        if (digits.Length == 0 || digits.Length > 3 || i >= text.Length || text[i] != ' ')
        {
            return null;
        }

        rest = text.Substring(i + 1).TrimStart();
        return digits.ToString();
    }
}

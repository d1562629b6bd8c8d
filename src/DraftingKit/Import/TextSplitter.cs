using System;
using System.Collections.Generic;
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
    private static readonly Regex SupFootnote = new(@"^<sup>(?<number>\d{1,3})</sup>\s*", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex HeadingMarks = new(@"^#{1,6}\s+", RegexOptions.CultureInvariant, Timeout);

    public static List<SourceBlock> Split(string path, string text)
    {
        var lines = new LineMap(path, text);
        var blocks = new List<SourceBlock>();
        var pending = new StringBuilder();
        var pendingLines = new List<string>();
        var pendingStart = -1;
        var pendingEnd = -1;
        var sawBreak = false;
        string? pendingRawEnd = null;

        void Flush()
        {
            if (pendingStart < 0)
            {
                return;
            }

            var block = Classify(pending.ToString().Trim(), lines.Span(pendingStart, pendingEnd - pendingStart), sawBreak) with { Lines = pendingLines.ToArray() };
            blocks.Add(block);
            sawBreak = block.Kind != SourceBlockKind.Paragraph;
            pending.Clear();
            pendingLines.Clear();
            pendingStart = -1;
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
            if (trimmed.Length == 0)
            {
                Flush();
            }
            else
            {
                var hardBreakBefore = pendingStart >= 0 && pending.Length > 0 && EndsWithHardBreak(pendingRawEnd);
                if (pendingStart >= 0 && (hardBreakBefore || ListItemStart.IsMatch(trimmed) || StartsFootnote(trimmed) || IsListLine(pending.ToString())))
                {
                    Flush();
                }

                if (pendingStart < 0)
                {
                    pendingStart = position;
                }
                else
                {
                    pending.Append(' ');
                }

                pending.Append(trimmed);
                pendingLines.Add(trimmed);
                pendingEnd = end;
                pendingRawEnd = raw;
            }

            if (end >= text.Length)
            {
                break;
            }

            position = end + 1;
        }

        Flush();
        return blocks;
    }

    private static bool EndsWithHardBreak(string? raw) => raw is not null && raw.EndsWith("  ", StringComparison.Ordinal);

    private static bool IsListLine(string text) => ListItemStart.IsMatch(text.TrimStart());

    private static bool StartsFootnote(string text) => FootnoteNumber(text, out _) is not null;

    private static SourceBlock Classify(string text, Model.SourceSpan span, bool afterBreak)
    {
        text = HeadingMarks.Replace(text, string.Empty);
        if (text is "---" or "***" or "___")
        {
            return new SourceBlock(SourceBlockKind.PageBreak, text, span);
        }

        if (FootnoteNumber(text, out var rest) is { } number)
        {
            return new SourceBlock(SourceBlockKind.FootnoteText, rest, span) { FootnoteNumber = number };
        }

        return new SourceBlock(SourceBlockKind.Paragraph, text, span) { AfterPageBreak = afterBreak };
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

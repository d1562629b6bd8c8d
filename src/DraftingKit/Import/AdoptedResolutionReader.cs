using System.Text.RegularExpressions;
using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Import;

/// <summary>
/// Reads an adopted resolution or decision published on its own (seed 003, A/RES/74/177): the header block
/// (organ, distribution, date of issue, session, agenda item and its title), the adoption line, the bracketed
/// reference, the numbered title, the body and the closing meeting and date.
/// </summary>
/// <remarks>
/// The extraction of 003 lost the page header that carries the symbol; the symbol is derived from the organ's
/// prefix and the number ("A/" + "RES/" + "74/177"), as the General Assembly numbers its resolutions.
/// </remarks>
internal static class AdoptedResolutionReader
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    // "Resolution adopted by the General Assembly on 18 December 2019"; the Council's "Adopted by the Security Council
    // at its 8956th meeting, on 27 January 2022", or "… on 30 March 2020" for a text adopted without a meeting.
    private static readonly Regex AdoptionLine = new(@"^(?:(?<kind>Resolution|Decision)s? adopted|Adopted) by the (?<organ>.+?)(?: at its (?<meeting>\d{1,5}(?:st|nd|rd|th) (?:\(?resumed\)? )?(?:plenary )?meeting),?)? on (?<date>\d{1,2} [A-Z][a-z]+ \d{4})\.?$", RegexOptions.CultureInvariant, Timeout);

    // The number over the Council's adoption line: "Resolution 2618 (2022)".
    private static readonly Regex NumberLabel = new(@"^(?<kind>Resolution|Decision) (?<number>\d{1,5} \(\d{4}\)|\d{1,4}/\d{1,4})$", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex Distribution = new(@"^Distr\.:\s*(?<value>.+)$", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex Session = new(@"^(?<words>[A-Z][a-z]+(?:-[a-z]+)?) session$", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex AgendaItem = new(@"^Agenda items? (?<item>.+)$", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex NumberedTitle = new(@"^(?<number>\d{1,4}/\d{1,4})\.\s+(?<title>.+)$", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex Symbol = new(@"^[A-Z]{1,2}/(?:[A-Z0-9.\-]+/)+[A-Z0-9.\-]+(?: [A-Z](?:-[A-Z])?| \(\d{4}\))?$", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex HeadingMarks = new(@"^#{1,6}\s+", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex Meeting = new(@"^\d{1,4}(?:st|nd|rd|th) (?:\(?resumed\)? )?(?:plenary )?meeting$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>True for the line that says who adopted the text and when.</summary>
    internal static bool IsAdoptionLine(string line) => AdoptionLine.IsMatch(line);

    public static TextSegment? TryRead(IReadOnlyList<SourceBlock> blocks, List<DraftingDiagnostic> diagnostics)
    {
        var adoptionIndex = -1;
        Match adoption = Match.Empty;
        for (var i = 0; i < blocks.Count && adoptionIndex < 0; i++)
        {
            if (blocks[i].Kind == SourceBlockKind.Paragraph)
            {
                adoption = AdoptionLine.Match(PlainOf(blocks[i]));
                adoptionIndex = adoption.Success ? i : -1;
            }
        }

        if (adoptionIndex < 0)
        {
            return null;
        }

        var organName = adoption.Groups["organ"].Value;
        var organ = Organ.Find(organName) ?? Organ.Other(organName);
        UnDate.TryParse(adoption.Groups["date"].Value, out var adopted);
        var header = new DocumentHeader
        {
            Kind = adoption.Groups["kind"].Value == "Decision" ? DocumentKind.Decision : DocumentKind.Resolution,
            Status = DocumentStatus.Adopted,
            Organ = organ,
            Adopted = adopted,
            Meeting = adoption.Groups["meeting"].Success ? adoption.Groups["meeting"].Value : null,
        };

        var sawAgendaItem = false;
        for (var i = 0; i < adoptionIndex; i++)
        {
            if (blocks[i].Kind == SourceBlockKind.Paragraph)
            {
                header = ReadHeaderBlock(blocks[i], header, ref sawAgendaItem, agendaTitleAfter: true, diagnostics)!;
            }
        }

        var segment = new TextSegment(header.Kind, blocks[adoptionIndex].Span) { Status = DocumentStatus.Adopted };
        var bodyStarted = false;
        for (var i = adoptionIndex + 1; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Kind == SourceBlockKind.FootnoteText)
            {
                segment.Footnotes.Add(block);
                continue;
            }

            if (block.Kind != SourceBlockKind.Paragraph)
            {
                continue;
            }

            var plain = PlainOf(block);
            if (!bodyStarted && plain.StartsWith("[", StringComparison.Ordinal) && plain.EndsWith("]", StringComparison.Ordinal))
            {
                header = header with { Reference = plain.Substring(1, plain.Length - 2).Trim() };
                continue;
            }

            if (!bodyStarted && NumberedTitle.Match(plain) is { Success: true } title)
            {
                var number = title.Groups["number"].Value;
                header = header with
                {
                    Number = number,
                    Title = title.Groups["title"].Value.Trim(),
                    Symbol = header.Symbol ?? (organ.SymbolPrefix.Length == 0 ? null : organ.SymbolPrefix + "RES/" + number),
                };
                bodyStarted = true;
                continue;
            }

            var blockLines = LinesOf(block);
            if (Meeting.IsMatch(blockLines[0]))
            {
                // "53rd plenary meeting" over the date, which repeats the date of adoption.
                header = header with { Meeting = blockLines[0] };
                if (blockLines.Count == 1 || (blockLines.Count == 2 && UnDate.TryParse(blockLines[1], out _)))
                {
                    continue;
                }
            }

            if (header.Meeting is not null && UnDate.TryParse(plain, out _))
            {
                // The date under the meeting repeats the date of adoption.
                continue;
            }

            bodyStarted = true;
            segment.Body.Add(block);
        }

        segment.Header = header;
        return segment;
    }

    /// <summary>
    /// Reads a block of the header, one field a line: symbol, organ, distribution, date of issue, session, agenda
    /// item and its title (which may run over several lines). With <paramref name="diagnostics"/> a line that is
    /// no header field is reported; without, such a line makes the block no header block (null).
    /// </summary>
    internal static DocumentHeader? ReadHeaderBlock(SourceBlock block, DocumentHeader header, ref bool sawAgendaItem, bool agendaTitleAfter, List<DraftingDiagnostic>? diagnostics)
    {
        var lines = LinesOf(block);
        var agendaInBlock = false;
        for (var j = 0; j < lines.Count; j++)
        {
            var plain = lines[j];
            if (NumberLabel.Match(plain) is { Success: true } label)
            {
                var number = label.Groups["number"].Value;
                header = header with
                {
                    Kind = label.Groups["kind"].Value == "Decision" ? DocumentKind.Decision : DocumentKind.Resolution,
                    Number = number,
                    Symbol = header.Symbol ?? header.Organ.ResolutionSymbol(number),
                };
            }
            else if (Symbol.IsMatch(plain) && header.Symbol is null)
            {
                header = header with { Symbol = plain };
            }
            else if (Distribution.Match(plain) is { Success: true } distribution)
            {
                header = header with { Distribution = distribution.Groups["value"].Value.Trim() };
            }
            else if (UnDate.TryParse(plain, out var issued))
            {
                header = header with { Issued = issued };
            }
            else if (Session.Match(plain) is { Success: true } session && SessionNumber(session.Groups["words"].Value) is int number)
            {
                header = header with { Session = number };
            }
            else if (AgendaItem.Match(plain) is { Success: true } item)
            {
                header = header with { AgendaItem = item.Groups["item"].Value.Trim() };
                sawAgendaItem = true;
                agendaInBlock = true;
            }
            else if (sawAgendaItem && (agendaInBlock || agendaTitleAfter) && TitlesLacking(header) is int lacking and > 0)
            {
                // The items' titles, each on a line of its own, and each may run over several lines of the page; a
                // title in a paragraph of its own (Word) adds to those before it.
                var titles = AgendaTitleLines.Titles(lines.Skip(j).ToArray(), lacking);
                return header with { AgendaTitle = header.AgendaTitle is { } before ? before + "\n" + string.Join("\n", titles) : string.Join("\n", titles) };
            }
            else if (plain.StartsWith("Original:", StringComparison.Ordinal))
            {
                var language = plain.Substring("Original:".Length).Trim();
                header = language == "English" ? header : header with { OriginalLanguage = language };
            }
            else if (plain != header.Organ.Name)
            {
                if (diagnostics is null)
                {
                    return null;
                }

                diagnostics.Add(DraftingDiagnostic.Create(ImportDiagnostics.UnplacedParagraph, block.Span, "The header line '" + plain + "' is not a line the header block holds; it is not imported"));
            }
        }

        return header;
    }

    /// <summary>The closing's meeting line, "89th plenary meeting" or "54th (resumed) plenary meeting".</summary>
    internal static bool IsMeetingLine(string line) => Meeting.IsMatch(line.Trim());

    /// <summary>How many of the agenda items' titles are still to come: one for each item the agenda line names.</summary>
    private static int TitlesLacking(DocumentHeader header) =>
        header.AgendaItem is not { } items ? 0
        : AgendaTitleLines.ItemCount(items) - (header.AgendaTitle is { } titles ? titles.Split('\n').Length : 0);

    private static string PlainOf(SourceBlock block) => InlineParser.Plain(ReportSplitter.StripBold(block.Text)).Trim();

    /// <summary>The block's lines as a reader sees them: heading marks, bold and inline syntax gone.</summary>
    private static IReadOnlyList<string> LinesOf(SourceBlock block)
    {
        if (block.Lines.Count == 0)
        {
            return new[] { PlainOf(block) };
        }

        return block.Lines.Select(line => InlineParser.Plain(ReportSplitter.StripBold(HeadingMarks.Replace(line, string.Empty))).Trim()).ToArray();
    }

    private static int? SessionNumber(string words)
    {
        for (var number = 1; number < 1000; number++)
        {
            if (string.Equals(Numerals.ToOrdinalWords(number), words, StringComparison.OrdinalIgnoreCase))
            {
                return number;
            }
        }

        return null;
    }
}

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

    // The header's words (the adoption line, the organ, "Distr.", the dates, the session, the agenda item, the closing
    // meeting) are read through HeaderReading, in every language the renderers write them in.
    private static readonly Regex NumberedTitle = new(@"^(?<number>(?:E?S-\d{1,2}/\d{1,3})|\d{1,4}/\d{1,4})\.\s+(?<title>.+)$", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex Symbol = new(@"^[A-Z]{1,2}/(?:[A-Z0-9.\-]+/)+[A-Z0-9.\-]+(?: [A-Z](?:-[A-Z])?| \(\d{4}\))?$", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex HeadingMarks = new(@"^#{1,6}\s+", RegexOptions.CultureInvariant, Timeout);

    /// <summary>True for the line that says who adopted the text and when.</summary>
    internal static bool IsAdoptionLine(string line) => HeaderReading.TryAdoptionLine(line) is not null;

    public static TextSegment? TryRead(IReadOnlyList<SourceBlock> blocks, List<DraftingDiagnostic> diagnostics)
    {
        var adoptionIndex = -1;
        AdoptionReading? adoption = null;
        for (var i = 0; i < blocks.Count && adoptionIndex < 0; i++)
        {
            if (blocks[i].Kind == SourceBlockKind.Paragraph)
            {
                adoption = HeaderReading.TryAdoptionLine(PlainOf(blocks[i]));
                adoptionIndex = adoption is not null ? i : -1;
            }
        }

        if (adoptionIndex < 0 || adoption is null)
        {
            return null;
        }

        var organ = adoption.Organ;
        var header = new DocumentHeader
        {
            Kind = adoption.Kind,
            Status = DocumentStatus.Adopted,
            Organ = organ,
            Adopted = adoption.Adopted,
            Meeting = adoption.Meeting,
            Language = adoption.Language,
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
            if (HeaderReading.IsMeetingLine(blockLines[0], out _))
            {
                // "53rd plenary meeting" over the date, which repeats the date of adoption.
                header = header with { Meeting = blockLines[0] };
                if (blockLines.Count == 1 || (blockLines.Count == 2 && HeaderReading.TryDate(blockLines[1], out _, out _)))
                {
                    continue;
                }
            }

            if (header.Meeting is not null && HeaderReading.TryDate(plain, out _, out _))
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
            DocumentLanguage language;
            if (HeaderReading.TryNumberLine(plain, out var kind, out var number, out language))
            {
                header = header with
                {
                    Kind = kind,
                    Number = number,
                    Symbol = header.Symbol ?? header.Organ.ResolutionSymbol(number),
                };
            }
            else if (Symbol.IsMatch(plain) && header.Symbol is null)
            {
                header = header with { Symbol = plain };
                continue;
            }
            else if (HeaderReading.TryDistribution(plain, out var distribution, out language))
            {
                header = header with { Distribution = distribution };
            }
            else if (HeaderReading.TryDate(plain, out var issued, out language))
            {
                header = header with { Issued = issued };
            }
            else if (HeaderReading.TrySession(plain, out var session, out language))
            {
                header = header with { Session = session };
            }
            else if (HeaderReading.TryAgendaItem(plain, out var item, out language))
            {
                header = header with { AgendaItem = item };
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
            else if (HeaderReading.TryOriginal(plain, out var original, out language))
            {
                header = original == DocumentLanguage.English.Name ? header : header with { OriginalLanguage = original };
            }
            else if (!HeaderReading.Names(plain, header.Organ, out language))
            {
                if (diagnostics is null)
                {
                    return null;
                }

                diagnostics.Add(DraftingDiagnostic.Create(ImportDiagnostics.UnplacedParagraph, block.Span, "The header line '" + plain + "' is not a line the header block holds; it is not imported"));
                continue;
            }

            // A line in the words of another language than English is a text in that language ("Distr. générale").
            header = language.IsEnglish ? header : header with { Language = language };
        }

        return header;
    }

    /// <summary>True for a document symbol alone on its line ("A/RES/77/1", "S/RES/2560 (2020)", "A/RES/77/128 A-B").</summary>
    internal static bool IsSymbol(string line) => Symbol.IsMatch(line);

    /// <summary>The closing's meeting line, "89th plenary meeting" or "54th (resumed) plenary meeting".</summary>
    internal static bool IsMeetingLine(string line) => HeaderReading.IsMeetingLine(line, out _);

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
}

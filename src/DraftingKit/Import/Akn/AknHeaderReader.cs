using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DraftingKit.Model;

namespace DraftingKit.Import.Akn;

/// <summary>
/// Reads the header of an AKN4UN resolution: the identification (adoption date, language), the cover page
/// (symbol, distribution, date of issue, session, agenda item, committee report) and the preface (number, title,
/// and the designation of a part issued alone).
/// </summary>
internal static class AknHeaderReader
{
    // The UN's files also print the item's words before the number ("Point de l’ordre du jour 14"); the header's own
    // words (HeaderReading) are read first.
    private static readonly Regex AgendaItem = new(@"^(?:Agenda items?|Points? (?:de l’ordre du jour)?)(?>\s*)(?<item>.+?)(?:(?>\s+)de l’ordre du jour)?$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    // An agenda item line is a few words; a longer one is kept whole rather than given to the lazy pattern, whose
    // cost grows with the square of a run of spaces.
    private const int LongestAgendaLine = 300;

    private static string AgendaItemOf(string text)
    {
        if (text.Length > LongestAgendaLine)
        {
            return text;
        }

        if (HeaderReading.TryAgendaItem(text, out var item, out _))
        {
            return item;
        }

        try
        {
            var match = AgendaItem.Match(text);
            return match.Success ? match.Groups["item"].Value : text;
        }
        catch (RegexMatchTimeoutException)
        {
            return text;
        }
    }

    public static DocumentHeader ReadHeader(AknContext context, XElement main)
    {
        var header = new DocumentHeader { Kind = DocumentKind.Resolution, Status = DocumentStatus.Adopted, Organ = Organ.GeneralAssembly };
        var meta = AknContext.Child(main, "meta");
        var identification = meta is null ? null : AknContext.Child(meta, "identification");
        var adoption = identification?.Descendants(AknContext.Akn + "FRBRdate").FirstOrDefault(e => (string?)e.Attribute("name") == "adoption");
        if (adoption is not null && UnDate.TryParse((string?)adoption.Attribute("date") ?? string.Empty, out var adopted) && adopted.Year > 1)
        {
            header = header with { Adopted = adopted };
        }

        var language = identification?.Descendants(AknContext.Akn + "FRBRlanguage").FirstOrDefault();
        var code = (string?)language?.Attribute("language");
        if (code is not null && code != "eng")
        {
            context.Report(AknImportDiagnostics.NotEnglish, language, code);
            // The text is read as written and keeps its language: the template declares it, the exports carry it.
            header = header with { Language = DocumentLanguage.Find(code) ?? DocumentLanguage.English };
        }

        var cover = AknContext.Child(main, "coverPage");
        if (cover is null)
        {
            context.Report(AknImportDiagnostics.MissingMetadata, main, "cover page (symbol, session, agenda item)");
            return header;
        }

        var inlines = new AknInlineReader(context);
        foreach (var element in cover.Descendants())
        {
            var name = AknContext.Name(element);
            var text = name is "docNumber" or "docStatus" or "inline" or "docProponent" ? Plain(inlines, element) : string.Empty;
            switch (AknContext.Name(element))
            {
                case "docNumber" when (string?)element.Attribute("refersTo") == "#symbol":
                    header = header with { Symbol = text };
                    break;
                case "docStatus":
                    header = header with { Distribution = HeaderReading.TryDistribution(text, out var distribution, out _) ? distribution : StripPrefix(text, "Distr.:", "Distr.") };
                    break;
                // The Council's cover dates its adoption line too ("Adopted … on 11 July 2020"); the issue date is the other.
                case "docDate" when (string?)element.Attribute("refersTo") != "#adoptionDate" && UnDate.TryParse((string?)element.Attribute("date") ?? string.Empty, out var issued):
                    header = header with { Issued = issued };
                    break;
                case "session" when int.TryParse((string?)element.Attribute("value"), NumberStyles.None, CultureInfo.InvariantCulture, out var session):
                    header = header with { Session = session };
                    break;
                case "inline" when (string?)element.Attribute("name") == "agenda item":
                {
                    header = header with { AgendaItem = AgendaItemOf(text) };
                    break;
                }

                case "inline" when (string?)element.Attribute("name") == "agenda item name":
                    // A text under several agenda items names each item's title in an inline of its own: one line each.
                    header = header with { AgendaTitle = header.AgendaTitle is { } earlier ? earlier + "\n" + text : text };
                    break;
                case "docProponent":
                    header = header with { Reference = text.Trim().TrimStart('[').TrimEnd(']').Trim() };
                    break;
            }
        }

        if (header.Symbol is null)
        {
            context.Report(AknImportDiagnostics.MissingMetadata, cover, "document symbol ('docNumber' refersTo '#symbol')");
        }

        return header;
    }

    public static DocumentHeader ReadPreface(AknContext context, AknBodyReader body, XElement main, DocumentHeader header, out string? designation, out InlineText? partTitle, out InlineText? designationNote)
    {
        designationNote = null;
        designation = null;
        partTitle = null;
        var preface = AknContext.Child(main, "preface");
        if (preface is null)
        {
            context.Report(AknImportDiagnostics.MissingMetadata, main, "preface (number and title)");
            return header;
        }

        var paragraphs = AknContext.Children(preface, "p").ToList();

        // A draft's sponsors line comes first ("<docProponent>Albania, …</docProponent>: <docStatus>draft
        // resolution</docStatus>"): its sponsors are the header's, and the number and title are in the next paragraph.
        if (paragraphs.Count > 0 && AknContext.Children(paragraphs[0], "docProponent").FirstOrDefault() is { } proponent)
        {
            header = header with { Sponsors = Plain(body.Inlines, proponent) };
            paragraphs.RemoveAt(0);
        }

        // A text a report labels ("Resolution 26/1", "Draft resolution IV") prints the label on a line of its own over
        // the number and title: a preface paragraph that holds only its status.
        if (paragraphs.Count > 0 && LabelLine(paragraphs[0]) is { } labelLine)
        {
            header = header with { Label = Plain(body.Inlines, labelLine) };
            paragraphs.RemoveAt(0);
        }

        if (paragraphs.Count == 0 && header.Sponsors is not null)
        {
            // A Council draft has no number and no title: the sponsors line is the whole preface.
            return header;
        }

        if (paragraphs.Count == 0)
        {
            context.Report(AknImportDiagnostics.MissingMetadata, preface, "number and title in the preface");
            return header;
        }

        var first = paragraphs[0];
        var number = AknContext.Children(first, "docNumber").FirstOrDefault();
        if (number is not null)
        {
            header = header with { Number = Plain(body.Inlines, number).TrimEnd('.').Trim() };
        }

        var titles = AknContext.Children(first, "docTitle").ToList();
        if (titles.Count > 1)
        {
            context.Report(AknImportDiagnostics.TitleInPieces, titles[1], titles.Count);
        }

        if (titles.Count > 0)
        {
            header = header with { Title = string.Join(" ", titles.Select(title => Plain(body.Inlines, title))) };
        }
        else if (header.Organ.TitlesResolutions)
        {
            // An organ whose resolutions bear no title (organs.tsv: the Security Council) prints the number alone.
            context.Report(AknImportDiagnostics.MissingMetadata, first, "title ('docTitle')");
        }

        // A single part of a resolution in parts ("75/245 B") names its part in a second preface paragraph, or
        // in a second 'docNumber' of the first.
        var numbers = first.Descendants(AknContext.Akn + "docNumber").Skip(1).Concat(paragraphs.Skip(1).SelectMany(p => p.Descendants(AknContext.Akn + "docNumber"))).ToList();
        if (numbers.Count > 0)
        {
            // "B" with its footnote marker: the footnote joins the text's footnotes, referenced from the designation.
            var designationText = body.Inlines.Read(numbers[0]);
            designation = designationText.PlainText.Trim().TrimEnd('.').Trim();
            var references = designationText.Inlines.OfType<FootnoteReference>().Cast<Inline>().ToList();
            foreach (var note in numbers[0].ElementsAfterSelf().TakeWhile(e => AknContext.Name(e) == "authorialNote").ToList())
            {
                // The files set the marker just after the docNumber ("<docNumber>B</docNumber><authorialNote …>").
                var label = context.FootnoteLabel((string?)note.Attribute("marker") ?? string.Empty, note);
                context.Footnotes.Add(new Footnote(label, body.Inlines.ReadParagraphs(note), context.SpanOf(note)));
                references.Add(new FootnoteReference(label, context.SpanOf(note)));
                note.Remove(); // Read once: a footnote left in the preface is the title's (DK0155).
            }

            designationNote = references.Count == 0 ? null : new InlineText(EquatableArray.From(references));

            var partTitleElement = paragraphs.Skip(1).SelectMany(p => AknContext.Children(p, "docTitle")).FirstOrDefault();
            if (partTitleElement is not null)
            {
                partTitle = body.Inlines.Read(partTitleElement);
            }
        }

        ReportDetachedFootnotes(context, body, preface, designation is null ? "the title" : "the designation of part " + designation);
        return header;
    }

    /// <summary>Footnotes on the title or a part's designation: the model holds those as plain strings.</summary>
    public static void ReportDetachedFootnotes(AknContext context, AknBodyReader body, XElement preface, string where)
    {
        foreach (var note in preface.Descendants(AknContext.Akn + "authorialNote").ToList())
        {
            var marker = (string?)note.Attribute("marker") ?? string.Empty;
            var label = context.FootnoteLabel(marker, note);
            context.DetachedFootnotes.Add(new Footnote(label, body.Inlines.ReadParagraphs(note), context.SpanOf(note)));
            context.Report(AknImportDiagnostics.DetachedFootnote, note, marker, where);
        }
    }

    /// <summary>The <c>docStatus</c> of a paragraph that holds it alone (no number, title or other text), else null.</summary>
    private static XElement? LabelLine(XElement paragraph)
    {
        var elements = paragraph.Elements().ToList();
        return elements.Count == 1 && AknContext.Name(elements[0]) == "docStatus"
            && paragraph.Nodes().OfType<XText>().All(text => string.IsNullOrWhiteSpace(text.Value))
            ? elements[0]
            : null;
    }

    private static string Plain(AknInlineReader inlines, XElement element) => inlines.Read(element).PlainText.Trim();

    private static string StripPrefix(string text, params string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return text.Substring(prefix.Length).Trim();
            }
        }

        return text;
    }
}

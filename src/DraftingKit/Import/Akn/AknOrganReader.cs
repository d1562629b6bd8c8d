using System.Text.RegularExpressions;
using System.Xml.Linq;
using DraftingKit.Model;

namespace DraftingKit.Import.Akn;

/// <summary>
/// Reads whose text an AKN4UN file holds and what that organ prints on its cover: the Security Council's files name
/// the Council as issuing body and FRBR author ("sc") and carry, instead of a preface and a closing, the number line
/// "Resolution 2618 (2022)" and the adoption line "Adopted by the Security Council at its 8956th meeting, on 27
/// January 2022" on the cover page.
/// </summary>
internal static class AknOrganReader
{
    private static readonly Regex NumberLine = new(@"^(?:Resolution|Decision)\s+(?<number>\S.*)$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The organ: the cover's issuing body, else the FRBR author, else the symbol; the General Assembly when none says.</summary>
    public static Organ OrganOf(XElement main, string? symbol)
    {
        var cover = AknContext.Child(main, "coverPage");
        var issuing = cover?.Descendants(AknContext.Akn + "docAuthority").FirstOrDefault(e => (string?)e.Attribute("refersTo") == "#issuingBody");
        if (issuing is not null && Organ.Find(Normalize(issuing.Value)) is { } named)
        {
            return named;
        }

        var author = main.Descendants(AknContext.Akn + "FRBRWork").Elements(AknContext.Akn + "FRBRauthor").FirstOrDefault();
        var id = ((string?)author?.Attribute("href") ?? string.Empty).TrimStart('#');
        foreach (var organ in Organ.Known)
        {
            if (organ.AknNames is { } names && id.Length > 0 && string.Equals(names.Author, id, StringComparison.OrdinalIgnoreCase))
            {
                return organ;
            }
        }

        return symbol is not null && Organ.OfSymbol(symbol) is { } bySymbol ? bySymbol : Organ.GeneralAssembly;
    }

    /// <summary>
    /// The header with its organ and, for an organ that prints its number and adoption line on the cover, the number,
    /// meeting and date of adoption read from there.
    /// </summary>
    public static DocumentHeader Read(AknInlineReader inlines, XElement main, DocumentHeader header)
    {
        var organ = OrganOf(main, header.Symbol);
        header = header with { Organ = organ };
        if (organ.ClosesWithMeeting || AknContext.Child(main, "coverPage") is not { } cover)
        {
            return header;
        }

        foreach (var title in cover.Descendants(AknContext.Akn + "docTitle"))
        {
            switch ((string?)title.Attribute("refersTo"))
            {
                case "#resolutionNumber":
                    var number = NumberLine.Match(Normalize(inlines.Read(title).PlainText));
                    if (number.Success)
                    {
                        header = header with { Number = number.Groups["number"].Value };
                    }

                    break;
                case "#adoption":
                    var meeting = title.Descendants(AknContext.Akn + "inline").FirstOrDefault(e => (string?)e.Attribute("name") == "adoptionMeeting");
                    var meetingText = meeting is null ? string.Empty : Normalize(inlines.Read(meeting).PlainText);
                    var date = title.Descendants(AknContext.Akn + "docDate").FirstOrDefault();
                    header = header with
                    {
                        // An empty adoptionMeeting is a text adopted without a meeting (the written procedure of 2020).
                        Meeting = meetingText.Length == 0 ? header.Meeting : meetingText,
                        Adopted = date is not null && UnDate.TryParse((string?)date.Attribute("date") ?? string.Empty, out var adopted) ? adopted : header.Adopted,
                    };
                    break;
            }
        }

        return header;
    }

    private static string Normalize(string text) => Regex.Replace(text.Replace('\u00a0', ' '), @"\s+", " ", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)).Trim();
}

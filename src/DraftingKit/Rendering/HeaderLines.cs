using DraftingKit.Model;

namespace DraftingKit.Rendering;

/// <summary>
/// The header block of a UN document as lines, shared by every renderer so that all formats print the same
/// header: symbol, organ, distribution and date, session and agenda item, the adoption line, and the title line.
/// </summary>
public static class HeaderLines
{
    /// <summary>True when the front matter describes a header block (a published document rather than a bare text).</summary>
    public static bool HasHeaderBlock(DocumentHeader header) =>
        header.Symbol is not null || header.Distribution is not null || header.Issued is not null || header.Session is not null;

    /// <summary>The lines above the session line: symbol, organ, distribution, date of issue, languages.</summary>
    public static IEnumerable<string> Masthead(DocumentHeader header)
    {
        foreach (var line in MastheadLines(header))
        {
            yield return line.Text;
        }
    }

    /// <summary>
    /// The masthead lines with what each one is, for formats that set each line in its own style (DOCX, HTML,
    /// AKN). The text of each line is what <see cref="Masthead"/> prints.
    /// </summary>
    public static IEnumerable<HeaderLine> MastheadLines(DocumentHeader header)
    {
        if (header.Symbol is { } symbol)
        {
            yield return new HeaderLine(HeaderLineKind.Symbol, symbol);
        }

        var words = HeaderWording.For(header.Language);
        yield return new HeaderLine(HeaderLineKind.Organ, words.OrganName(header.Organ));
        if (header.Distribution is { } distribution)
        {
            yield return new HeaderLine(HeaderLineKind.Distribution, words.Distribution(distribution));
        }

        if (header.Issued is { } issued)
        {
            yield return new HeaderLine(HeaderLineKind.Issued, words.Date(issued));
        }

        if (header.OriginalLanguage is { } original)
        {
            yield return new HeaderLine(HeaderLineKind.OriginalLanguage, words.Original(original));
        }
    }

    /// <summary>"Seventy-fourth session" or, for the Economic and Social Council, "2017 session", in the text's language.</summary>
    public static string? SessionLine(DocumentHeader header) => header.Session is not int session || !header.Organ.MeetsInSessions
        ? null
        : header.Organ.CountsSessionsByYear && session > 1900
            ? HeaderWording.For(header.Language).YearSession(session)
            : HeaderWording.For(header.Language).Session(session, SessionKind(header.Symbol));

    /// <summary>
    /// "emergency special" or "special" for a text of such a session, as its symbol says (A/RES/ES-11/1,
    /// A/RES/S-32/1): the UN prints "Eleventh emergency special session".
    /// </summary>
    private static string SessionKind(string? symbol) =>
        symbol is null ? string.Empty
        : symbol.Contains("/ES-") ? "emergency special"
        : symbol.Contains("/S-") ? "special"
        : string.Empty;

    /// <summary>"Agenda item 106", or "Agenda items 138 and 149" for a text under several items, in the text's language.</summary>
    public static string? AgendaLine(DocumentHeader header) => header.AgendaItem is not { } item
        ? null
        : HeaderWording.For(header.Language).Agenda(item);

    /// <summary>
    /// The sponsors line of a draft: "Albania, France, Japan and United States of America: draft resolution", as the
    /// Council's drafts (S/2024/…) and the Assembly's L documents print it under the masthead, in the text's language.
    /// </summary>
    public static string? SponsorsLine(DocumentHeader header) =>
        header.Status == DocumentStatus.Draft && header.Sponsors is { Length: > 0 } sponsors
            ? HeaderWording.For(header.Language).SponsorsLine(sponsors, header.Kind == DocumentKind.Decision ? DocumentKind.Decision : DocumentKind.Resolution)
            : null;

    /// <summary>The agenda items' titles, one line each, as the cover prints them (<see cref="DocumentHeader.AgendaTitle"/>).</summary>
    public static IReadOnlyList<string> AgendaTitles(DocumentHeader header) =>
        header.AgendaTitle is { } titles ? titles.Split('\n').Select(title => title.Trim()).Where(title => title.Length > 0).ToArray() : System.Array.Empty<string>();

    /// <summary>
    /// The line that heads an adopted text: "Resolution adopted by the General Assembly on 18 December 2019"; for an
    /// organ whose adoption line names the meeting under the number (the Security Council), the number line
    /// "Resolution 2618 (2022)". <paramref name="parts"/> is the count of texts issued together (A, B …): more than
    /// one makes the line plural, "Resolutions adopted …".
    /// </summary>
    public static string? AdoptionLine(DocumentHeader header, int parts = 1)
    {
        if (header.Status != DocumentStatus.Adopted || header.Adopted is not { } adopted)
        {
            return null;
        }

        var kind = header.Kind == DocumentKind.Decision ? DocumentKind.Decision : DocumentKind.Resolution;
        var words = HeaderWording.For(header.Language);
        if (!header.Organ.ClosesWithMeeting)
        {
            return header.Number is { } number ? words.NumberLine(kind, number) : words.AdoptionLine(header.Organ, kind, header.Meeting, adopted, parts > 1);
        }

        return words.AdoptionLine(header.Organ, kind, null, adopted, parts > 1);
    }

    /// <summary>
    /// The line under the adoption line: "[on the report of the Third Committee (A/74/400)]"; for an organ whose
    /// text does not close with its meeting, the adoption line itself ("Adopted by the Security Council at its 8956th
    /// meeting, on 27 January 2022"), as the Council prints it under the number.
    /// </summary>
    public static string? ReferenceLine(DocumentHeader header)
    {
        if (!header.Organ.ClosesWithMeeting && header.Status == DocumentStatus.Adopted && header.Adopted is { } adopted && header.Number is not null)
        {
            var kind = header.Kind == DocumentKind.Decision ? DocumentKind.Decision : DocumentKind.Resolution;
            return HeaderWording.For(header.Language).AdoptionLine(header.Organ, kind, header.Meeting, adopted, inParts: false);
        }

        return header.Reference is { } reference ? "[" + reference + "]" : null;
    }

    /// <summary>
    /// The title line: "74/177. Title" for an adopted text with a number and no label, otherwise the title alone (a
    /// label, "Draft resolution IV" or "Resolution 26/1", is printed on its own line before it).
    /// </summary>
    public static string? TitleLine(DocumentHeader header)
    {
        if (header.Title is not { } title)
        {
            // An organ that titles no resolution prints its number in the adoption line ("Resolution 2618 (2022)").
            return header.Status == DocumentStatus.Adopted && header.Organ.TitlesResolutions ? header.Number : null;
        }

        if (!header.Organ.TitlesResolutions)
        {
            return title;
        }

        // A text printed under its label ("Resolution 26/1" in a commission report) shows the number in the label;
        // the title line then carries the title alone, as the report prints it.
        return header.Status == DocumentStatus.Adopted && header.Number is { } number && header.Label is null ? number + ". " + title : title;
    }

    /// <summary>The closing lines of an adopted text: "50th plenary meeting", "18 December 2019".</summary>
    public static IEnumerable<string> Closing(DocumentHeader header)
    {
        if (header.Status != DocumentStatus.Adopted || !header.Organ.ClosesWithMeeting)
        {
            yield break;
        }

        if (header.Meeting is { } meeting)
        {
            yield return meeting;
        }

        if (header.Adopted is { } adopted && header.Meeting is not null)
        {
            yield return HeaderWording.For(header.Language).Date(adopted);
        }
    }
}

using System.Text.RegularExpressions;

namespace DraftingKit.Import;

/// <summary>
/// The titles a UN note sets in italics, found by the grammar of its references, for a text that lost its italics
/// (a PDF's text layer): a publication's title ("<i>Report of the Fourth World Conference on Women, Beijing, 4–15
/// September 1995</i> (United Nations publication, Sales No. E.96.IV.13)"), the Official Records' title with its session
/// and supplement ("<i>Official Records of the General Assembly, Seventy-fifth Session, Supplement No. 7</i> (A/75/7)",
/// and after "Ibid.," the session and supplement alone), and the Treaty Series ("United Nations, <i>Treaty Series</i>,
/// vol. 2225").
/// </summary>
/// <remarks>
/// <para>
/// The Editorial Manual sets the titles of publications in italics; the notes of the UN corpus print 2,532 such titles,
/// 2,371 of 9,364 notes. A title ends where the reference's own parts begin: a bracket ("(A/75/7)", "(United Nations
/// publication, …)"), a volume (", vol. I"), a corrigendum, or a part written in lower case (", chap. I", ", para. 5",
/// ", document A/5700"). A publication is known by what follows its title: the words "United Nations publication", a
/// conference's or an information series' symbol ("A/CONF.192/15", "NPT/CONF.2010/50", "S/INF/69") or its volumes; a
/// body that published it, named before it, is not its title ("United Nations Educational, Scientific and Cultural
/// Organization, <i>Records of the General Conference, …</i>").
/// </para>
/// <para>
/// On the corpus's notes with their italics taken away, the grammar finds 98 % of what it sets right and 95 % of the
/// titles (<c>NoteTitlesInCorpusTests</c>); what it leaves are the titles of other publishers' books, known by no
/// words of their own ("INTERPOL, <i>Strategic Report: …</i> (2016)") and court cases ("<i>Davis v. Guam</i>").
/// </para>
/// </remarks>
internal static class NoteTitles
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private static readonly Regex TreatySeries = new(@"\bTreaty Series(?=, vols?\.)", RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex OfficialRecords = new(@"\bOfficial Records of the ", RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex Ibid = new(@"\b[Ii]bid\.,\s", RegexOptions.CultureInvariant, Timeout);

    /// <summary>Where a reference's parts after its title begin: a bracket, a corrigendum or addendum, the next reference.</summary>
    private static readonly Regex TitleStop = new(@" \(| and (?:corrigend|addend)|;|$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>The first part of the Official Records' title after "Ibid.,": a session, a year, a supplement, a volume's name.</summary>
    private static readonly Regex RecordsContinued = new(
        @"^(?:[A-Z][a-z]+(?:-[a-z]+)?(?: Special| Emergency Special)? (?:Session|Year)|\d{4}|Supplement (?:No\.|for) .*|Annexes|Plenary Meetings)$",
        RegexOptions.CultureInvariant,
        Timeout);

    /// <summary>A part that is the reference's, not its title's: a symbol or an abbreviated locator.</summary>
    private static readonly Regex NotTitle = new(@"^(?:[A-Z]+(?:\.\d+)?/|(?:vols?|No|paras?|chap|sect|annex)\.?\b)", RegexOptions.CultureInvariant, Timeout);

    /// <summary>What follows a publication's title: its imprint, a conference's or information series' symbol, its volumes.</summary>
    private static readonly Regex Publication = new(
        @" \((?:United[ \u00A0]Nations publication|[A-Z]+/(?:CONF|INF)[./])|, vols?\. [IVXL\d]",
        RegexOptions.CultureInvariant,
        Timeout);

    /// <summary>A publication's volume named by its own title after its number: ", vol. I, <i>Resolutions Adopted by the Conference</i>".</summary>
    private static readonly Regex VolumeTitle = new(@"\G, vols?\. [IVXL\d]+(?:–[IVXL\d]+)?[:,] (?=[A-Z])", RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex VolumeTitleEnd = new(@" \(|, sect\.|, annex|,? and corrigend|\.$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>
    /// A body named before the title it published, its words capitalized but for the small words of a name and its last
    /// the noun that names a body ("Food and Agriculture Organization of the United Nations", "Population Division").
    /// </summary>
    private static readonly Regex Publisher = new(
        @"^(?!Report|Final|Records|Yearbook|Resolutions|\d)[A-Z][\w’'-]*(?:,? (?:of|the|and|for|on|in|[A-Z][\w’'-]*))*? (?:Organization|Organisation|Nations|Programme|Fund|Division|Office|Secretariat|Bank|Agency|Institute|Development), (?=[A-Z\d])",
        RegexOptions.CultureInvariant,
        Timeout);

    private static readonly Regex ReferenceStart = new(@"(?:^(?:See also |See )?|; (?:see also |see )?)", RegexOptions.CultureInvariant, Timeout);

    /// <summary>The start and length of each title in <paramref name="note"/> (its plain text), left to right.</summary>
    public static IReadOnlyList<(int Start, int Length)> In(string note)
    {
        var titles = new SortedSet<(int Start, int Length)>();
        try
        {
            foreach (Match series in TreatySeries.Matches(note))
            {
                titles.Add((series.Index, series.Length));
            }

            foreach (Match records in OfficialRecords.Matches(note))
            {
                Add(titles, TitleParts(note, records.Index, continued: false));
            }

            foreach (Match ibid in Ibid.Matches(note))
            {
                Add(titles, TitleParts(note, ibid.Index + ibid.Length, continued: true));
            }

            foreach (Match start in ReferenceStart.Matches(note))
            {
                AddPublication(titles, note, start.Index + start.Length);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return Array.Empty<(int, int)>();
        }

        return titles.ToList();
    }

    private static void Add(SortedSet<(int Start, int Length)> titles, (int Start, int Length)? title)
    {
        if (title is { Length: > 0 } found)
        {
            titles.Add(found);
        }
    }

    /// <summary>
    /// The Official Records' title from <paramref name="start"/>: its parts separated by commas while each opens with a
    /// capital or is a year; after "Ibid.," (<paramref name="continued"/>) only when its first part continues the Records.
    /// </summary>
    private static (int Start, int Length)? TitleParts(string note, int start, bool continued)
    {
        var end = start;
        var position = start;
        var first = true;
        while (true)
        {
            var stop = TitleStop.Match(note, position).Index;
            var comma = note.IndexOf(", ", position, StringComparison.Ordinal);
            var last = comma < 0 || comma >= stop;
            var part = note.Substring(position, (last ? stop : comma) - position);
            if (last)
            {
                part = part.TrimEnd('.');
            }

            if (first && continued && !RecordsContinued.IsMatch(part))
            {
                return null;
            }

            if (!OpensTitlePart(part))
            {
                break;
            }

            end = position + part.Length;
            first = false;
            if (last)
            {
                break;
            }

            position = comma + 2;
        }

        return end > start ? (start, end - start) : null;
    }

    private static bool OpensTitlePart(string part) =>
        part.Length > 0 && (char.IsUpper(part[0]) || (part.Length == 4 && part.All(char.IsDigit))) && !NotTitle.IsMatch(part);

    /// <summary>A publication's title at a reference's start, when what follows it names it a publication.</summary>
    private static void AddPublication(SortedSet<(int Start, int Length)> titles, string note, int start)
    {
        if (start >= note.Length || !(char.IsUpper(note[start]) || char.IsDigit(note[start])))
        {
            return;
        }

        var next = note.IndexOf("; ", start, StringComparison.Ordinal);
        var limit = next < 0 ? note.Length : next;
        var follows = Publication.Match(note, start, limit - start);
        if (!follows.Success)
        {
            return;
        }

        var title = note.Substring(start, follows.Index - start);
        if (title.StartsWith("Official Records", StringComparison.Ordinal) || title.StartsWith("Ibid", StringComparison.Ordinal)
            || title.IndexOf("Treaty Series", StringComparison.Ordinal) >= 0 || title.IndexOf(" (", StringComparison.Ordinal) >= 0
            || title.IndexOf('“') >= 0 || NotTitle.IsMatch(title))
        {
            return;
        }

        if (Publisher.Match(title) is { Success: true } publisher)
        {
            start += publisher.Length;
            title = title.Substring(publisher.Length);
        }

        if (title.Length == 0 || !(char.IsUpper(title[0]) || char.IsDigit(title[0])))
        {
            return;
        }

        titles.Add((start, title.Length));
        if (VolumeTitle.Match(note, follows.Index) is { Success: true } volume && volume.Index + volume.Length < limit)
        {
            var volumeStart = volume.Index + volume.Length;
            var end = VolumeTitleEnd.Match(note, volumeStart, limit - volumeStart);
            if (end.Success)
            {
                titles.Add((volumeStart, end.Index - volumeStart));
            }
        }
    }
}

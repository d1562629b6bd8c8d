using System.Text.RegularExpressions;
using System.Xml.Linq;
using DraftingKit.Model;
using DraftingKit.Text;

namespace DraftingKit.Import.Akn;

/// <summary>
/// Reads the meeting and date a text was adopted at by what the markup means, not by one element shape. The
/// UN's files write the meeting as <c>&lt;inline name="adoptionMeeting"&gt;</c> (General Assembly, sessions
/// 75–77), as <c>&lt;event&gt;…&lt;location refersTo="#adoptionMeeting"&gt;</c> (other years), or only as text
/// ("53rd plenary meeting"); the date as a <c>docDate</c> or <c>date</c> element (refersTo "#adoptionDate") or
/// as text. The Security Council sets both in its preface ("Adopted by the Security Council at its 8700th
/// meeting, on 10 January 2020").
/// </summary>
internal static class AknClosingReader
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    // "53rd plenary meeting", "87th (resumed) plenary meeting", "12th resumed plenary meeting", "8700th meeting".
    private static readonly Regex MeetingText = new(
        @"\b\d{1,5}(?:st|nd|rd|th)(?>\s+)(?:\(resumed\)(?>\s+)|resumed(?>\s+))?(?:plenary(?>\s+))?meeting\b",
        RegexOptions.CultureInvariant,
        Timeout);

    private static readonly Regex DateText = new(
        @"\b\d{1,2}(?>\s+)(?:" + Model.UnDate.MonthAlternation + @")(?>\s+)\d{4}\b",
        RegexOptions.CultureInvariant,
        Timeout);

    // A closing holds a meeting and a date; a longer text is not a closing and is not scanned as one.
    private const int LongestClosingText = 400;

    /// <summary>
    /// The meeting and date in <paramref name="scope"/> (a <c>conclusions</c>, or a preface), read from the
    /// elements named for them, else, when <paramref name="byText"/>, from its words; null parts are not there.
    /// </summary>
    public static (string? Meeting, UnDate? Date) Read(AknInlineReader inlines, XElement scope, bool byText)
    {
        var meetingElement = scope.Descendants().FirstOrDefault(e => Means(e, "adoptionMeeting"));
        var meeting = meetingElement is null ? null : NonEmpty(inlines.Read(meetingElement).PlainText.Trim());
        var dateElement = scope.Descendants().FirstOrDefault(e => Means(e, "adoptionDate") && IsDate(e))
            ?? (byText ? scope.Descendants().FirstOrDefault(IsDate) : null);
        UnDate? date = dateElement is not null && UnDate.TryParse((string?)dateElement.Attribute("date") ?? string.Empty, out var parsed) ? parsed : null;
        if (!byText || (meeting is not null && date is not null))
        {
            return (meeting, date);
        }

        // The words alone: the elements around them ("event", "location") are the markup being read past.
        var text = PrintedText.Normalize(string.Join(" ", scope.DescendantNodes().OfType<XText>().Select(t => t.Value)));
        if (text.Length > LongestClosingText)
        {
            return (meeting, date);
        }

        try
        {
            if (meeting is null && MeetingText.Match(text) is { Success: true } meetingMatch)
            {
                meeting = PrintedText.Normalize(meetingMatch.Value);
            }

            if (date is null && DateText.Match(text) is { Success: true } dateMatch && UnDate.TryParse(dateMatch.Value, out var written))
            {
                date = written;
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A closing is a line; a text that takes this long is not one.
        }

        return (meeting, date);
    }

    /// <summary>True when the element is named or refers to <paramref name="meaning"/> ("adoptionMeeting").</summary>
    private static bool Means(XElement element, string meaning) =>
        string.Equals((string?)element.Attribute("name"), meaning, StringComparison.Ordinal)
        || string.Equals((string?)element.Attribute("refersTo"), "#" + meaning, StringComparison.Ordinal);

    private static bool IsDate(XElement element) => AknContext.Name(element) is "docDate" or "date" && element.Attribute("date") is not null;

    private static string? NonEmpty(string text) => text.Length == 0 ? null : text;
}

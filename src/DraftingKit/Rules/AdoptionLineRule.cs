using System.Globalization;
using System.Text.RegularExpressions;
using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>
/// DK1011: what the adoption line prints, in the form of the organ (Model/organs.tsv, columns adoption and meetings):
/// "Adopted by the Security Council at its 8956th meeting, on 27 January 2022", "Resolution adopted by the General
/// Assembly on 18 December 2019" closed by "50th plenary meeting". The meeting is its number with the right ordinal
/// suffix and the organ's name for it ("8956th meeting" in the Council, "50th plenary meeting" in the Assembly); the year
/// a Council symbol carries, "S/RES/2618 (2022)", is the year of adoption; and a draft has no adoption line at all, so
/// no date of adoption and no meeting. The number against the date is DK7023's.
/// </summary>
internal sealed class AdoptionLineRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.AdoptionLine, "adoption-line", RuleCategory.Structure, DraftingSeverity.Warning,
        "Adoption line not in the form of the organ, or on a draft",
        "{0}",
        fix: DraftingFix.Sometimes("Write the ordinal suffix", "When the meeting's number has a wrong or no ordinal suffix (\"8956nd meeting\" → \"8956th meeting\"); otherwise no: which date or meeting is right is in the record of the meeting."),
        organs: "All; the meeting's name is checked for the organs whose adopted texts the project holds (`meetings` in organs.tsv: the General Assembly, the Security Council)");

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    // "8956th meeting", "50th plenary meeting", "73rd (resumed) plenary meeting", "9th resumed plenary meeting".
    private static readonly Regex Meeting = new(
        @"^(?<number>(?<digits>[0-9]{1,5})(?<suffix>[A-Za-z]{1,2})?)(?:\s+(?:\(resumed\)\s+|resumed\s+)?(?<name>.*?))?$",
        RegexOptions.CultureInvariant,
        Timeout);

    private static readonly Regex SymbolYear = new(@"\((?<year>[0-9]{4})\)$", RegexOptions.CultureInvariant, Timeout);

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        var header = context.Document.Header;
        if (header.Status == DocumentStatus.Draft)
        {
            CheckDraft(context, header);
            return;
        }

        if (header.Meeting is { } meeting && header.SpanOf("meeting") is { } meetingSpan)
        {
            CheckMeeting(context, header.Organ, meeting, meetingSpan);
        }

        CheckSymbolYear(context, header);
    }

    private static void CheckDraft(RuleContext context, DocumentHeader header)
    {
        foreach (var key in new[] { "adopted", "meeting" })
        {
            if (header.SpanOf(key) is { } span)
            {
                context.Report(Rule, span, string.Format(CultureInfo.InvariantCulture,
                    "A draft has no adoption line, so no '{0}:'; it belongs to the text once adopted: remove it, or write 'status: adopted'", key));
            }
        }
    }

    private static void CheckMeeting(RuleContext context, Organ organ, string meeting, SourceSpan span)
    {
        var example = "8956th " + (organ.MeetingName ?? "meeting");
        var match = Matches(meeting);
        if (match is null)
        {
            context.Report(Rule, span, string.Format(CultureInfo.InvariantCulture,
                "The meeting '{0}' is not named by its number; write it as the record of the meeting does, such as '{1}'", meeting, example));
            return;
        }

        var digits = match.Groups["digits"].Value;
        var right = Numerals.ToOrdinalSuffixed(int.Parse(digits, CultureInfo.InvariantCulture));
        var number = match.Groups["number"];
        if (number.Value != right)
        {
            var message = match.Groups["suffix"].Success
                ? string.Format(CultureInfo.InvariantCulture, "The meeting's number '{0}' has the wrong ordinal suffix; write '{1}'", number.Value, right)
                : string.Format(CultureInfo.InvariantCulture, "The meeting's number '{0}' is written without its ordinal suffix; write '{1}'", number.Value, right);

            // The value's span is the text as written for a plain scalar, and the same inside its quotes for a quoted
            // one without escapes (the form a C# declaration's template writes); otherwise the whole value, with no fix.
            var quotes = span.Length == meeting.Length ? 0 : span.Length == meeting.Length + 2 ? 1 : -1;
            var exact = quotes >= 0;
            var at = exact ? Sub(span, quotes + number.Index, number.Length) : span;
            context.Report(Rule, at, exact ? new[] { new TextEdit(at, right) } : null, message);
            return;
        }

        var name = match.Groups["name"].Value;
        if (organ.MeetingName is { } expected ? name != expected : !name.EndsWith("meeting", StringComparison.Ordinal))
        {
            context.Report(Rule, span, string.Format(CultureInfo.InvariantCulture,
                "The {0} adopts its texts at a {1}: write '{2} {1}', not '{3}'", organ.Name, organ.MeetingName ?? "meeting", right, meeting));
        }
    }

    private static void CheckSymbolYear(RuleContext context, DocumentHeader header)
    {
        // When the number carries the year too, DK7023 compares it with the date: one finding for one slip.
        if (header.Organ.Numbering != OrganNumbering.NumberAndYear || header.Symbol is not { } symbol || header.Adopted is not { } adopted
            || header.SpanOf("symbol") is not { } span || (header.Number is { } number && SymbolYear.IsMatch(number)))
        {
            return;
        }

        var year = SymbolYear.Match(symbol);
        if (year.Success && int.Parse(year.Groups["year"].Value, CultureInfo.InvariantCulture) != adopted.Year)
        {
            context.Report(Rule, span, string.Format(CultureInfo.InvariantCulture,
                "The symbol {0} gives the year {1}, but the text was adopted on {2}; the year in the symbol is the year of adoption, so one of the two is wrong",
                symbol, year.Groups["year"].Value, adopted));
        }
    }

    private static Match? Matches(string meeting)
    {
        try
        {
            var match = Meeting.Match(meeting);
            return match.Success ? match : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    // The front matter's value is one line: the part keeps its line and moves its columns.
    private static SourceSpan Sub(SourceSpan span, int start, int length) =>
        span with { Start = span.Start + start, Length = length, Column = span.Column + start, EndLine = span.Line, EndColumn = span.Column + start + length - 1 };
}

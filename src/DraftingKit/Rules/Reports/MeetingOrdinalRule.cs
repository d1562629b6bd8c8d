using System.Globalization;
using System.Text.RegularExpressions;
using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>
/// DK8006: meetings are numbered with the ordinal suffix, and the right one: "At its 43rd meeting", "at its 5th and
/// 6th meetings", not "At its 43 meeting" (seed 000, paragraph 13) or "43th".
/// </summary>
internal sealed class MeetingOrdinalRule : ReportRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.MeetingOrdinal, "meeting-ordinal", RuleCategory.Reports, DraftingSeverity.Warning,
        "Meeting number without its ordinal suffix",
        "{0}",
        fix: DraftingFix.Always("Write the ordinal suffix", "Yes: the suffix is added or corrected in text written in the report; a proceeding writes it itself."));

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    // A list of meeting numbers ("6th, 7th, 8th and 16th") closed by "meeting(s)"; each number is checked.
    private static readonly Regex Meetings = new(
        @"\b(?:\d{1,4}(?:st|nd|rd|th)?(?:, |,? and )){0,40}\d{1,4}(?:st|nd|rd|th)? (?:plenary )?meetings?\b",
        RegexOptions.CultureInvariant,
        Timeout);

    private static readonly Regex Number = new(@"(?<digits>\d{1,4})(?<suffix>st|nd|rd|th)?", RegexOptions.CultureInvariant, Timeout);

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(ReportRuleContext context)
    {
        foreach (var (block, text) in context.Texts())
        {
            var plain = text.PlainText;
            try
            {
                foreach (Match list in Meetings.Matches(plain))
                {
                    foreach (Match number in Number.Matches(list.Value))
                    {
                        var digits = number.Groups["digits"].Value;
                        var right = Numerals.ToOrdinalSuffixed(int.Parse(digits, CultureInfo.InvariantCulture));
                        if (number.Value == right)
                        {
                            continue;
                        }

                        var span = context.Locate(block, text, list.Index + number.Index, number.Length, out var exact);
                        var message = number.Groups["suffix"].Success
                            ? $"'{number.Value}' has the wrong suffix; write '{right}'"
                            : $"Meeting '{digits}' is written without its ordinal suffix; write 'the {right} meeting'";
                        if (exact)
                        {
                            context.ReportWithFix(Rule, span, right, message);
                        }
                        else
                        {
                            context.Report(Rule, span, message);
                        }
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A paragraph too hostile to search is left unchecked rather than stalling the linter.
            }
        }
    }
}

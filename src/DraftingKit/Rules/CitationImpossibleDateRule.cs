using System.Globalization;
using DraftingKit.Citations;
using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>
/// DK5003: a cited date that cannot belong to the cited number, whatever the catalog knows. General Assembly
/// session N runs from September 1945+N to September 1946+N, so "73/186 of 17 December 2017" is impossible;
/// Economic and Social Council resolutions carry their year ("2017/15"), Security Council ones too ("2334 (2016)").
/// Where the catalog holds the date of adoption on good evidence, the message names it and the fix writes it
/// (DK5002 then stays silent on the same date).
/// </summary>
internal sealed class CitationImpossibleDateRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.CitationImpossibleDate, "citation-impossible-date", RuleCategory.Citations, DraftingSeverity.Error,
        "Cited date cannot belong to the cited number",
        "{0} cannot be of {1}: {2}{3}",
        fix: DraftingFix.Sometimes("Correct the date from the catalog", "When the catalog holds the number's date of adoption on good evidence (as DK5002 trusts it), the message names it and the fix writes it; otherwise none: which of the number and the date is wrong cannot be known"),
        scope: RuleScope.Paragraph);

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var cited in context.Citations)
        {
            var citation = cited.Citation;
            if (citation.Date is not { } date || citation.DateIsShared || !citation.OrganStated || citation.Organ is null || Why(citation, date) is not { } reason)
            {
                continue;
            }

            var span = context.Locator.Locate(cited.Text, citation.DateStart, citation.DateLength, out var exact);
            if (cited.Entry is { Date: { } adopted } entry && adopted != date && CitationWrongDateRule.IsTrusted(entry.Evidence))
            {
                var fix = exact ? new[] { new TextEdit(span, adopted.ToString()) } : null;
                context.Report(Rule, span, fix, DocumentCitations.Describe(citation), date.ToString(), reason, "; it was adopted on " + adopted + " (source: " + entry.Source + "): write '" + adopted + "'");
                continue;
            }

            context.Report(Rule, span, DocumentCitations.Describe(citation), date.ToString(), reason, string.Empty);
        }
    }

    /// <summary>Why the date is impossible, or null when it is possible.</summary>
    internal static string? Why(Citation citation, UnDate date)
    {
        var number = citation.Number;
        if (citation.Organ == "GA" && Session(number) is int session)
        {
            // The first session opened in London in January 1946; every later one opens in September.
            var opens = session == 1 ? new UnDate(1946, 1, 1) : new UnDate(1945 + session, 9, 1);
            var closes = new UnDate(1946 + session, 9, 30);
            return date.CompareTo(opens) < 0 || date.CompareTo(closes) > 0
                ? string.Format(CultureInfo.InvariantCulture, "the {0} session ran from {1} to September {2}", Numerals.ToOrdinalWords(session), session == 1 ? "January 1946" : "September " + (1945 + session).ToString(CultureInfo.InvariantCulture), 1946 + session)
                : null;
        }

        if (citation.Organ == "ECOSOC" && number.Length >= 5 && number[4] == '/' && int.TryParse(number.Substring(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            // Since 2017 the Council's session runs from July to July and takes the number of the year it ends in,
            // so a decision numbered 2021/208 may be adopted in September 2020.
            var possible = date.Year == year || (date.Year == year - 1 && date.Month >= 7);
            return possible ? null : string.Format(CultureInfo.InvariantCulture, "Council texts numbered {0}/… were adopted from July {1} to December {0}", year, year - 1);
        }

        if (citation.Organ == "SC" && number.EndsWith(")", System.StringComparison.Ordinal) && number.Length > 7
            && int.TryParse(number.Substring(number.Length - 5, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var scYear))
        {
            return scYear != date.Year ? string.Format(CultureInfo.InvariantCulture, "the resolution carries its year, {0}", scYear) : null;
        }

        return null;
    }

    /// <summary>The General Assembly session of "73/186" or of old-style "415 (V)"; null for special sessions.</summary>
    private static int? Session(string number)
    {
        var slash = number.IndexOf('/');
        if (slash > 0 && char.IsDigit(number[0]))
        {
            return int.TryParse(number.Substring(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var session) ? session : null;
        }

        var open = number.IndexOf('(');
        if (open > 0 && number.EndsWith(")", System.StringComparison.Ordinal))
        {
            return Numerals.FromRoman(number.Substring(open + 1, number.Length - open - 2));
        }

        return null;
    }
}

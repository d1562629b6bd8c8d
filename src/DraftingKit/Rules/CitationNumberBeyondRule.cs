using System.Globalization;
using DraftingKit.Citations;
using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>
/// DK5020: a cited number no text of that organ can have, whatever the catalog's coverage: a General Assembly
/// resolution of a session later than the document's own ("81/5" in a text of the eightieth session), or with a
/// serial past the most any session has adopted ("72/901"); a Security Council resolution outside the numbers the
/// Council gave that year ("2900 (2016)"), or in a year its rising series of numbers or the citing text's own date rules out
/// ("1300 (1999)", "2790 (2025)" in a text of 2023: <see cref="CouncilNumberYear"/>).
/// </summary>
internal sealed class CitationNumberBeyondRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.CitationNumberBeyond, "citation-number-beyond", RuleCategory.Citations, DraftingSeverity.Error,
        "Cited number no text of the organ can have",
        "{0} cannot exist: {1}{2}",
        fix: DraftingFix.None("None: which number was meant cannot be known."),
        scope: RuleScope.Paragraph);

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var cited in context.Citations)
        {
            var citation = cited.Citation;
            if (Why(context, cited) is { } reason)
            {
                // A mistyped number is most often a known one with a digit changed or two swapped ("73/816" for 73/186).
                var suggestions = context.Catalog.Suggest(citation.Organ!, citation.Kind, citation.Number);
                var hint = suggestions.Count == 0 ? string.Empty : "; did you mean " + string.Join(" or ", suggestions.Select(s => s.Number)) + "?";
                context.Report(Rule, DocumentCitations.NumberSpan(context, cited), DocumentCitations.Describe(citation), reason, hint);
            }
        }
    }

    /// <summary>Why the citation's number cannot exist, or null: DK5001 leaves such a number to this rule.</summary>
    internal static string? Why(RuleContext context, CitationInText cited) =>
        cited.Citation.Organ is null || !cited.Citation.OrganStated || cited.Citation.Kind != CitedKind.Resolution
            ? null
            : CouncilNumberYear.Why(context, cited)
                ?? (cited.Entry is not null ? null : Why(cited.Citation, SerialLimits.Of(context.Catalog), DocumentSession(context.Document.Header)));

    /// <summary>Why no resolution can have the cited number, or null when one can.</summary>
    internal static string? Why(Citation citation, SerialLimits limits, int? documentSession)
    {
        if (citation.Organ == "GA" && SerialLimits.GeneralAssemblyNumber(citation.Number) is var (session, serial) && session >= 31)
        {
            if (documentSession is int own && session > own)
            {
                return string.Format(CultureInfo.InvariantCulture, "the text is of the {0} session, and the {1} has not yet met", Numerals.ToOrdinalWords(own), Numerals.ToOrdinalWords(session));
            }

            if (limits.MostInASession > 0 && serial > limits.GeneralAssemblyCeiling)
            {
                return string.Format(CultureInfo.InvariantCulture, "no session of the General Assembly has adopted more than {0} resolutions (the {1} reached {2}/{0})", limits.MostInASession, Numerals.ToOrdinalWords(limits.MostInASessionAt), limits.MostInASessionAt);
            }
        }

        if (citation.Organ == "SC" && SerialLimits.CouncilNumber(citation.Number) is var (number, year) && limits.CouncilYear(year) is var (first, last)
            && (number < first || number > last))
        {
            return string.Format(CultureInfo.InvariantCulture, "the Security Council's resolutions of {0} are numbered {1} to {2}", year, first, last);
        }

        return null;
    }

    /// <summary>The General Assembly session of the document: its front matter's, or the one its date falls in.</summary>
    private static int? DocumentSession(DocumentHeader header)
    {
        if (header.Session is int session)
        {
            return session;
        }

        var date = header.Adopted ?? header.Issued;
        return date is { } dated ? (dated.Month >= 9 ? dated.Year - 1945 : dated.Year - 1946) : null;
    }
}

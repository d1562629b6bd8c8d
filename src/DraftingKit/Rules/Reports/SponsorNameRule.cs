using DraftingKit.Diagnostics;
using DraftingKit.Model;
using DraftingKit.Reports;

namespace DraftingKit.Rules;

/// <summary>
/// DK8004: every sponsor is a UN Member State or observer State named in the short form in use at the report's date
/// ("Türkiye" from 1 June 2022, "Turkey" before; "Venezuela (Bolivarian Republic of)"), with "the" where the UN writes
/// it ("the Republic of Moldova", not "Republic of Moldova"). The names and their dates are data
/// (<c>src/DraftingKit/Reports/member-states.tsv</c>).
/// </summary>
internal sealed class SponsorNameRule : ReportRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.SponsorName, "sponsor-name", RuleCategory.Reports, DraftingSeverity.Warning,
        "Sponsor not named as the UN names it",
        "{0}",
        fix: DraftingFix.Sometimes("Write the name as the UN lists it", "Yes, when the right form is known (a renamed State, a missing or extra article)."));

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(ReportRuleContext context)
    {
        var date = DateOf(context.Document.Header);
        var names = StateNames.Default;
        foreach (var list in SponsorLists.Find(context))
        {
            foreach (var sponsor in list.Names.Concat(list.Later))
            {
                var exact = names.Find(sponsor.Name);
                if (exact is not null)
                {
                    if (date is { } on && !exact.InUseOn(on))
                    {
                        var current = names.InUseOn(exact, on);
                        var before = names.Predecessor(exact);
                        var right = current?.Name ?? before?.Name;
                        var message = right is null
                            ? $"'{sponsor.Name}' is not a name in use on {on}"
                            : $"'{sponsor.Name}' is not the name in use on {on}; write '{right}' ({(current is not null ? "the name since " + current.From : "'" + sponsor.Name + "' from " + exact.From)})";
                        Report(context, sponsor, right, message);
                    }

                    continue;
                }

                var forms = names.FindIgnoringArticle(sponsor.Name);
                var form = forms.FirstOrDefault(f => date is not { } on || f.InUseOn(on)) ?? forms.FirstOrDefault();
                if (form is not null)
                {
                    var why = form.Name.StartsWith("the ", System.StringComparison.Ordinal) && !sponsor.Name.StartsWith("the ", System.StringComparison.Ordinal)
                        ? "the UN writes the article"
                        : !form.Name.StartsWith("the ", System.StringComparison.Ordinal) && sponsor.Name.StartsWith("the ", System.StringComparison.OrdinalIgnoreCase)
                            ? "the UN writes this name without an article"
                            : "the UN writes it so";
                    Report(context, sponsor, form.Name, $"'{sponsor.Name}': {why}; write '{form.Name}'");
                    continue;
                }

                context.Report(Rule, sponsor.Span, $"'{sponsor.Name}' is not the name of a UN Member State or observer State as the UN's list prints it{Hint(sponsor.Name)}");
            }
        }
    }

    /// <summary>The date names are checked at: the date of issue, or else the opening of the session.</summary>
    internal static UnDate? DateOf(ReportHeader header)
    {
        if (header.Issued is { } issued)
        {
            return issued;
        }

        if (header.Session is int session && header.Organ.Name == Organ.GeneralAssembly.Name)
        {
            return new UnDate(1945 + session, 9, 1);
        }

        return header.Year is int year ? new UnDate(year, 12, 31) : null;
    }

    private static void Report(ReportRuleContext context, SponsorName sponsor, string? right, string message)
    {
        var exact = sponsor.Span.Length == sponsor.Name.Length && sponsor.Span.End <= context.Source.Length
            && string.CompareOrdinal(context.Source, sponsor.Span.Start, sponsor.Name, 0, sponsor.Name.Length) == 0;
        if (right is not null && exact)
        {
            context.ReportWithFix(Rule, sponsor.Span, right, message);
        }
        else
        {
            context.Report(Rule, sponsor.Span, message);
        }
    }

    private static string Hint(string name)
    {
        var word = name.Split(' ', '(')[0];
        foreach (var candidate in StateNames.Default.Names)
        {
            if (word.Length > 3 && StateNames.WithoutArticle(candidate.Name).StartsWith(StateNames.WithoutArticle(word), System.StringComparison.OrdinalIgnoreCase) && candidate.Until is null)
            {
                return "; did you mean '" + candidate.Name + "'?";
            }
        }

        return string.Empty;
    }
}

using DraftingKit.Citations;
using DraftingKit.Diagnostics;

namespace DraftingKit.Rules;

/// <summary>
/// DK5030: a resolution or decision cited in a form its organ does not use (the grammar of
/// <see cref="CitationForms"/>): an Assembly resolution with the Security Council's year ("74/177 (2019)"), the
/// Council's year after a slash ("2250/2015") or with no space, the Economic and Social Council's numbering by year
/// for the Assembly, the Council or the Human Rights Council, the year second for the Economic and Social Council,
/// a date in parentheses, a letter glued to the number, parts joined by a dash, a letter after the roman session.
/// The fix writes the organ's form where the text or the catalog tells it.
/// </summary>
internal sealed class CitationFormRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.CitationForm, "citation-form", RuleCategory.Citations, DraftingSeverity.Warning,
        "Citation not in the form of its organ",
        "Citation '{0}' is not in the form of its organ: {1}{2}",
        fix: DraftingFix.Sometimes(
            "Write the citation in its organ's form",
            "When the right form follows from the text (\"2250/2015\" → \"2250 (2015)\", \"75/253A\" → \"75/253 A\", \"31/6 A-B\" → \"31/6 A and B\") or from the catalog (\"74/177 (2019)\" → \"74/177 of 18 December 2019\"); not when only the drafter knows which organ or number was meant."),
        organs: "All: each citation is judged by the form of the organ it names",
        scope: RuleScope.Paragraph);

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        var organ = context.Document.Header.Organ;
        foreach (var text in TextRuns.Everywhere(context.Document))
        {
            var plain = text.PlainText;
            if (plain.IndexOf("esolution", System.StringComparison.Ordinal) < 0 && plain.IndexOf("ecision", System.StringComparison.Ordinal) < 0)
            {
                continue; // PERF: most paragraphs cite nothing.
            }

            foreach (var slip in CitationForms.Find(text, organ, context.Catalog))
            {
                var span = context.Locator.Locate(text, slip.Start, slip.Length, out var exact);
                var advice = slip.RightCitation is { } right ? "; write '" + right + "'" : string.Empty;
                context.Report(Rule, span, exact && slip.Right is { } edit ? new[] { context.Edit(span.Start, span.Length, edit) } : null, slip.Written, slip.Why, advice);
            }
        }
    }
}

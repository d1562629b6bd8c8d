using DraftingKit.Diagnostics;
using DraftingKit.Vocabulary;

namespace DraftingKit.Rules;

/// <summary>
/// DK7021: a word the UN writes otherwise, from the pairs of word-usage.tsv: "equipments" (equipment), "high level
/// meeting" (high-level meeting), "peace keeping" (peacekeeping), "Under Secretary-General", "programme",
/// "organization", "Viet Nam". The fix writes the UN's form. Not applied to Security Council texts, which keep
/// their penholders' spelling.
/// </summary>
internal sealed class WordUsageRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.WordUsage, "word-usage", RuleCategory.Style, DraftingSeverity.Warning,
        "Word not in the UN's usage",
        "'{0}' is not the UN's usage ({1}); write '{2}'",
        fix: DraftingFix.Always("Use the UN's form", "Yes: the UN's form (\"equipments\" → \"equipment\", \"high level meeting\" → \"high-level meeting\")."),
        organs: "All but the Security Council, whose texts keep their penholders' spelling",
        scope: RuleScope.Paragraph);

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        if (context.Document.Header.Organ.Name == Model.Organ.SecurityCouncil.Name)
        {
            // The Council's texts keep their penholders' spelling: 59 of its 262 texts of 2020–2024 write
            // "Recognising" or "Emphasising" (116 the -ize forms), so the pairs, measured on the Assembly's texts,
            // are not the Council's usage.
            return;
        }

        var usage = WordUsage.Default;
        foreach (var text in TextRuns.Everywhere(context.Document))
        {
            foreach (var (run, offset) in TextLocator.Runs(text))
            {
                foreach (var match in usage.Matches(run.Text))
                {
                    var entry = usage.Find(match.Value);
                    var span = context.Locator.Locate(text, offset + match.Index, match.Length, out var exact);
                    context.Report(Rule, span, exact ? new[] { context.Edit(span.Start, span.Length, entry.Right) } : null, match.Value, entry.Class, entry.Right);
                }
            }
        }
    }
}

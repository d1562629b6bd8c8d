using DraftingKit.Diagnostics;
using DraftingKit.Model;
using DraftingKit.Reports;

namespace DraftingKit.Rules;

/// <summary>
/// DK8003: the lettered subsections of a section run A, B, C … without a gap or a repeat, and a section with an "A"
/// has a "B" (a single subsection is not lettered); the sections of the report run I, II, III ….
/// </summary>
internal sealed class ReportSubsectionLettersRule : ReportRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.ReportSubsectionLetters, "report-subsection-letters", RuleCategory.Reports, DraftingSeverity.Warning,
        "Sections or subsections out of sequence",
        "{0}",
        fix: DraftingFix.None("No: reletter the subsections (cross-references to texts are computed, so nothing else moves)."));

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(ReportRuleContext context)
    {
        var letters = new List<ReportHeading>();
        int? lastSection = null;
        foreach (var block in context.Document.Blocks)
        {
            if (block is not ReportHeading heading || heading.Designation is not { } designation)
            {
                continue;
            }

            if (heading.Level == 1)
            {
                Close(context, letters);
                if (Numerals.FromRoman(designation) is int section)
                {
                    if (lastSection is int previous && section != previous + 1)
                    {
                        context.Report(Rule, heading.Span, $"Section {designation} follows section {Numerals.ToRoman(previous).ToUpperInvariant()}; write {Numerals.ToRoman(previous + 1).ToUpperInvariant()}");
                    }

                    lastSection = section;
                }
            }
            else if (heading.Level == 2 && designation.Length == 1)
            {
                letters.Add(heading);
            }
        }

        Close(context, letters);
    }

    private static void Close(ReportRuleContext context, List<ReportHeading> letters)
    {
        for (var i = 0; i < letters.Count; i++)
        {
            var expected = (char)('A' + i);
            var written = letters[i].Designation![0];
            if (written != expected)
            {
                context.Report(Rule, letters[i].Span, $"Subsection {written} is the {Numerals.ToOrdinalWords(i + 1)} of its section; letter it {expected}");
                break;
            }
        }

        if (letters.Count == 1)
        {
            context.Report(Rule, letters[0].Span, $"Subsection {letters[0].Designation} is the only one of its section; a section with an A has a B, or its one subsection is not lettered");
        }

        letters.Clear();
    }
}

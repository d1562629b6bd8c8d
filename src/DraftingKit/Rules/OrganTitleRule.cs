using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>
/// DK1010: a resolution of an organ whose resolutions bear no title has none (UN Editorial Manual: Security Council
/// resolutions are identified by their number alone, "Resolution 2250 (2015)"; none of the Council's 261
/// resolutions of 2020–2024 has one). The organ's practice is read from Model/organs.tsv (column titled).
/// </summary>
internal sealed class OrganTitleRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.OrganTitle, "organ-title", RuleCategory.Structure, DraftingSeverity.Warning,
        "Title on a resolution of an organ that titles none",
        "The {0}'s resolutions bear no title; remove 'title: {1}' (the text is identified by its number)",
        fix: DraftingFix.None("No: whether the text is the Council's (drop the title) or another organ's (change `organ:`) is the drafter's call."),
        organs: "The Security Council (the organs that do not title their resolutions)");

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        var header = context.Document.Header;
        if (header.Kind != DocumentKind.Resolution || header.Organ.TitlesResolutions || header.Title is not { } title)
        {
            return;
        }

        if (header.SpanOf("title") is { } span)
        {
            context.Report(Rule, span, header.Organ.Name, title.Length > 60 ? title.Substring(0, 60) + "…" : title);
        }
    }
}

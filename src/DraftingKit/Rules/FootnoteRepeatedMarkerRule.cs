using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>
/// DK4002: a footnote marker referenced a second time. Texts of 2013–2019 repeat a marker to cite the same
/// source again (74/177 reuses 1 to 12); texts from 2020 never do: current practice inserts a new footnote with
/// the same text. Option <c>draftingkit.footnote_style</c>: <c>auto</c> (default: repeat practice for texts
/// adopted or issued before 2020, current practice otherwise), <c>current</c>, <c>repeat</c>.
/// </summary>
internal sealed class FootnoteRepeatedMarkerRule : DraftingRule
{
    /// <summary>Whether a marker may be repeated: by the document's date, never, or as before 2020.</summary>
    public static readonly RuleOption Style = new(RuleOptions.FootnoteStyle, new[] { "auto", "current", "repeat" }, "auto",
        "`auto` follows the date in the front matter (`adopted`, else `issued`): repeat practice before 2020, current practice from 2020 and for undated drafts");

    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.FootnoteRepeatedMarker, "footnote-repeated-marker", RuleCategory.Footnotes, DraftingSeverity.Warning,
        "Footnote marker repeated",
        "Footnote [^{0}] is referenced again; since 2020 the UN repeats no marker: add a new footnote with the same text ({1})",
        fix: DraftingFix.None("No: the fix is a new footnote with the same text, and its place in the numbering is the drafter's call."),
        options: new[] { Style });

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        var style = context.Options.Get(Style.Key, Style.Default);
        var header = context.Document.Header;
        var date = header.Adopted ?? header.Issued;
        var current = style switch
        {
            "current" => true,
            "repeat" => false,
            _ => date is not { } dated || dated.Year >= 2020,
        };
        if (!current)
        {
            return;
        }

        var why = style == "current" ? "draftingkit.footnote_style = current" : "the text is dated 2020 or later, or undated";
        var seen = new HashSet<string>();
        foreach (var text in DocumentText.InReadingOrder(context.Document))
        {
            foreach (var reference in text.FootnoteReferences())
            {
                if (!seen.Add(reference.Label))
                {
                    context.Report(Rule, reference.Span, reference.Label, why);
                }
            }
        }
    }
}

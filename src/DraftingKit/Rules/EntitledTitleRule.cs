using System.Text.RegularExpressions;
using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>
/// DK7024: the title after "entitled" is quoted: "its resolution 70/1 of 25 September 2015, entitled “Transforming our
/// world: the 2030 Agenda for Sustainable Development”", or set in italics for a publication ("entitled *The
/// Sustainable Development Goals Report 2022*"). A title that opens in roman without its quotation mark
/// ("entitled Transforming our world …") is a slip: the reader cannot tell where the title ends.
/// </summary>
internal sealed class EntitledTitleRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.EntitledTitle, "entitled-title", RuleCategory.Style, DraftingSeverity.Warning,
        "Title after 'entitled' not in quotation marks",
        "The title after 'entitled' ('{0}…') is not in quotation marks; write it as “…”, or in italics for a publication",
        fix: DraftingFix.None("None: where the title ends only the drafter knows."),
        scope: RuleScope.Paragraph);

    // "entitled T…": a capital or a figure after "entitled" opens a title ("entitled to", "entitled class" do not).
    private static readonly Regex Entitled = new(@"\bentitled\s+(?<title>[A-Z0-9][^\s,;:“”""]{0,30})", RegexOptions.CultureInvariant, System.TimeSpan.FromSeconds(1));

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        // PERF: the texts were scanned once for every style rule (ScannedTexts); every match holds "entitled".
        foreach (var (text, holds) in context.Texts)
        {
            if ((holds & TextHolds.Entitled) == 0)
            {
                continue;
            }

            var runs = new ItalicRuns();
            runs.Walk(text);
            foreach (var (run, start, italic) in runs.Found)
            {
                if (italic)
                {
                    continue; // "entitled" inside an italic title belongs to the title.
                }

                foreach (var match in RegexMatches.AllOrNone(Entitled, run))
                {
                    var title = match.Groups["title"];
                    context.Report(Rule, context.Locator.Locate(text, start + title.Index, title.Length), title.Value);
                }
            }
        }
    }

    /// <summary>The text runs with their offsets in the plain text and whether they are in italics.</summary>
    private sealed class ItalicRuns : InlineWalker
    {
        private int offset;
        private bool italic;

        public List<(string Text, int Offset, bool Italic)> Found { get; } = new();

        protected override void VisitText(TextRun run)
        {
            Found.Add((run.Text, offset, italic));
            offset += run.Text.Length;
        }

        protected override void VisitEmphasis(Emphasis emphasis)
        {
            var outer = italic;
            italic = true;
            Walk(emphasis.Content);
            italic = outer;
        }
    }
}

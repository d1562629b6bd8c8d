// Partial of BodyBuilder: headings that open a part or an annex, or divide the text (partial: they close and open the current part and annex).
using System.Text.RegularExpressions;
using DraftingKit.Diagnostics;
using DraftingKit.Model;
using Markdig.Syntax;

namespace DraftingKit.Templates;

internal sealed partial class BodyBuilder
{
    private static readonly Regex PartHeading = new(@"^(?<letter>[A-Z])(?:[.:]\s+(?<title>.+))?$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex AnnexHeading = new(@"^Annex(?:\s+(?<number>[IVXLC]+|\d+|[A-Z]))?(?:(?:[.:]|\s[–—])\s+(?<title>.+))?$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private void AddHeading(HeadingBlock heading)
    {
        var span = SpanOf(heading);
        var text = inlines.Convert(heading.Inline);
        var plain = text.PlainText.Trim();
        if (heading.Level == 1)
        {
            var annexMatch = AnnexHeading.Match(plain);
            if (annexMatch.Success)
            {
                FinishPart();
                FinishAnnex();
                var label = annexMatch.Groups["number"].Success ? "Annex " + annexMatch.Groups["number"].Value : "Annex";
                annex = new AnnexBuilder(label, span);
                if (annexMatch.Groups["title"].Success)
                {
                    annex.Title = InlineSlicing.Trim(InlineSlicing.TrimStart(text, annexMatch.Groups["title"].Index));
                }

                return;
            }

            var partMatch = PartHeading.Match(plain);
            if (partMatch.Success && annex is null)
            {
                FinishPart();
                part = new PartBuilder(partMatch.Groups["letter"].Value, span);
                if (partMatch.Groups["title"].Success)
                {
                    part.Title = InlineSlicing.Trim(InlineSlicing.TrimStart(text, partMatch.Groups["title"].Index));
                }
                else if (text.Inlines.OfType<FootnoteReference>().Cast<Inline>().ToList() is { Count: > 0 } notes)
                {
                    // "# B[^1]": the footnote the UN sets on the designation of a part issued on its own.
                    part.DesignationNote = new InlineText(EquatableArray.From(notes));
                }

                return;
            }

            diagnostics.Add(DraftingDiagnostic.Create(TemplateDiagnostics.UnknownDivision, span, plain));
        }

        if (annex is not null)
        {
            if (annex.Title is null && annex.Blocks.Count == 0)
            {
                annex.Title = text;
            }
            else
            {
                annex.Blocks.Add(new Heading(text, Math.Max(1, heading.Level - 1), span));
            }

            return;
        }

        var current = CurrentPart(span);
        if (current.Title is null && current.Formula is null && current.Preamble.Count == 0 && current.Operative.Count == 0 && current.Designation is not null)
        {
            current.Title = text;
            return;
        }

        current.Add(new Heading(text, Math.Max(1, heading.Level - 1), span));
    }
}

using System.Globalization;
using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>
/// DK4001: footnotes are numbered 1, 2, 3 … in order of first reference. Templates normally use any labels and
/// let <see cref="Model.FootnoteNumbering"/> number them; when every label is a number, the numbers written must be
/// the numbers printed. The fix renames the labels, references and definitions alike.
/// </summary>
internal sealed class FootnoteNumberingRule : DraftingRule
{
    public static readonly DraftingDescriptor Rule = RuleDescriptors.Create(
        RuleIds.FootnoteNumbering, "footnote-numbering", RuleCategory.Footnotes, DraftingSeverity.Warning,
        "Numbered footnote labels out of order",
        "Footnote [^{0}] is the {1} footnote referenced, so it prints as {2}; footnotes are numbered in order of first reference: renumber the labels",
        fix: DraftingFix.Always("Renumber the footnotes", "Yes: every label, references and definitions alike, is renamed to the number it prints as."));

    public override DraftingDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        var document = context.Document;
        var numbering = Model.FootnoteNumbering.For(document);
        var firstReference = new Dictionary<string, FootnoteReference>();
        foreach (var text in DocumentText.InReadingOrder(document))
        {
            foreach (var reference in text.FootnoteReferences())
            {
                if (!firstReference.ContainsKey(reference.Label))
                {
                    firstReference.Add(reference.Label, reference);
                }
            }
        }

        if (firstReference.Count == 0)
        {
            return;
        }

        var mapping = new Dictionary<string, string>();
        FootnoteReference? firstSlip = null;
        foreach (var pair in firstReference)
        {
            // A note the UN marks with a symbol takes no number (FootnoteMark).
            if (FootnoteMark.Of(pair.Key) is not null)
            {
                continue;
            }

            if (!int.TryParse(pair.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var written))
            {
                return;
            }

            var printed = numbering.NumberOf(pair.Key) ?? written;
            if (written != printed)
            {
                firstSlip ??= pair.Value;
            }

            mapping[pair.Key] = printed.ToString(CultureInfo.InvariantCulture);
        }

        foreach (var footnote in document.Footnotes)
        {
            if (!mapping.ContainsKey(footnote.Label) && numbering.NumberOf(footnote.Label) is int printed)
            {
                // A numbered label defined but never referenced prints after the others (DK0014 reports it).
                mapping[footnote.Label] = printed.ToString(CultureInfo.InvariantCulture);
            }
        }

        if (firstSlip is null)
        {
            return;
        }

        var edits = new List<TextEdit>();
        foreach (var (label, start) in FootnoteMarkers.All(context.Source))
        {
            if (mapping.TryGetValue(label, out var renamed) && renamed != label)
            {
                edits.Add(context.Edit(start, label.Length, renamed));
            }
        }

        var number = numbering.NumberOf(firstSlip.Label) ?? 0;
        context.Report(Rule, firstSlip.Span, edits, firstSlip.Label, Numerals.ToOrdinalWords(number), number);
    }
}

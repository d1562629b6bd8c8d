// Partial of TextAssembler: numbered paragraphs, operative or items of an embedded list (partial: it keeps the assembler's paragraph numbering).
using System.Globalization;
using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Import;

internal sealed partial class TextAssembler
{
    /// <summary>A numbered paragraph: the next operative paragraph, an item of an embedded numbered list, or a paragraph of a lettered decision.</summary>
    private bool TryPlaceNumberedParagraph(string raw, SourceSpan span, ParagraphDraft? host)
    {
        // A number standing alone in sequence is that paragraph without words, as the UN's file has it (S/RES/2592 (2021),
        // paragraph 11); its subparagraphs follow.
        var alone = NumberAlone.Match(raw.Trim());
        if (alone.Success && !lettered && int.Parse(alone.Groups["number"].Value, CultureInfo.InvariantCulture) == lastNumber + 1)
        {
            lastNumber++;
            AddOperative(new ParagraphDraft(ParagraphKind.Operative, InlineText.Empty, span) { Number = lastNumber });
            return true;
        }

        var numbered = Numbered.Match(raw);
        if (numbered.Success)
        {
            var number = int.Parse(numbered.Groups["number"].Value, CultureInfo.InvariantCulture);
            var text = InlineParser.Parse(numbered.Groups["text"].Value, span);
            var label = numbered.Groups["number"].Value;
            if (host is not null && host.ContinuesDecimalList(number))
            {
                host.AddDecimal(label, text, span);
                return true;
            }

            if (lettered)
            {
                if (host is not null && host.Kind == ParagraphKind.Operative && host.EndsWithColon && number == 1)
                {
                    host.AddDecimal(label, text, span);
                }
                else
                {
                    AddOperative(new ParagraphDraft(ParagraphKind.Text, text, span) { Label = label });
                }

                return true;
            }

            if (number == lastNumber + 1)
            {
                lastNumber = number;
                AddOperative(new ParagraphDraft(ParagraphKind.Operative, leads.Restore(text, operative: true), span) { Number = number });
                return true;
            }

            if (host is not null && host.EndsWithColon && number == 1)
            {
                host.AddDecimal(label, text, span);
                return true;
            }

            diagnostics.Add(DraftingDiagnostic.Create(
                ImportDiagnostics.UnplacedParagraph,
                span,
                string.Format(CultureInfo.InvariantCulture, "Paragraph {0} follows paragraph {1}; it is kept as operative paragraph {0}", number, lastNumber)));
            lastNumber = number;
            AddOperative(new ParagraphDraft(ParagraphKind.Operative, leads.Restore(text, operative: true), span) { Number = number });
            return true;
        }

        return false;
    }
}

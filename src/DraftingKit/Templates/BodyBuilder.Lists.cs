// Partial of BodyBuilder: numbered and bulleted lists, read as operative paragraphs and their subparagraph ladders (partial: they add to the current part).
using DraftingKit.Diagnostics;
using DraftingKit.Model;
using Markdig.Syntax;

namespace DraftingKit.Templates;

internal sealed partial class BodyBuilder
{
    private void AddList(ListBlock list)
    {
        if (!list.IsOrdered)
        {
            foreach (var item in list)
            {
                if (item is ListItemBlock listItem)
                {
                    AddBulletItem(listItem);
                }
            }

            return;
        }

        var current = annex is null ? CurrentPart(SpanOf(list)) : null;
        var embedInto = current?.LastParagraph is { EndsWithColon: true, Kind: not ParagraphKind.Preambular } host && FirstOrder(list) == 1 ? host : null;
        foreach (var item in list)
        {
            if (item is not ListItemBlock listItem)
            {
                continue;
            }

            var order = listItem.Order;
            if (embedInto is not null)
            {
                var node = embedInto.Ladder.AddDecimal(order.ToString(System.Globalization.CultureInfo.InvariantCulture), FirstParagraphText(listItem), SpanOf(listItem), underLastItem: !embedInto.Ladder.IsEmpty && embedInto.LadderEndsWithColon);
                AddNestedDecimalItems(node, listItem);
                continue;
            }

            ParagraphDraft paragraph;
            if (annex is not null)
            {
                paragraph = new ParagraphDraft(ParagraphKind.Text, FirstParagraphText(listItem), SpanOf(listItem)) { Label = order.ToString(System.Globalization.CultureInfo.InvariantCulture) };
                annex.AddParagraph(paragraph);
            }
            else if (current!.IsLettered)
            {
                // A numbered list inside a lettered decision is an embedded list such as a provisional agenda.
                paragraph = new ParagraphDraft(ParagraphKind.Text, FirstParagraphText(listItem), SpanOf(listItem)) { Label = order.ToString(System.Globalization.CultureInfo.InvariantCulture) };
                current.Add(paragraph);
            }
            else
            {
                paragraph = new ParagraphDraft(ParagraphKind.Operative, FirstParagraphText(listItem), SpanOf(listItem)) { Number = order };
                current.Add(paragraph);
                if (SubparagraphLabel.TryRead(paragraph.Text.PlainText, out var opening) && (opening.LetterValue == 1 || opening.RomanValue == 1))
                {
                    // "11. (a) *Expresses* concern …": a paragraph whose words are all in its subparagraphs, the first
                    // printed on the paragraph's own line (S/RES/2592 (2021), paragraphs 11 and 14).
                    paragraph.Ladder.Add(opening, InlineSlicing.TrimStart(paragraph.Text, opening.Length), paragraph.Span);
                    paragraph.Text = InlineText.Empty;
                }
            }

            AddItemContent(paragraph, listItem);
        }
    }

    private static int FirstOrder(ListBlock list) => list.Count > 0 && list[0] is ListItemBlock first ? first.Order : 0;

    private InlineText FirstParagraphText(ListItemBlock item) =>
        item.Count > 0 && item[0] is ParagraphBlock paragraph ? inlines.Convert(paragraph.Inline) : InlineText.Empty;

    /// <summary>The blocks of a list item after its first paragraph: subparagraphs, nested lists, continuations.</summary>
    private void AddItemContent(ParagraphDraft paragraph, ListItemBlock item)
    {
        for (var i = 0; i < item.Count; i++)
        {
            var block = item[i];
            if (i == 0 && block is ParagraphBlock)
            {
                continue;
            }

            AddInside(paragraph, block);
        }
    }

    private void AddInside(ParagraphDraft paragraph, Block block)
    {
        switch (block)
        {
            case ParagraphBlock inner:
            {
                var text = inlines.Convert(inner.Inline);
                if (SubparagraphLabel.TryRead(text.PlainText, out var label))
                {
                    paragraph.Ladder.Add(label, InlineSlicing.TrimStart(text, label.Length), SpanOf(inner));
                }
                else
                {
                    paragraph.Ladder.AddUnlabelled(text, SpanOf(inner));
                }

                break;
            }

            case ListBlock { IsOrdered: true } nested:
                foreach (var child in nested)
                {
                    if (child is ListItemBlock childItem)
                    {
                        var node = paragraph.Ladder.AddDecimal(
                            childItem.Order.ToString(System.Globalization.CultureInfo.InvariantCulture),
                            FirstParagraphText(childItem),
                            SpanOf(childItem),
                            underLastItem: !paragraph.Ladder.IsEmpty && paragraph.LadderEndsWithColon);
                        AddNestedDecimalItems(node, childItem);
                    }
                }

                break;
            case ListBlock bullets:
                foreach (var child in bullets)
                {
                    if (child is ListItemBlock childItem)
                    {
                        foreach (var inner in childItem)
                        {
                            AddInside(paragraph, inner);
                        }
                    }
                }

                break;
            default:
                var span = SpanOf(block);
                diagnostics.Add(DraftingDiagnostic.Create(TemplateDiagnostics.UnsupportedMarkdown, span, DescribeUnsupported(block)));
                var raw = block is LeafBlock { Lines.Count: > 0 } leaf ? leaf.Lines.ToString().Trim() : string.Empty;
                if (raw.Length > 0)
                {
                    paragraph.Ladder.AddUnlabelled(InlineText.Of(new TextRun(raw, span)), span);
                }

                break;
        }
    }

    /// <summary>The "(a)" items under an item of an embedded numbered list ("4. Strategic management …:").</summary>
    private void AddNestedDecimalItems(SubparagraphLadder.Node node, ListItemBlock item)
    {
        var ladder = new SubparagraphLadder();
        for (var i = 1; i < item.Count; i++)
        {
            var holder = new ParagraphDraft(ParagraphKind.Text, InlineText.Empty, SpanOf(item[i]));
            AddInside(holder, item[i]);
            foreach (var built in holder.Ladder.Build())
            {
                node.Children.Add(ToNode(built));
            }
        }
    }

    private static SubparagraphLadder.Node ToNode(Subparagraph item)
    {
        var node = new SubparagraphLadder.Node(item.Label, item.Style, item.Text, item.Span);
        foreach (var child in item.Items)
        {
            node.Children.Add(ToNode(child));
        }

        return node;
    }

    private void AddBulletItem(ListItemBlock item)
    {
        var span = SpanOf(item);
        var target = annex is not null ? annex.LastParagraph : CurrentPart(span).LastParagraph;
        if (target is null)
        {
            diagnostics.Add(DraftingDiagnostic.Create(
                TemplateDiagnostics.MisplacedText,
                span,
                "A bulleted item stands before any paragraph it could belong to; it is kept as a paragraph of its own"));
            foreach (var block in item)
            {
                AddTopLevel(block);
            }

            return;
        }

        foreach (var block in item)
        {
            AddInside(target, block);
        }
    }
}

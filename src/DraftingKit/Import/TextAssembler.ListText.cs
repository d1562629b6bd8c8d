// Partial of TextAssembler: text without a label inside a paragraph's list, and the short heading that ends in a colon (partial: it reads the assembler's operative part and lettering).
using DraftingKit.Model;

namespace DraftingKit.Import;

internal sealed partial class TextAssembler
{
    /// <summary>Shorter than a printed line: a heading, not a paragraph of text (in characters).</summary>
    private const int HeadingLength = 60;

    /// <summary>
    /// A block without a label inside the list of the paragraph before it is an item of that list, set under the last
    /// item as the UN's files nest it: a subheading item's text ("(a) Quick impact projects" then "To contribute …"),
    /// a subheading among the items ("Asset Freeze" over "(a) Freeze without delay …"), a line that introduces the
    /// next items ("Urgent temporary measures:") and words that close the paragraph after its items ("and requests …").
    /// </summary>
    /// <remarks>
    /// The Security Council sets its mandates this way (S/RES/2531 (2020), S/RES/2552 (2020), S/RES/2610 (2021)). In the
    /// preamble such a block is the next preambular paragraph unless it opens in lower case, and a block that heads the
    /// numbered paragraphs after it stays a heading.
    /// </remarks>
    private bool TryPlaceListText(string raw, SourceSpan span, ParagraphDraft? host, SourceBlock? next)
    {
        if (host is null || (!host.EndsWithColon && host.Ladder.IsEmpty) || lettered)
        {
            return false;
        }

        var plain = InlineParser.Plain(raw).Trim();
        if (plain.Length == 0)
        {
            return false;
        }

        var closingWords = char.IsLower(plain[0]);
        // After a line set as an item, the next line is the next item: a list of lines ends with the paragraph after it.
        var inListOfLines = afterListLine || (host.Ladder.IsEmpty && host.EndsWithColon);
        if (!closingWords && (operative.Count == 0 || (!afterListLine && HeadsParagraphs(raw, next, inListOfLines))))
        {
            return false;
        }

        host.Ladder.AddUnlabelled(InlineParser.Parse(raw, span), span);
        lastWasListLine = HeadingShaped(raw);
        return true;
    }

    /// <summary>
    /// True when the block is a heading over the numbered paragraphs that follow: it stops without closing punctuation,
    /// or is shorter than a line and ends in a colon ("United Nations and International Support:", S/RES/2567 (2021)),
    /// and a numbered paragraph, an annex or the end of the text comes next, or another such heading unless the block
    /// is one of a list of such lines (after a colon: "Chapter 3: Legislation and frameworks", "Chapter 4: …").
    /// </summary>
    private static bool HeadsParagraphs(string raw, SourceBlock? next, bool inListOfLines = false)
    {
        if (!HeadingShaped(raw))
        {
            return false;
        }

        if (next is null)
        {
            return true;
        }

        var nextPlain = InlineParser.Plain(ReportSplitter.StripBold(next.Text)).Trim();
        return Numbered.IsMatch(next.Text) || AnnexLabel.IsMatch(nextPlain)
            || (!inListOfLines && HeadingShaped(next.Text) && !SubparagraphLabel.TryRead(nextPlain, out _) && !PrintedItemMark.Opens(nextPlain) && !Bullet.IsMatch(next.Text));
    }

    private static bool HeadingShaped(string raw)
    {
        var plain = InlineParser.Plain(raw).Trim();
        return !PageBreakJoiner.EndsParagraph(raw) || (plain.Length < HeadingLength && plain.EndsWith(":", StringComparison.Ordinal));
    }
}

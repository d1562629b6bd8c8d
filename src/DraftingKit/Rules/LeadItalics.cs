using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>
/// The italics check that preambular and operative paragraphs share: the lead, and only the lead, is italic
/// (UN Editorial Manual, chap. II; every lead of the AKN4UN corpus is an italic span of its own).
/// </summary>
internal static class LeadItalics
{
    public static void Check(RuleContext context, DraftingDescriptor rule, InlineText text, string what, bool operative)
    {
        var grammar = context.Grammar;
        var plain = text.PlainText;
        var leading = Paragraphs.LeadingSpace(plain);
        var opening = OpeningEmphasis(text);
        if (opening is null)
        {
            var lead = operative ? grammar.Vocabulary.OperativeLeadAtStart(plain, leading) : grammar.Vocabulary.PreambularLeadAtStart(plain, leading);
            if (lead is null)
            {
                return;
            }

            var span = context.Locator.Locate(text, leading, lead.Length, out var exact);
            var fix = exact ? new[] { context.Edit(span.Start, 0, "*"), context.Edit(span.End, 0, "*") } : null;
            context.Report(rule, span, fix, what, lead, "is not in italics; write '*" + lead + "*'");
            return;
        }

        var italic = opening.Content.PlainText;
        // A comma caught inside the italics ("*Noting with concern,*") is a typographic nicety, not a longer lead.
        var trimmed = italic.Trim().TrimEnd(',', ';', ':').TrimEnd();
        // The lead by its grammar, so that a lead built the UN's way is one even if no list holds it.
        // A lead the vocabulary holds whole stands as written ("Strongly condemning, and expressing deep concern").
        var whole = operative ? grammar.Vocabulary.OperativeLeadAtStart(trimmed) : grammar.Vocabulary.PreambularLeadAtStart(trimmed);
        var known = whole == trimmed ? whole : grammar.LeadPhrase(trimmed, operative);
        if (!IsOverlong(trimmed, known, plain))
        {
            return;
        }

        var shown = known ?? string.Join(" ", FirstWords(trimmed, 3));
        var fixEdits = known is null ? null : MoveClosingDelimiter(context, opening, known);
        context.Report(rule, opening.Span, fixEdits, what, shown, "is the lead, and only the lead is italic; end the italics after '" + shown + "'");
    }

    private static Emphasis? OpeningEmphasis(InlineText text)
    {
        foreach (var inline in text.Inlines)
        {
            switch (inline)
            {
                case TextRun run when string.IsNullOrWhiteSpace(run.Text):
                    continue;
                case Emphasis emphasis:
                    return emphasis;
                default:
                    return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Italics run past the lead when they hold punctuation or a number (the whole paragraph italic), or go on
    /// three words or more past the lead the grammar reads.
    /// </summary>
    private static bool IsOverlong(string italic, string? known, string plain)
    {
        if (known == italic)
        {
            return false;
        }

        foreach (var c in italic)
        {
            if (c is ',' or ';' or ':' or '.' || char.IsDigit(c))
            {
                return true;
            }
        }

        var words = LeadWords.CountIn(italic);
        if (known is not null)
        {
            return words - LeadWords.CountIn(known) >= 3;
        }

        return words > 8 && italic.Length >= plain.Trim().Length - 2;
    }

    private static IEnumerable<string> FirstWords(string text, int count)
    {
        var words = new LeadWords(text, 0, count);
        for (var i = 0; words.Has(i); i++)
        {
            yield return words.Word(i);
        }
    }

    /// <summary>"*Recalling its resolution*" → "*Recalling* its resolution": both edits, or null when unsafe.</summary>
    private static TextEdit[]? MoveClosingDelimiter(RuleContext context, Emphasis emphasis, string lead)
    {
        var span = emphasis.Span;
        var source = context.Source;
        if (!span.IsKnown || span.End > source.Length || span.Length < lead.Length + 2)
        {
            return null;
        }

        var delimiter = source[span.Start];
        if (delimiter is not ('*' or '_') || source[span.End - 1] != delimiter)
        {
            return null;
        }

        var leadStart = span.Start + 1;
        while (leadStart < span.End && char.IsWhiteSpace(source[leadStart]))
        {
            leadStart++;
        }

        if (string.CompareOrdinal(source, leadStart, lead, 0, lead.Length) != 0)
        {
            return null;
        }

        return new[]
        {
            context.Edit(leadStart + lead.Length, 0, delimiter.ToString()),
            context.Edit(span.End - 1, 1, string.Empty),
        };
    }
}

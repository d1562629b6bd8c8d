namespace DraftingKit.Import;

/// <summary>
/// Makes whole a note that a page break cut: the layout goes on with the rest of a long note at the top of the next
/// page's notes, under the rule line and without a number. Text that stands there, before the page's first numbered
/// note, belongs to the last note of the pages before when it reads as that note's rest: the note did not end (no
/// full stop or closing bracket, <see cref="FlowingNotes.EndsNote"/>), or the text opens in lower case, or the
/// page's own notes go on with the next number after that note's, so that nothing but a note can stand between them.
/// </summary>
/// <remarks>
/// Text under a rule line that none of these tells apart (a new paragraph after the notes of a text, a heading) is
/// left where it stands.
/// </remarks>
internal static class NoteAcrossPage
{
    public static List<SourceBlock> Join(List<SourceBlock> blocks)
    {
        var output = new List<SourceBlock>(blocks.Count);
        var lastNote = -1;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (lastNote >= 0 && block.Kind == SourceBlockKind.Paragraph && block.TableRows is null && i > 0 && IsRule(blocks[i - 1])
                && IsRest(output[lastNote], block, i + 1 < blocks.Count ? blocks[i + 1] : null))
            {
                output[lastNote] = WithRest(output[lastNote], block);
                continue;
            }

            if (block.Kind == SourceBlockKind.FootnoteText)
            {
                lastNote = output.Count;
            }

            output.Add(block);
        }

        return output;
    }

    /// <summary>True when <paramref name="text"/>, under a page's rule line, reads as the rest of <paramref name="note"/>.</summary>
    internal static bool IsRest(SourceBlock note, SourceBlock text, SourceBlock? after)
    {
        var above = InlineParser.Plain(note.Text).TrimEnd();
        var words = InlineParser.Plain(text.Text).TrimStart();
        if (above.Length == 0 || words.Length == 0)
        {
            return false;
        }

        return !FlowingNotes.EndsNote(above) || char.IsLower(words[0]) || (FlowingNotes.EndsNote(words) && FollowsOn(note, after));
    }

    /// <summary>True when <paramref name="after"/> is the note numbered next after <paramref name="note"/>.</summary>
    private static bool FollowsOn(SourceBlock note, SourceBlock? after) =>
        after is { Kind: SourceBlockKind.FootnoteText, FootnoteNumber: { } next } && note.FootnoteNumber is { } number
        && int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
        && int.TryParse(next, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var m) && m == n + 1;

    private static bool IsRule(SourceBlock block) => block.Kind == SourceBlockKind.PageBreak && PageLayout.IsRule(block.Text);

    /// <summary>The note with its rest run on; a word the page's end broke at its hyphen ("Inter-" over "Agency") is one word.</summary>
    private static SourceBlock WithRest(SourceBlock note, SourceBlock rest)
    {
        var text = note.Text.TrimEnd();
        var broken = text.Length > 1 && text[text.Length - 1] == '-' && char.IsLetter(text[text.Length - 2]);
        var lines = new List<string>(note.Lines);
        lines.AddRange(rest.Lines);
        return note with
        {
            Text = text + (broken ? string.Empty : " ") + rest.Text.TrimStart(),
            Lines = lines,
            Span = note.Span with
            {
                Length = Math.Max(note.Span.Length, rest.Span.End - note.Span.Start),
                EndLine = rest.Span.EndLine,
                EndColumn = rest.Span.EndColumn,
            },
        };
    }
}

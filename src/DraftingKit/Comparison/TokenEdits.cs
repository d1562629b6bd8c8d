namespace DraftingKit.Comparison;

/// <summary>Word-level edits between two token sequences, and the edits of a unit present on one side only.</summary>
internal static class TokenEdits
{
    /// <summary>The most tokens (both sides) a unit is diffed word by word over; 74/177's longest paragraph has about 400.</summary>
    private const int LongestDiff = 20_000;

    /// <summary>The edits turning <paramref name="before"/> into <paramref name="after"/>.</summary>
    public static List<TokenEdit> Between(IReadOnlyList<WordToken> before, IReadOnlyList<WordToken> after)
    {
        // PERF: the word diff's time grows with the tokens times the changes; a unit this long (no UN paragraph comes
        // near) is replaced as a whole rather than risk minutes on it.
        if (before.Count + after.Count > LongestDiff)
        {
            var replaced = All(before, EditKind.Deleted);
            replaced.AddRange(All(after, EditKind.Inserted));
            return replaced;
        }

        var edits = new List<TokenEdit>(after.Count + 8);
        var stretches = SequenceDiff.Stretches(before.Select(token => token.Key).ToList(), after.Select(token => token.Key).ToList());
        var i = 0;
        var j = 0;
        foreach (var stretch in stretches)
        {
            for (; i < stretch.DeleteStart; i++, j++)
            {
                edits.Add(new TokenEdit(EditKind.Equal, after[j]));
            }

            for (var d = 0; d < stretch.DeleteCount; d++)
            {
                edits.Add(new TokenEdit(EditKind.Deleted, before[stretch.DeleteStart + d]));
            }

            for (var n = 0; n < stretch.InsertCount; n++)
            {
                edits.Add(new TokenEdit(EditKind.Inserted, after[stretch.InsertStart + n]));
            }

            i = stretch.DeleteStart + stretch.DeleteCount;
            j = stretch.InsertStart + stretch.InsertCount;
        }

        for (; j < after.Count; j++)
        {
            edits.Add(new TokenEdit(EditKind.Equal, after[j]));
        }

        return Coalesce(edits);
    }

    /// <summary>Every token as <paramref name="kind"/>.</summary>
    public static List<TokenEdit> All(IReadOnlyList<WordToken> tokens, EditKind kind) =>
        tokens.Select(token => new TokenEdit(kind, token)).ToList();

    /// <summary>The label of a unit as tokens: the label and the tab after it, or nothing.</summary>
    public static List<WordToken> LabelTokens(TextUnit? unit) =>
        unit is null || unit.Label.Length == 0
            ? new List<WordToken>()
            : new List<WordToken> { new(TokenKind.Text, unit.Label), new(TokenKind.Tab, string.Empty) };

    /// <summary>
    /// A lone space left equal between two changes reads as noise ("[-a-] [+b+]" twice); it joins the change, so that
    /// a replaced phrase shows as one deletion and one insertion.
    /// </summary>
    private static List<TokenEdit> Coalesce(List<TokenEdit> edits)
    {
        var result = new List<TokenEdit>(edits.Count);
        var k = 0;
        while (k < edits.Count)
        {
            if (edits[k].Kind != EditKind.Equal)
            {
                // Gather one change: deletions and insertions, bridging single equal spaces between changes.
                var deleted = new List<TokenEdit>();
                var inserted = new List<TokenEdit>();
                while (k < edits.Count)
                {
                    var edit = edits[k];
                    if (edit.Kind == EditKind.Deleted)
                    {
                        deleted.Add(edit);
                        k++;
                    }
                    else if (edit.Kind == EditKind.Inserted)
                    {
                        inserted.Add(edit);
                        k++;
                    }
                    else if (IsBridge(edits, k))
                    {
                        deleted.Add(new TokenEdit(EditKind.Deleted, edit.Token));
                        inserted.Add(new TokenEdit(EditKind.Inserted, edit.Token));
                        k++;
                    }
                    else
                    {
                        break;
                    }
                }

                result.AddRange(deleted);
                result.AddRange(inserted);
                continue;
            }

            result.Add(edits[k]);
            k++;
        }

        return result;
    }

    private static bool IsBridge(List<TokenEdit> edits, int k) =>
        edits[k].Token.Kind == TokenKind.Text
        && edits[k].Token.Text.Trim().Length == 0
        && k + 1 < edits.Count
        && edits[k + 1].Kind != EditKind.Equal
        && edits[k + 1].Token.Kind == TokenKind.Text
        && edits[k - 1].Kind != EditKind.Equal;
}

namespace DraftingKit.Comparison;

/// <summary>
/// Aligns the units of a base text with those of a revised one. Units with the same words (whatever their number)
/// are anchors, found as the longest common subsequence; between anchors, units of the same section and role pair
/// when they share enough wording (or, for header lines, by role alone); a deleted unit whose words reappear
/// elsewhere is a move; a paragraph cut in two is a split, two joined a merge.
/// </summary>
internal static class UnitAligner
{
    /// <summary>Paragraphs sharing fewer words than this (Dice) are a deletion and an insertion, not a change.</summary>
    public const double PairThreshold = 0.5;

    /// <summary>A deleted unit and a new one this alike are one unit moved.</summary>
    public const double MoveThreshold = 0.8;

    /// <summary>
    /// PERF: the most unit pairs one stretch is weighed over (a table of this many likenesses); a longer stretch, as a
    /// text rewritten throughout gives, pairs each unit within a window ahead instead, in linear time and memory.
    /// </summary>
    private const long LargestPairing = 250_000;

    /// <summary>How many units ahead the windowed pairing and the search for moves look.</summary>
    private const int Window = 200;

    /// <summary>How much better the joined pieces must match for a split or a merge.</summary>
    private const double JoinGain = 0.15;

    public static List<AlignedUnit> Align(IReadOnlyList<TextUnit> before, IReadOnlyList<TextUnit> after)
    {
        var bagsBefore = before.Select(unit => new WordBag(unit.Tokens)).ToArray();
        var bagsAfter = after.Select(unit => new WordBag(unit.Tokens)).ToArray();
        var pairs = new List<(int Before, int After)>();
        var i = 0;
        var j = 0;
        foreach (var stretch in SequenceDiff.Stretches(before.Select(unit => unit.Key).ToList(), after.Select(unit => unit.Key).ToList()))
        {
            for (; i < stretch.DeleteStart; i++, j++)
            {
                pairs.Add((i, j));
            }

            PairStretch(pairs, before, after, bagsBefore, bagsAfter, stretch);
            i = stretch.DeleteStart + stretch.DeleteCount;
            j = stretch.InsertStart + stretch.InsertCount;
        }

        for (; j < after.Count; i++, j++)
        {
            pairs.Add((i, j));
        }

        var aligned = pairs.Select(pair => Describe(pair.Before < 0 ? null : before[pair.Before], pair.After < 0 ? null : after[pair.After])).ToList();
        var bags = pairs.Select(pair => (pair.Before < 0 ? null : bagsBefore[pair.Before], pair.After < 0 ? null : bagsAfter[pair.After])).ToList();
        FindMoves(aligned, bags);
        FindSplitsAndMerges(aligned, bags);
        return aligned;
    }

    /// <summary>The aligned unit for a pair, or for a unit on one side only.</summary>
    public static AlignedUnit Describe(TextUnit? before, TextUnit? after)
    {
        if (before is null)
        {
            return new AlignedUnit(ChangeKind.New, null, after, TokenEdits.All(TokenEdits.LabelTokens(after), EditKind.Inserted), TokenEdits.All(after!.Tokens, EditKind.Inserted));
        }

        if (after is null)
        {
            return new AlignedUnit(ChangeKind.Deleted, before, null, TokenEdits.All(TokenEdits.LabelTokens(before), EditKind.Deleted), TokenEdits.All(before.Tokens, EditKind.Deleted));
        }

        var labels = TokenEdits.Between(TokenEdits.LabelTokens(before), TokenEdits.LabelTokens(after));
        var words = before.Key == after.Key ? TokenEdits.All(after.Tokens, EditKind.Equal) : TokenEdits.Between(before.Tokens, after.Tokens);
        var wordsChanged = words.Any(edit => edit.Kind != EditKind.Equal);
        var kind = wordsChanged && Spaced(before.Tokens) != Spaced(after.Tokens) ? ChangeKind.Changed
            : labels.Any(edit => edit.Kind != EditKind.Equal) ? ChangeKind.Renumbered
            : wordsChanged ? ChangeKind.Respaced
            : ChangeKind.Unchanged;
        return new AlignedUnit(kind, before, after, labels, words);
    }

    /// <summary>The tokens' keys with every run of spaces, plain or no-break, as one plain space.</summary>
    private static string Spaced(IReadOnlyList<WordToken> tokens) =>
        string.Concat(tokens.Select(token => token.Kind == TokenKind.Text && token.Text.Trim().Length == 0 ? " " : token.Key + "\u0003"));

    /// <summary>
    /// Pairs the units of one stretch in order, maximising the total likeness of the pairs (a weighted longest
    /// common subsequence); the rest are deletions (first) and insertions.
    /// </summary>
    private static void PairStretch(List<(int, int)> pairs, IReadOnlyList<TextUnit> before, IReadOnlyList<TextUnit> after, WordBag[] bagsBefore, WordBag[] bagsAfter, DiffStretch stretch)
    {
        var m = stretch.DeleteCount;
        var n = stretch.InsertCount;
        if ((long)m * n > LargestPairing)
        {
            PairInWindow(pairs, before, after, bagsBefore, bagsAfter, stretch);
            return;
        }

        var score = new double[m + 1, n + 1];
        var likeness = new double[m, n];
        for (var a = 0; a < m; a++)
        {
            for (var b = 0; b < n; b++)
            {
                likeness[a, b] = Likeness(before[stretch.DeleteStart + a], after[stretch.InsertStart + b], bagsBefore[stretch.DeleteStart + a], bagsAfter[stretch.InsertStart + b]);
            }
        }

        for (var a = m - 1; a >= 0; a--)
        {
            for (var b = n - 1; b >= 0; b--)
            {
                var best = Math.Max(score[a + 1, b], score[a, b + 1]);
                if (likeness[a, b] > 0)
                {
                    best = Math.Max(best, likeness[a, b] + score[a + 1, b + 1]);
                }

                score[a, b] = best;
            }
        }

        int x = 0, y = 0;
        var deleted = new List<int>();
        var inserted = new List<int>();
        void Flush()
        {
            pairs.AddRange(deleted.Select(d => (stretch.DeleteStart + d, -1)));
            pairs.AddRange(inserted.Select(k => (-1, stretch.InsertStart + k)));
            deleted.Clear();
            inserted.Clear();
        }

        while (x < m && y < n)
        {
            if (likeness[x, y] > 0 && score[x, y] == likeness[x, y] + score[x + 1, y + 1])
            {
                Flush();
                pairs.Add((stretch.DeleteStart + x, stretch.InsertStart + y));
                x++;
                y++;
            }
            else if (score[x, y] == score[x + 1, y])
            {
                deleted.Add(x++);
            }
            else
            {
                inserted.Add(y++);
            }
        }

        while (x < m)
        {
            deleted.Add(x++);
        }

        while (y < n)
        {
            inserted.Add(y++);
        }

        Flush();
    }

    /// <summary>
    /// Pairs a long stretch in order: each revised unit with the likeliest of the next <see cref="Window"/> unpaired
    /// base units, the base units it passes over deleted.
    /// </summary>
    private static void PairInWindow(List<(int, int)> pairs, IReadOnlyList<TextUnit> before, IReadOnlyList<TextUnit> after, WordBag[] bagsBefore, WordBag[] bagsAfter, DiffStretch stretch)
    {
        var x = stretch.DeleteStart;
        var end = stretch.DeleteStart + stretch.DeleteCount;
        for (var y = stretch.InsertStart; y < stretch.InsertStart + stretch.InsertCount; y++)
        {
            var best = -1;
            var bestLikeness = 0.0;
            for (var candidate = x; candidate < end && candidate < x + Window; candidate++)
            {
                var likeness = Likeness(before[candidate], after[y], bagsBefore[candidate], bagsAfter[y]);
                if (likeness > bestLikeness)
                {
                    best = candidate;
                    bestLikeness = likeness;
                }
            }

            if (best < 0)
            {
                pairs.Add((-1, y));
                continue;
            }

            for (; x < best; x++)
            {
                pairs.Add((x, -1));
            }

            pairs.Add((best, y));
            x = best + 1;
        }

        for (; x < end; x++)
        {
            pairs.Add((x, -1));
        }
    }

    /// <summary>How well two units pair: 0 when they cannot, otherwise their likeness.</summary>
    private static double Likeness(TextUnit before, TextUnit after, WordBag bagBefore, WordBag bagAfter)
    {
        if (before.Section != after.Section || before.Role != after.Role)
        {
            return 0;
        }

        if (before.PairsByRole)
        {
            return 1;
        }

        var similarity = bagBefore.Similarity(bagAfter);
        return similarity >= PairThreshold ? similarity : 0;
    }

    /// <summary>A deleted unit whose words stand, (nearly) the same, as a new unit elsewhere has moved.</summary>
    private static void FindMoves(List<AlignedUnit> aligned, List<(WordBag? Before, WordBag? After)> bags)
    {
        for (var n = 0; n < aligned.Count; n++)
        {
            if (aligned[n].Kind != ChangeKind.New || aligned[n].Revised!.PairsByRole)
            {
                continue;
            }

            var best = -1;
            var bestScore = MoveThreshold;

            // PERF: a move is looked for within a window of units on either side, not across a whole rewritten text.
            for (var d = Math.Max(0, n - (Window * 4)); d < Math.Min(aligned.Count, n + (Window * 4)); d++)
            {
                if (aligned[d].Kind != ChangeKind.Deleted || aligned[d].Base!.Section != aligned[n].Revised!.Section || aligned[d].Base!.Role != aligned[n].Revised!.Role)
                {
                    continue;
                }

                var similarity = bags[d].Before!.Similarity(bags[n].After!);
                if (similarity >= bestScore)
                {
                    best = d;
                    bestScore = similarity;
                }
            }

            if (best >= 0)
            {
                var from = aligned[best].Base!;
                var to = aligned[n].Revised!;
                aligned[best] = aligned[best] with { Kind = ChangeKind.MovedAway, Note = "moved to " + to.Name };
                aligned[n] = aligned[n] with { Kind = ChangeKind.Moved, Note = "moved from " + from.Name + (from.Key == to.Key ? string.Empty : ", with changes") };
            }
        }
    }

    /// <summary>
    /// A new unit right after a changed one, which together read as the base unit much better than the changed one
    /// alone, is the second half of a split; a deleted unit beside a changed one is, the same way, merged into it.
    /// </summary>
    private static void FindSplitsAndMerges(List<AlignedUnit> aligned, List<(WordBag? Before, WordBag? After)> bags)
    {
        for (var k = 0; k < aligned.Count; k++)
        {
            if (aligned[k].Kind != ChangeKind.Changed)
            {
                continue;
            }

            var alone = bags[k].Before!.Similarity(bags[k].After!);
            foreach (var step in new[] { 1, -1 })
            {
                if (JoinNeighbour(aligned, bags, k, step, alone))
                {
                    break;
                }
            }
        }
    }

    /// <summary>Marks the first new or deleted unit beside unit <paramref name="k"/>, going <paramref name="step"/>, that completes it.</summary>
    private static bool JoinNeighbour(List<AlignedUnit> aligned, List<(WordBag? Before, WordBag? After)> bags, int k, int step, double alone)
    {
        for (var next = k + step; next >= 0 && next < aligned.Count && aligned[next].Kind is ChangeKind.New or ChangeKind.Deleted; next += step)
        {
            if (aligned[next].Note is not null || aligned[next].Section != aligned[k].Section)
            {
                continue;
            }

            if (aligned[next].Kind == ChangeKind.New && WordBag.Similarity(bags[k].Before!, bags[k].After!, bags[next].After) >= alone + JoinGain)
            {
                aligned[next] = aligned[next] with { Note = "split from " + aligned[k].Base!.Name };
                return true;
            }

            if (aligned[next].Kind == ChangeKind.Deleted && WordBag.Similarity(bags[k].After!, bags[k].Before!, bags[next].Before) >= alone + JoinGain)
            {
                aligned[next] = aligned[next] with { Note = "merged into " + aligned[k].Revised!.Name };
                return true;
            }
        }

        return false;
    }
}

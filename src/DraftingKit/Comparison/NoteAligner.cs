using System.Globalization;

namespace DraftingKit.Comparison;

/// <summary>
/// Pairs the footnotes of two texts as notes, whatever their numbers and order: the same words first, then the most
/// alike above <see cref="UnitAligner.PairThreshold"/>. Each pair gets one key, which the markers in the text carry,
/// so that a note renumbered by an insertion before it is no change and a marker moved with its words is no change.
/// </summary>
internal static class NoteAligner
{
    /// <summary>The aligned notes by key, and the key of each label on either side.</summary>
    public static (Dictionary<string, AlignedUnit> Notes, Dictionary<string, string> BeforeKeys, Dictionary<string, string> AfterKeys) Align(
        List<(string Label, TextUnit Unit)> before, List<(string Label, TextUnit Unit)> after)
    {
        var notes = new Dictionary<string, AlignedUnit>(System.StringComparer.Ordinal);
        var beforeKeys = new Dictionary<string, string>(System.StringComparer.Ordinal);
        var afterKeys = new Dictionary<string, string>(System.StringComparer.Ordinal);
        var pairedBefore = new bool[before.Count];
        var pairedAfter = new bool[after.Count];

        void Pair(int b, int a)
        {
            var key = "k" + notes.Count.ToString(CultureInfo.InvariantCulture);
            notes.Add(key, UnitAligner.Describe(before[b].Unit, after[a].Unit));
            beforeKeys[before[b].Label] = key;
            afterKeys[after[a].Label] = key;
            pairedBefore[b] = true;
            pairedAfter[a] = true;
        }

        var byText = new Dictionary<string, Queue<int>>(System.StringComparer.Ordinal);
        for (var b = 0; b < before.Count; b++)
        {
            if (!byText.TryGetValue(before[b].Unit.Key, out var queue))
            {
                byText.Add(before[b].Unit.Key, queue = new Queue<int>());
            }

            queue.Enqueue(b);
        }

        for (var a = 0; a < after.Count; a++)
        {
            if (byText.TryGetValue(after[a].Unit.Key, out var queue) && queue.Count > 0)
            {
                Pair(queue.Dequeue(), a);
            }
        }

        var bagsBefore = before.ConvertAll(note => new WordBag(note.Unit.Tokens));
        var bagsAfter = after.ConvertAll(note => new WordBag(note.Unit.Tokens));
        for (var a = 0; a < after.Count; a++)
        {
            if (pairedAfter[a])
            {
                continue;
            }

            var best = -1;
            var bestScore = UnitAligner.PairThreshold;
            for (var b = 0; b < before.Count; b++)
            {
                var similarity = pairedBefore[b] ? 0 : bagsBefore[b].Similarity(bagsAfter[a]);
                if (similarity >= bestScore)
                {
                    best = b;
                    bestScore = similarity;
                }
            }

            if (best >= 0)
            {
                Pair(best, a);
            }
        }

        for (var b = 0; b < before.Count; b++)
        {
            if (!pairedBefore[b])
            {
                var key = "d" + b.ToString(CultureInfo.InvariantCulture);
                notes.Add(key, UnitAligner.Describe(before[b].Unit, null));
                beforeKeys[before[b].Label] = key;
            }
        }

        for (var a = 0; a < after.Count; a++)
        {
            if (!pairedAfter[a])
            {
                var key = "n" + a.ToString(CultureInfo.InvariantCulture);
                notes.Add(key, UnitAligner.Describe(null, after[a].Unit));
                afterKeys[after[a].Label] = key;
            }
        }

        return (notes, beforeKeys, afterKeys);
    }
}

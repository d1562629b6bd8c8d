using DraftingKit.Diagnostics;
using DraftingKit.Model;
using DraftingKit.Text;

namespace DraftingKit.Import;

/// <summary>
/// Where a place in the text the importer reads stands in the file it was given. Before the paragraphs are read, a
/// layout's lines are joined into paragraphs, a page's running header, number and foot are taken out, an item's
/// label is set apart from its text and a broken word joined (<see cref="LaidOutText"/>, <see cref="FlowingText"/>);
/// a finding placed in that text would name a line the file does not have, or an offset past its end. The two texts
/// hold the same words in the same order but for what was taken out, added or joined, so the words are aligned and
/// each finding is moved to the file's word it stands on.
/// </summary>
internal sealed class FilePositions
{
    // How many words ahead a resynchronisation looks: more than a page's running header, number and notes' rule.
    private const int Window = 64;

    private readonly string file;
    private readonly string read;
    private readonly List<(int Start, int Length)> fileWords;
    private readonly List<(int Start, int Length)> readWords;
    private readonly int[] inFile;

    private FilePositions(string file, string read)
    {
        this.file = file;
        this.read = read;
        fileWords = Words(file);
        readWords = Words(read);
        inFile = Align(file, fileWords, read, readWords);
    }

    /// <summary>
    /// The <paramref name="diagnostics"/> placed in <paramref name="read"/>, each moved to where it stands in
    /// <paramref name="file"/>, the text of the file at <paramref name="path"/>.
    /// </summary>
    public static List<DraftingDiagnostic> InFile(string path, string file, string read, List<DraftingDiagnostic> diagnostics)
    {
        if (diagnostics.Count == 0 || string.Equals(file, read, StringComparison.Ordinal))
        {
            return diagnostics;
        }

        var positions = new FilePositions(file, read);
        var lines = new LineMap(path, file);
        var moved = new List<DraftingDiagnostic>(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            var span = diagnostic.Span;
            if (!span.IsKnown || !string.Equals(span.Path, path, StringComparison.Ordinal))
            {
                moved.Add(diagnostic);
                continue;
            }

            var start = positions.Offset(span.Start, end: false);
            var end = span.Length == 0 ? start : Math.Max(start, positions.Offset(span.End, end: true));
            moved.Add(diagnostic with { Span = lines.Span(start, end - start) });
        }

        return moved;
    }

    /// <summary>The offset in the file of <paramref name="offset"/> in the text read, a finding's start or its <paramref name="end"/>.</summary>
    private int Offset(int offset, bool end)
    {
        // The last word of the text read that starts at or before the offset, and the last of those the file holds.
        int low = 0, high = readWords.Count - 1, word = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (readWords[middle].Start <= offset)
            {
                word = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        if (word >= 0 && inFile[word] >= 0)
        {
            var (fileStart, fileLength) = fileWords[inFile[word]];
            var into = offset - readWords[word].Start;
            if (into <= readWords[word].Length)
            {
                return fileStart + Math.Min(into, fileLength);
            }

            // In the space after the word. On the next word's line (its indentation) it is the next word's start;
            // past a line's end it stands before the next word, whatever the file sets between (a page's foot and
            // header).
            var wordEnd = fileStart + fileLength;
            var spaceStart = readWords[word].Start + readWords[word].Length;
            if (word + 1 < readWords.Count && inFile[word + 1] >= 0)
            {
                var nextStart = readWords[word + 1].Start;
                var fileNext = fileWords[inFile[word + 1]].Start;
                if (read.IndexOf('\n', offset, nextStart - offset) < 0)
                {
                    return fileNext;
                }

                if (read.IndexOf('\n', spaceStart, offset - spaceStart) >= 0)
                {
                    return Math.Max(wordEnd, fileNext - (nextStart - offset));
                }
            }

            // Else as far into the file's space, short of its next word.
            var next = inFile[word] + 1 < fileWords.Count ? fileWords[inFile[word] + 1].Start : file.Length;
            return Math.Min(wordEnd + (into - readWords[word].Length), next);
        }

        // A word the file does not hold (a number the reading set before its paragraph): a finding starts at the
        // file's next word and ends where its last word before it ends.
        if (!end)
        {
            for (var after = word + 1; after < readWords.Count; after++)
            {
                if (inFile[after] >= 0)
                {
                    return fileWords[inFile[after]].Start;
                }
            }
        }

        while (word >= 0 && inFile[word] < 0)
        {
            word--;
        }

        if (word < 0)
        {
            return fileWords.Count > 0 && offset > 0 ? fileWords[0].Start : 0;
        }

        var (start, length) = fileWords[inFile[word]];
        return start + length;
    }

    /// <summary>For each word read, the index of the same word in the file, or -1 where the file has none.</summary>
    private static int[] Align(string file, List<(int Start, int Length)> fileWords, string read, List<(int Start, int Length)> readWords)
    {
        var inFile = new int[readWords.Count];
        int i = 0, j = 0;
        while (j < readWords.Count && i < fileWords.Count)
        {
            if (Same(file, fileWords, i, read, readWords, j))
            {
                inFile[j++] = i++;
                continue;
            }

            // Words the reading took out (a running header) or added (a label moved onto its text): the nearer way
            // back into step, two words alike so that a common word alone does not pull the alignment off.
            var taken = Find(file, fileWords, i + 1, read, readWords, j);
            var added = Find(read, readWords, j + 1, file, fileWords, i);
            if (taken >= 0 && (added < 0 || taken - i <= added - j))
            {
                i = taken;
            }
            else if (added >= 0)
            {
                while (j < added)
                {
                    inFile[j++] = -1;
                }
            }
            else
            {
                // A word changed where it stands ("multi-" and "lateral" joined): it is the file's word there.
                inFile[j++] = i++;
            }
        }

        while (j < readWords.Count)
        {
            inFile[j++] = -1;
        }

        return inFile;
    }

    /// <summary>The first index from <paramref name="from"/>, within the window, where <paramref name="words"/> goes on as <paramref name="other"/> does at <paramref name="at"/>.</summary>
    private static int Find(string text, List<(int Start, int Length)> words, int from, string otherText, List<(int Start, int Length)> other, int at)
    {
        var last = Math.Min(words.Count - 1, from + Window);
        for (var k = from; k <= last; k++)
        {
            if (Same(text, words, k, otherText, other, at)
                && (k + 1 >= words.Count || at + 1 >= other.Count || Same(text, words, k + 1, otherText, other, at + 1)))
            {
                return k;
            }
        }

        return -1;
    }

    private static bool Same(string a, List<(int Start, int Length)> aWords, int i, string b, List<(int Start, int Length)> bWords, int j) =>
        aWords[i].Length == bWords[j].Length && string.CompareOrdinal(a, aWords[i].Start, b, bWords[j].Start, aWords[i].Length) == 0;

    private static List<(int Start, int Length)> Words(string text)
    {
        var words = new List<(int Start, int Length)>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var space = i == text.Length || char.IsWhiteSpace(text[i]);
            if (space && start >= 0)
            {
                words.Add((start, i - start));
                start = -1;
            }
            else if (!space && start < 0)
            {
                start = i;
            }
        }

        return words;
    }
}

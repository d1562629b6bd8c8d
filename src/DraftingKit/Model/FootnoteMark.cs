namespace DraftingKit.Model;

/// <summary>
/// The mark a note prints instead of a number. The UN marks some notes with a symbol (the asterisk of a note on an
/// annex heading or a document's title, "**" for a second) and numbers the others 1, 2, 3 … without them. A
/// template names such a note by a label that begins with its mark: <c>[^*]</c> prints "*", <c>[^**]</c> "**", and
/// <c>[^*b]</c> a second note marked "*" in the same text.
/// </summary>
public static class FootnoteMark
{
    /// <summary>The characters a note's mark is made of.</summary>
    public const string Symbols = "*†‡";

    /// <summary>The mark the note labelled <paramref name="label"/> prints, or null for a numbered note.</summary>
    public static string? Of(string label)
    {
        var length = 0;
        while (length < label.Length && Symbols.IndexOf(label[length]) >= 0)
        {
            length++;
        }

        return length == 0 ? null : label.Substring(0, length);
    }

    /// <summary>
    /// A label for a note the UN marks with <paramref name="mark"/>, unique among <paramref name="taken"/>: the mark
    /// itself, or the mark and a letter for the second note with the same mark (<c>*b</c>, <c>*c</c> …).
    /// </summary>
    public static string Label(string mark, System.Func<string, bool> taken)
    {
        if (!taken(mark))
        {
            return mark;
        }

        for (var i = 1; ; i++)
        {
            var candidate = mark + Letters(i);
            if (!taken(candidate))
            {
                return candidate;
            }
        }
    }

    // 1 -> b, 2 -> c, … 25 -> z, then the number: the bare mark stands for the first.
    private static string Letters(int index) =>
        index < 26 ? ((char)('a' + index)).ToString() : index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

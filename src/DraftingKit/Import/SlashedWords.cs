namespace DraftingKit.Import;

/// <summary>
/// Words joined by a slash ("HIV/AIDS", "and/or"), not a document's symbol: a note's raised number a text layer glues to
/// them ("the Declaration of Commitment on HIV/AIDS1") is a marker, where digits after a symbol's letters are the
/// symbol's ("A/RES/75/1", "E/CN.6/2021/3", "A/75/L.59").
/// </summary>
/// <remarks>
/// A symbol's parts carry numbers (the session, the document's number) or full stops ("CN.6", "L.59"); words joined by
/// a slash are letters only, so they cannot end in a symbol's number.
/// </remarks>
internal static class SlashedWords
{
    /// <summary>True when <paramref name="word"/> holds a slash and nothing but letters and slashes, each slash between letters.</summary>
    public static bool Are(string word)
    {
        word = word.TrimStart('“', '‘', '"');
        if (word.Length < 3 || !char.IsLetter(word[0]) || !char.IsLetter(word[word.Length - 1]) || word.IndexOf('/') < 0)
        {
            return false;
        }

        for (var i = 1; i < word.Length - 1; i++)
        {
            if (!(char.IsLetter(word[i]) || (word[i] == '/' && char.IsLetter(word[i - 1]) && char.IsLetter(word[i + 1]))))
            {
                return false;
            }
        }

        return true;
    }
}

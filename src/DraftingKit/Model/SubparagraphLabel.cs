namespace DraftingKit.Model;

/// <summary>A label that opens a subparagraph as written: "(a) ", "(iv) ", "(12) ".</summary>
internal readonly struct SubparagraphLabel
{
    private SubparagraphLabel(string text, int length)
    {
        Text = text;
        Length = length;
    }

    /// <summary>The label without brackets: "a", "iv".</summary>
    public string Text { get; }

    /// <summary>How many characters the label and the space after it take.</summary>
    public int Length { get; }

    public int? LetterValue => Numerals.FromLetters(Text);

    public int? RomanValue => Numerals.FromRoman(Text);

    public bool IsDigits
    {
        get
        {
            foreach (var c in Text)
            {
                if (c is < '0' or > '9')
                {
                    return false;
                }
            }

            return Text.Length > 0;
        }
    }

    /// <summary>Reads a label at the start of <paramref name="text"/>: "(", 1–6 letters or digits, ")", a space.</summary>
    public static bool TryRead(string text, out SubparagraphLabel label)
    {
        label = default;
        if (text.Length < 4 || text[0] != '(')
        {
            return false;
        }

        var close = text.IndexOf(')', 1);
        if (close < 2 || close > 7 || close + 1 >= text.Length || text[close + 1] != ' ')
        {
            return false;
        }

        var inner = text.Substring(1, close - 1);
        var lower = true;
        var digits = true;
        foreach (var c in inner)
        {
            lower &= c is >= 'a' and <= 'z';
            digits &= c is >= '0' and <= '9';
        }

        if (!lower && !digits)
        {
            return false;
        }

        var candidate = new SubparagraphLabel(inner, close + 2);
        if (lower && candidate.LetterValue is null && candidate.RomanValue is null)
        {
            return false;
        }

        label = candidate;
        return true;
    }
}

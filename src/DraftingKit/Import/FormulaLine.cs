namespace DraftingKit.Import;

/// <summary>
/// A line of plain text that opens an enacting formula: alone ("The General Assembly,") or, in a decision, running on
/// into its text ("The Economic and Social Council, recalling its decision 2015/234 …", "The General Assembly decides
/// to …"). Either opens a paragraph whatever the line above it: a title ends without punctuation.
/// </summary>
internal static class FormulaLine
{
    /// <summary>True for the formula alone on its line: "The General Assembly,", "The Security Council," or without the comma.</summary>
    public static bool IsAlone(string plain) => TextAssembler.FormulaSubject(plain) is string subject && plain.TrimEnd(',', ':', ' ').Length == subject.Length;

    /// <summary>
    /// True for a formula that runs on into a lower-case word: the organ's name with its capital at a line's start is
    /// the formula, where inside a sentence the organ is "the General Assembly".
    /// </summary>
    public static bool RunsOn(string plain)
    {
        if (TextAssembler.FormulaSubject(plain) is not string subject || plain.Length < subject.Length + 3)
        {
            return false;
        }

        var next = plain[subject.Length] == ',' ? subject.Length + 1 : subject.Length;
        return plain[next] == ' ' && next + 1 < plain.Length && char.IsLower(plain[next + 1]);
    }

    /// <summary>True for a line that opens a formula, alone or running on.</summary>
    public static bool Opens(string plain) => IsAlone(plain) || RunsOn(plain);
}

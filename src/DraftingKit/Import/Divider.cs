namespace DraftingKit.Import;

/// <summary>
/// The divider the UN prints between the sections of a text, three stars on a line of their own ("* * *" between the
/// commitments of the declaration of A/RES/75/1, before "Somalia" in S/RES/2628): a line of the text, never a page's
/// edge. A PDF's text layer may close the stars' spaces up ("***"); the divider is given back as the UN prints it.
/// </summary>
internal static class Divider
{
    /// <summary>The divider as the UN prints it.</summary>
    public const string Printed = "* * *";

    /// <summary>True for three stars alone on the line, spaced or not (<paramref name="trimmed"/> without its margins).</summary>
    public static bool Is(string trimmed)
    {
        var stars = 0;
        foreach (var c in trimmed)
        {
            if (c == '*')
            {
                stars++;
            }
            else if (c is not (' ' or '\t' or '\u00A0'))
            {
                return false;
            }
        }

        return stars == 3;
    }

    /// <summary>
    /// True for one star alone on the line, as the Security Council sets it between its preamble and its operative part
    /// ("Acting under Chapter VII of the Charter of the United Nations," / "*" / "1. Decides …", S/RES/2568 (2021),
    /// S/RES/2713 (2023)): a line of its own, printed as it stands, which no paragraph goes on into.
    /// </summary>
    public static bool IsStar(string trimmed) => trimmed == "*";
}

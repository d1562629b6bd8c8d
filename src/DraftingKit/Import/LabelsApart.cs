namespace DraftingKit.Import;

/// <summary>
/// A PDF's reading order told by its labels alone, where its paragraphs part by blank lines: pdftotext sets every
/// hanging number or label apart from its text ("1." / "" / "Strongly condemns attacks …", S/RES/2573 (2021), a text
/// printed without its enacting formula, whose preamble's paragraphs stand apart by blank lines as pdftotext sets them),
/// where a text typed or exported as plain text writes each on its text's line. A text whose labels all stand apart,
/// and are more than a short list's, is read in reading order, whatever its blank lines say of its paragraphs.
/// </summary>
internal static class LabelsApart
{
    /// <summary>The fewest labels alone that tell the print: a short list's two may stand alone by chance.</summary>
    private const int Fewest = 3;

    /// <summary>True when <paramref name="apart"/> labels stand alone over their texts and none is typed on its text's line (<paramref name="typed"/>).</summary>
    public static bool Print(int apart, int typed) => apart >= Fewest && typed == 0;
}

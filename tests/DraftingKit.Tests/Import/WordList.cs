using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Test-side Word numbering, as a drafter's Word sets it: the typed label of a paragraph ("1.", "(a)", "(i)") taken off
/// and the paragraph put at a level of one list (decimal "%1.", letters "(%2)", roman "(%3)"). Where Word's count would
/// not print the typed label (a paragraph that starts again at "(a)" under an unnumbered paragraph, an agenda's "1."
/// inside paragraph 5), the paragraph opens a numbering instance of its own that starts the level at the label, as
/// Word's "Set numbering value" does; the list's other levels count on. Shares nothing with the importer.
/// </summary>
internal sealed class WordList
{
    private static readonly Regex Label = new(@"^(?:(?<number>\d{1,3})\.|\((?<item>[a-z]{1,2})\))\s+(?<text>.*)$", RegexOptions.Singleline);
    private static readonly Regex RomanShape = new("^(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3}|xiv|xvi{0,3}|xix|xx)$");

    private readonly int?[] counts = new int?[3];
    private readonly List<(int NumId, int Level, int Start)> instances = new();
    private int numId = 1;

    /// <summary>The Word paragraph for <paramref name="text"/>, numbered by the list where it opens with a label.</summary>
    public Paragraph Number(string text, Func<string, Paragraph> build)
    {
        var match = Label.Match(text);
        if (!match.Success)
        {
            return build(text);
        }

        var (level, value) = match.Groups["number"].Success
            ? (0, int.Parse(match.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture))
            : ItemLevel(match.Groups["item"].Value);
        if (value != (counts[level] ?? 0) + 1)
        {
            // Word would print another number: a numbering instance of its own starts the level at the label.
            numId = instances.Count + 2;
            instances.Add((numId, level, value));
        }

        counts[level] = value;
        for (var above = 0; above < level; above++)
        {
            // Word counts a level above as at its start once a level under it is used.
            counts[above] ??= 1;
        }

        for (var deeper = level + 1; deeper < counts.Length; deeper++)
        {
            counts[deeper] = null;
        }

        var paragraph = build(match.Groups["text"].Value);
        paragraph.PrependChild(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId })));
        return paragraph;
    }

    /// <summary>The numbering part: one abstract list of three levels, and the instances the paragraphs used.</summary>
    public Numbering Definitions()
    {
        var numbering = new Numbering(new AbstractNum(
            Level(0, NumberFormatValues.Decimal, "%1."),
            Level(1, NumberFormatValues.LowerLetter, "(%2)"),
            Level(2, NumberFormatValues.LowerRoman, "(%3)")) { AbstractNumberId = 0 });
        numbering.Append(new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
        foreach (var (id, level, start) in instances)
        {
            numbering.Append(new NumberingInstance(
                new AbstractNumId { Val = 0 },
                new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = level }) { NumberID = id });
        }

        return numbering;
    }

    /// <summary>"(i)" after "(h)" is the next letter; anywhere else a roman-shaped label is a roman item.</summary>
    private (int Level, int Value) ItemLevel(string label)
    {
        var letter = label.Length == 1 ? label[0] - 'a' + 1 : ((label[0] - 'a' + 1) + 26 * (label.Length - 1));
        if (RomanShape.IsMatch(label) && letter != (counts[1] ?? 0) + 1)
        {
            return (2, DraftingKit.Model.Numerals.FromRoman(label) ?? 1);
        }

        return (1, letter);
    }

    private static Level Level(int index, NumberFormatValues format, string text) =>
        new(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text }) { LevelIndex = index };
}

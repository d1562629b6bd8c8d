using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DraftingKit.Import;

/// <summary>
/// The labels Word prints for its automatic numbering ("1.", "(a)", "(i)"), which a draft written in Word carries as
/// numbering properties (w:numPr on the paragraph or on its style) rather than as typed text: without them every
/// operative paragraph of such a draft would come in unnumbered. The counters run as Word runs them (ECMA-376 part 1,
/// 17.9): the levels of a list (an abstract numbering) count through the document across every numbering instance
/// that uses it, a level restarts after a paragraph of a level above it, and an instance that overrides a level's
/// start (w:startOverride, Word's "Set numbering value") restarts that level where it is first used. LibreOffice
/// writes a restarted list so: the first item's instance sets the start, the items after it use instances that
/// set nothing.
/// </summary>
internal sealed class WordNumbering
{
    private const int Levels = 9;

    private readonly NumberingDefinitionsPart? numbering;
    private readonly Styles? styles;
    private readonly Dictionary<int, int?[]> counters = new();
    private readonly HashSet<int> started = new();

    public WordNumbering(MainDocumentPart main)
    {
        numbering = main.NumberingDefinitionsPart;
        styles = main.StyleDefinitionsPart?.Styles;
    }

    /// <summary>
    /// The label Word prints before <paramref name="paragraph"/> ("1.", "(a)"), counting it; null when the paragraph is
    /// not numbered. A bullet prints as "•".
    /// </summary>
    public string? LabelOf(Paragraph paragraph)
    {
        if (numbering?.Numbering is not { } definitions || NumberingOf(paragraph) is not { } reference || reference.NumId == 0)
        {
            return null;
        }

        var instance = definitions.Elements<NumberingInstance>().FirstOrDefault(num => num.NumberID?.Value == reference.NumId);
        if (instance?.AbstractNumId?.Val?.Value is not int abstractId || Abstract(definitions, abstractId) is not { } abstractNum)
        {
            return null;
        }

        var level = Math.Max(0, Math.Min(Levels - 1, reference.Level));
        var overrides = instance.Elements<LevelOverride>().ToList();
        if (!counters.TryGetValue(abstractId, out var counts))
        {
            counts = new int?[Levels];
            counters[abstractId] = counts;
        }

        if (started.Add(reference.NumId))
        {
            // An instance that sets a level's start restarts that level of its list where it is first used.
            foreach (var restart in overrides.Where(o => o.StartOverrideNumberingValue is not null && o.LevelIndex?.Value is >= 0 and < Levels))
            {
                counts[restart.LevelIndex!.Value] = null;
            }
        }

        var definition = LevelOf(abstractNum, overrides, level);
        if (definition is null)
        {
            return null;
        }

        counts[level] = counts[level] is int count ? count + 1 : StartOf(definition, overrides, level);
        for (var above = 0; above < level; above++)
        {
            // A level above that has not counted yet stands at its start, as its place in this label shows it: the
            // next paragraph at that level is its second ("(a)" … "(f)" under an unnumbered paragraph, then "2.").
            counts[above] ??= LevelOf(abstractNum, overrides, above) is { } aboveLevel ? StartOf(aboveLevel, overrides, above) : 1;
        }

        for (var deeper = level + 1; deeper < Levels; deeper++)
        {
            counts[deeper] = null;
        }

        return Label(definition, level, counts, abstractNum, overrides);
    }

    private string Label(Level definition, int level, int?[] counts, AbstractNum abstractNum, List<LevelOverride> overrides)
    {
        var format = definition.NumberingFormat?.Val?.Value;
        var text = definition.LevelText?.Val?.Value ?? string.Empty;
        if (format == NumberFormatValues.Bullet)
        {
            return "•";
        }

        // A legal numbering (w:isLgl) prints every level it shows in arabic figures ("1.1" under "I.").
        var legal = definition.IsLegalNumberingStyle is { } legalStyle && (legalStyle.Val is null || legalStyle.Val.Value);
        var builder = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                var shown = text[i + 1] - '1';
                var shownLevel = shown == level ? definition : LevelOf(abstractNum, overrides, shown);
                var value = counts[shown] ?? (shownLevel is null ? 1 : StartOf(shownLevel, overrides, shown));
                builder.Append(Format(value, legal ? NumberFormatValues.Decimal : shownLevel?.NumberingFormat?.Val?.Value));
                i++;
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>A counter's value as a numbering format prints it; Word's letters repeat past "z" ("aa", "bb").</summary>
    internal static string Format(int value, NumberFormatValues? format)
    {
        if (value < 1 || format is null)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        if (format == NumberFormatValues.LowerLetter || format == NumberFormatValues.UpperLetter)
        {
            var letters = new string((char)('a' + ((value - 1) % 26)), ((value - 1) / 26) + 1);
            return format == NumberFormatValues.UpperLetter ? letters.ToUpperInvariant() : letters;
        }

        if ((format == NumberFormatValues.LowerRoman || format == NumberFormatValues.UpperRoman) && value < 4000)
        {
            var roman = Model.Numerals.ToRoman(value);
            return format == NumberFormatValues.UpperRoman ? roman.ToUpperInvariant() : roman;
        }

        return value.ToString(CultureInfo.InvariantCulture);
    }

    private static int StartOf(Level definition, List<LevelOverride> overrides, int level) =>
        overrides.FirstOrDefault(o => o.LevelIndex?.Value == level)?.StartOverrideNumberingValue?.Val?.Value
        ?? definition.StartNumberingValue?.Val?.Value
        ?? 1;

    /// <summary>The level's definition: the instance's own where it overrides the level whole, else its abstract numbering's.</summary>
    private static Level? LevelOf(AbstractNum abstractNum, List<LevelOverride> overrides, int level) =>
        overrides.FirstOrDefault(o => o.LevelIndex?.Value == level)?.Level
        ?? abstractNum.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level);

    /// <summary>
    /// The abstract numbering, following a numbering style's link (w:numStyleLink) to the definition that holds the
    /// levels (w:styleLink), as Word writes a list style.
    /// </summary>
    private AbstractNum? Abstract(Numbering definitions, int abstractId)
    {
        var abstractNum = definitions.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
        var link = abstractNum?.NumberingStyleLink?.Val?.Value;
        if (link is null)
        {
            return abstractNum;
        }

        return definitions.Elements<AbstractNum>().FirstOrDefault(a => a.StyleLink?.Val?.Value == link && a.Elements<Level>().Any()) ?? abstractNum;
    }

    /// <summary>The paragraph's numbering: its own, else its style's or a style that style is based on.</summary>
    private (int NumId, int Level)? NumberingOf(Paragraph paragraph)
    {
        var own = paragraph.ParagraphProperties?.NumberingProperties;
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        int? numId = own?.NumberingId?.Val?.Value;
        int? level = own?.NumberingLevelReference?.Val?.Value;
        for (var depth = 0; (numId is null || level is null) && styleId is not null && depth < 10; depth++)
        {
            var style = styles?.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == styleId);
            var fromStyle = style?.StyleParagraphProperties?.NumberingProperties;
            numId ??= fromStyle?.NumberingId?.Val?.Value;
            level ??= fromStyle?.NumberingLevelReference?.Val?.Value;
            styleId = style?.BasedOn?.Val?.Value;
        }

        return numId is int id ? (id, level ?? 0) : null;
    }
}

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DraftingKit.Import;

/// <summary>
/// Whether Word prints a run in italics, in bold, or not at all (hidden text), from every place a drafter's file may
/// set it, not only the run's own formatting: a drafter who keeps the leads in a character style ("Emphasis") or sets a
/// whole paragraph in an italic style ("Quote") has them printed in italics all the same, and "<i>Recalling</i> its
/// resolution 74/177" must come back with its lead in italics, which the drafting rules check.
/// </summary>
/// <remarks>
/// <para>
/// Italics, bold and hidden text are toggle properties (ECMA-376 Part 1, §17.7.3), resolved in Word's order: the
/// document defaults (<c>w:docDefaults/w:rPrDefault</c>); then the paragraph's style (<c>w:pStyle</c>, or the default
/// paragraph style), whose value, the nearest one along its <c>w:basedOn</c> chain, replaces the defaults' (Word resets
/// rather than toggles there, [MS-OI29500] §2.1.258); then the run's character style (<c>w:rStyle</c> and its chain),
/// which toggles what the paragraph gave: "Emphasis" on a lead inside an italic "Quote" paragraph prints in roman, as
/// Word prints it (LibreOffice 7.4 does not toggle, and prints it italic); a style's <c>w:val="0"</c> leaves it
/// unchanged. Last, the run's own formatting sets the property outright, on or off (<c>w:i w:val="0"</c> is roman
/// whatever the styles say).
/// </para>
/// <para>Each style's values are read once, when the reader is made; a table's style is not read.</para>
/// </remarks>
internal sealed class WordRunFormat
{
    private const int LongestChain = 32;

    private readonly Dictionary<string, StyleEntry> styles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Format> resolved = new(StringComparer.Ordinal);
    private readonly Format defaults;
    private readonly string? defaultParagraphStyle;

    public WordRunFormat(MainDocumentPart? part)
    {
        var sheet = part?.StyleDefinitionsPart?.Styles;
        var runDefaults = sheet?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle;
        defaults = new Format(On(runDefaults?.GetFirstChild<Italic>()) ?? false, On(runDefaults?.GetFirstChild<Bold>()) ?? false, On(runDefaults?.GetFirstChild<Vanish>()) ?? false);
        foreach (var style in sheet?.Elements<Style>() ?? Enumerable.Empty<Style>())
        {
            if (style.StyleId?.Value is not { } id)
            {
                continue;
            }

            var run = style.StyleRunProperties;
            styles[id] = new StyleEntry(
                style.BasedOn?.Val?.Value,
                On(run?.GetFirstChild<Italic>()),
                On(run?.GetFirstChild<Bold>()),
                On(run?.GetFirstChild<Vanish>()));
            if (style.Type?.Value == StyleValues.Paragraph && style.Default?.Value == true)
            {
                defaultParagraphStyle = id;
            }
        }
    }

    /// <summary>How Word prints <paramref name="run"/>: in italics, in bold, or hidden.</summary>
    public Format Of(Run run)
    {
        var paragraph = run.Ancestors<Paragraph>().FirstOrDefault();
        var paragraphStyle = paragraph?.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? defaultParagraphStyle;
        var properties = run.RunProperties;
        var styled = Styled(paragraphStyle, properties?.RunStyle?.Val?.Value);
        return new Format(
            On(properties?.Italic) ?? styled.Italic,
            On(properties?.Bold) ?? styled.Bold,
            On(properties?.Vanish) ?? styled.Hidden);
    }

    /// <summary>What the styles alone give a run of character style <paramref name="runStyle"/> in a paragraph of <paramref name="paragraphStyle"/>.</summary>
    private Format Styled(string? paragraphStyle, string? runStyle)
    {
        var key = (paragraphStyle ?? string.Empty) + "\n" + (runStyle ?? string.Empty);
        if (resolved.TryGetValue(key, out var format))
        {
            return format;
        }

        format = new Format(
            Toggle(Nearest(runStyle, style => style.Italic), Nearest(paragraphStyle, style => style.Italic) ?? defaults.Italic),
            Toggle(Nearest(runStyle, style => style.Bold), Nearest(paragraphStyle, style => style.Bold) ?? defaults.Bold),
            Toggle(Nearest(runStyle, style => style.Hidden), Nearest(paragraphStyle, style => style.Hidden) ?? defaults.Hidden));
        resolved[key] = format;
        return format;
    }

    /// <summary>A character style's value on what the paragraph gave: on turns it over, off or none leaves it.</summary>
    private static bool Toggle(bool? runStyle, bool below) => runStyle == true ? !below : below;

    /// <summary>The value the style sets, or the nearest style along its <c>w:basedOn</c> chain; null when none does.</summary>
    private bool? Nearest(string? id, Func<StyleEntry, bool?> value)
    {
        for (var depth = 0; id is not null && depth < LongestChain && styles.TryGetValue(id, out var style); depth++)
        {
            if (value(style) is { } set)
            {
                return set;
            }

            id = style.BasedOn;
        }

        return null;
    }

    /// <summary>An on/off property: on when present without a value, its value otherwise; null when absent.</summary>
    private static bool? On(OnOffType? property) => property is null ? null : property.Val is null || property.Val.Value;

    /// <summary>How a run prints.</summary>
    internal readonly record struct Format(bool Italic, bool Bold, bool Hidden);

    private sealed record StyleEntry(string? BasedOn, bool? Italic, bool? Bold, bool? Hidden);
}

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
/// Italics, bold and hidden text are toggle properties (ECMA-376 Part 1, §17.7.3), resolved in Word's order (§17.7.2):
/// the document defaults (<c>w:docDefaults/w:rPrDefault</c>); then, in a table, the table's style (<c>w:tblStyle</c>,
/// or the default table style), its own run properties and those of the parts of the table the cell is in
/// (<c>w:tblStylePr</c>: "firstRow" for a heading row set in italics, "firstCol", banded rows and columns, the
/// corners), applied in the order Office applies them ([MS-OI29500] §2.1.251: whole table, row bands, column bands,
/// first and last column, first and last row, corners; the later wins), where the table's <c>w:tblLook</c> turns them
/// on; then the paragraph's style (<c>w:pStyle</c>, or the default paragraph style), whose value, the nearest one along
/// its <c>w:basedOn</c> chain, replaces what is below (Word resets rather than toggles there, [MS-OI29500] §2.1.258);
/// then the run's character style (<c>w:rStyle</c> and its chain), which toggles what the paragraph gave: "Emphasis"
/// on a lead inside an italic "Quote" paragraph prints in roman, as Word prints it (LibreOffice 7.4 does not toggle,
/// and prints it italic); a style's <c>w:val="0"</c> leaves it unchanged. Last, the run's own formatting sets the
/// property outright, on or off (<c>w:i w:val="0"</c> is roman whatever the styles say).
/// </para>
/// <para>
/// Italics and bold come twice: <c>w:i</c>/<c>w:b</c> for the characters of Latin and other simple scripts,
/// <c>w:iCs</c>/<c>w:bCs</c> for those of complex scripts (§17.3.2.17, §17.3.2.2): a run marked right-to-left or
/// complex script (<c>w:rtl</c>, <c>w:cs</c>) takes the latter for all its characters, any other run for its Arabic,
/// Hebrew, Syriac, Thaana and Indic or South-East Asian letters only. "<i>Recalling</i>" with <c>w:iCs</c> alone
/// prints in roman; "تؤكد" with <c>w:i</c> alone too.
/// </para>
/// <para>Each style's values are read once, when the reader is made.</para>
/// </remarks>
internal sealed class WordRunFormat
{
    private const int LongestChain = 32;
    private const int Italic = 0;
    private const int ItalicComplex = 1;
    private const int Bold = 2;
    private const int BoldComplex = 3;
    private const int Hidden = 4;
    private const int RightToLeft = 5;
    private const int ComplexScript = 6;
    private const int Count = 7;

    /// <summary>The parts of a table whose conditional formats apply, in the order Office applies them.</summary>
    private static readonly string[] PartOrder =
    {
        "wholeTable", "band1Horz", "band2Horz", "band1Vert", "band2Vert", "firstCol", "lastCol", "firstRow", "lastRow", "neCell", "nwCell", "seCell", "swCell",
    };

    private readonly Dictionary<string, StyleEntry> styles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool[]> resolved = new(StringComparer.Ordinal);
    private readonly Dictionary<TableCell, string?> places = new();
    private readonly bool[] defaults;
    private readonly string? defaultParagraphStyle;
    private readonly string? defaultTableStyle;

    public WordRunFormat(MainDocumentPart? part)
    {
        var sheet = part?.StyleDefinitionsPart?.Styles;
        var runDefaults = Values(sheet?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle);
        defaults = runDefaults.Select(value => value ?? false).ToArray();
        foreach (var style in sheet?.Elements<Style>() ?? Enumerable.Empty<Style>())
        {
            if (style.StyleId?.Value is not { } id)
            {
                continue;
            }

            var parts = new Dictionary<string, bool?[]>(StringComparer.Ordinal);
            foreach (var conditional in style.Elements<TableStyleProperties>())
            {
                if (conditional.Type?.InnerText is { Length: > 0 } type)
                {
                    parts[type] = Values(conditional.GetFirstChild<RunPropertiesBaseStyle>());
                }
            }

            styles[id] = new StyleEntry(style.BasedOn?.Val?.Value, Values(style.StyleRunProperties), parts);
            if (style.Default?.Value == true && style.Type?.Value == StyleValues.Paragraph)
            {
                defaultParagraphStyle = id;
            }
            else if (style.Default?.Value == true && style.Type?.Value == StyleValues.Table)
            {
                defaultTableStyle = id;
            }
        }
    }

    /// <summary>How Word prints <paramref name="run"/>: in italics, in bold, or hidden.</summary>
    public Format Of(Run run)
    {
        var paragraph = run.Ancestors<Paragraph>().FirstOrDefault();
        var paragraphStyle = paragraph?.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? defaultParagraphStyle;
        var styled = Styled(paragraphStyle, run.RunProperties?.RunStyle?.Val?.Value, TablePlace(paragraph));
        var own = Values(run.RunProperties);
        var value = new bool[Count];
        for (var property = 0; property < Count; property++)
        {
            value[property] = own[property] ?? styled[property];
        }

        return new Format(value[Italic], value[Bold], value[Hidden], value[ItalicComplex], value[BoldComplex], value[RightToLeft] || value[ComplexScript]);
    }

    /// <summary>
    /// True for a character of a complex script, which Word prints with the complex-script properties: Hebrew, Arabic,
    /// Syriac, Thaana, N'Ko and the Arabic supplements (U+0590–U+08FF), the Indic scripts through Sinhala (U+0900–U+0DFF),
    /// Thai and Lao (U+0E00–U+0EFF), Tibetan and Myanmar (U+0F00–U+109F), Khmer (U+1780–U+17FF), and the Hebrew and Arabic
    /// presentation forms (U+FB1D–U+FDFF, U+FE70–U+FEFF).
    /// </summary>
    public static bool IsComplexScript(char c) =>
        c is >= '\u0590' and <= '\u08FF' or >= '\u0900' and <= '\u0DFF' or >= '\u0E00' and <= '\u0EFF'
            or >= '\u0F00' and <= '\u109F' or >= '\u1780' and <= '\u17FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';

    /// <summary>
    /// The table style a paragraph in a table takes, with the parts of the table its cell is in, as a key; null outside
    /// a table.
    /// </summary>
    private string? TablePlace(Paragraph? paragraph)
    {
        var cell = paragraph?.Ancestors<TableCell>().FirstOrDefault();
        if (cell is null)
        {
            return null;
        }

        if (!places.TryGetValue(cell, out var place))
        {
            place = TablePlace(cell);
            places[cell] = place;
        }

        return place;
    }

    private string? TablePlace(TableCell cell)
    {
        var table = cell.Ancestors<Table>().FirstOrDefault();
        if (table is null)
        {
            return null;
        }

        var properties = table.GetFirstChild<TableProperties>();
        var styleId = properties?.TableStyle?.Val?.Value ?? defaultTableStyle;
        if (styleId is null || !styles.ContainsKey(styleId))
        {
            return null;
        }

        var rows = table.Descendants<TableRow>().Where(row => row.Ancestors<Table>().FirstOrDefault() == table).ToList();
        var row = cell.Ancestors<TableRow>().First();
        var rowIndex = rows.IndexOf(row);
        var cells = row.Descendants<TableCell>().Where(c => c.Ancestors<TableRow>().FirstOrDefault() == row).ToList();
        var column = cells.TakeWhile(c => c != cell).Sum(Span);
        var columns = cells.Sum(Span);
        var look = Look(properties?.TableLook);
        var headerRows = rows.TakeWhile(r => r.TableRowProperties?.GetFirstChild<TableHeader>() is { } header && header.Val?.InnerText is null or "on" or "true" or "1").Count();
        var firstRow = look.FirstRow && (rowIndex == 0 || rowIndex < headerRows);
        var lastRow = look.LastRow && rowIndex == rows.Count - 1;
        var firstColumn = look.FirstColumn && column == 0;
        var lastColumn = look.LastColumn && column + Span(cell) == columns;
        var bandRow = rowIndex - (look.FirstRow ? Math.Max(1, headerRows) : 0);
        var bandColumn = column - (look.FirstColumn ? 1 : 0);
        var parts = new List<string> { "wholeTable" };
        if (look.RowBands && !firstRow && !lastRow && bandRow >= 0)
        {
            parts.Add(bandRow % 2 == 0 ? "band1Horz" : "band2Horz");
        }

        if (look.ColumnBands && !firstColumn && !lastColumn && bandColumn >= 0)
        {
            parts.Add(bandColumn % 2 == 0 ? "band1Vert" : "band2Vert");
        }

        AddIf(parts, firstColumn, "firstCol");
        AddIf(parts, lastColumn, "lastCol");
        AddIf(parts, firstRow, "firstRow");
        AddIf(parts, lastRow, "lastRow");
        AddIf(parts, firstRow && lastColumn, "neCell");
        AddIf(parts, firstRow && firstColumn, "nwCell");
        AddIf(parts, lastRow && lastColumn, "seCell");
        AddIf(parts, lastRow && firstColumn, "swCell");
        return styleId + "|" + string.Join(",", parts);
    }

    private static void AddIf(List<string> parts, bool applies, string part)
    {
        if (applies)
        {
            parts.Add(part);
        }
    }

    private static int Span(TableCell cell) => cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;

    /// <summary>
    /// Which conditional formats a table turns on (<c>w:tblLook</c>, by its attributes or, as files of 2006 write it,
    /// by the bits of its <c>w:val</c>); without one, banded rows and columns only.
    /// </summary>
    private static (bool FirstRow, bool LastRow, bool FirstColumn, bool LastColumn, bool RowBands, bool ColumnBands) Look(TableLook? look)
    {
        if (look is null)
        {
            return (false, false, false, false, true, true);
        }

        var bits = 0;
        if (look.Val?.Value is { } hex)
        {
            int.TryParse(hex, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out bits);
        }

        bool Set(OnOffValue? attribute, int bit) => attribute is not null ? attribute.Value : (bits & bit) != 0;
        return (Set(look.FirstRow, 0x20), Set(look.LastRow, 0x40), Set(look.FirstColumn, 0x80), Set(look.LastColumn, 0x100), !Set(look.NoHorizontalBand, 0x200), !Set(look.NoVerticalBand, 0x400));
    }

    /// <summary>What the styles alone give a run of character style <paramref name="runStyle"/> in a paragraph of <paramref name="paragraphStyle"/>.</summary>
    private bool[] Styled(string? paragraphStyle, string? runStyle, string? tablePlace)
    {
        var key = (paragraphStyle ?? string.Empty) + "\n" + (runStyle ?? string.Empty) + "\n" + (tablePlace ?? string.Empty);
        if (resolved.TryGetValue(key, out var format))
        {
            return format;
        }

        var table = TableValues(tablePlace);
        format = new bool[Count];
        for (var property = 0; property < Count; property++)
        {
            var below = Nearest(paragraphStyle, property) ?? table[property] ?? defaults[property];
            var fromRunStyle = Nearest(runStyle, property);
            format[property] = property is RightToLeft or ComplexScript ? fromRunStyle ?? below : Toggle(fromRunStyle, below);
        }

        resolved[key] = format;
        return format;
    }

    /// <summary>
    /// The values a table style gives the cell its key names: its conditional formats in Office's order, the later
    /// winning, over the style's own; each the nearest set along the table style's <c>w:basedOn</c> chain.
    /// </summary>
    private bool?[] TableValues(string? tablePlace)
    {
        var values = new bool?[Count];
        if (tablePlace is null)
        {
            return values;
        }

        var split = tablePlace.Split('|');
        var styleId = split[0];
        var parts = new HashSet<string>(split[1].Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
        for (var property = 0; property < Count; property++)
        {
            values[property] = Nearest(styleId, property);
            foreach (var part in PartOrder.Where(parts.Contains))
            {
                if (NearestPart(styleId, part, property) is { } set)
                {
                    values[property] = set;
                }
            }
        }

        return values;
    }

    /// <summary>A character style's value on what the paragraph gave: on turns it over, off or none leaves it.</summary>
    private static bool Toggle(bool? runStyle, bool below) => runStyle == true ? !below : below;

    /// <summary>The value the style sets, or the nearest style along its <c>w:basedOn</c> chain; null when none does.</summary>
    private bool? Nearest(string? id, int property)
    {
        for (var depth = 0; id is not null && depth < LongestChain && styles.TryGetValue(id, out var style); depth++)
        {
            if (style.Values[property] is { } set)
            {
                return set;
            }

            id = style.BasedOn;
        }

        return null;
    }

    /// <summary>The value a table style's conditional format for <paramref name="part"/> sets, along its chain; null when none does.</summary>
    private bool? NearestPart(string? id, string part, int property)
    {
        for (var depth = 0; id is not null && depth < LongestChain && styles.TryGetValue(id, out var style); depth++)
        {
            if (style.Parts.TryGetValue(part, out var values) && values[property] is { } set)
            {
                return set;
            }

            id = style.BasedOn;
        }

        return null;
    }

    /// <summary>The properties a set of run properties sets, each null where it sets nothing.</summary>
    private static bool?[] Values(OpenXmlElement? properties) => new[]
    {
        On(properties?.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.Italic>()),
        On(properties?.GetFirstChild<ItalicComplexScript>()),
        On(properties?.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.Bold>()),
        On(properties?.GetFirstChild<BoldComplexScript>()),
        On(properties?.GetFirstChild<Vanish>()),
        On(properties?.GetFirstChild<RightToLeftText>()),
        On(properties?.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.ComplexScript>()),
    };

    /// <summary>An on/off property: on when present without a value, its value otherwise; null when absent.</summary>
    private static bool? On(OnOffType? property) => property is null ? null : property.Val is null || property.Val.Value;

    /// <summary>
    /// How a run prints: <see cref="Italic"/> and <see cref="Bold"/> for the characters of simple scripts, their
    /// complex-script counterparts for the others, and for all its characters where the run is marked complex script.
    /// </summary>
    internal readonly record struct Format(bool Italic, bool Bold, bool Hidden, bool ItalicComplexScript = false, bool BoldComplexScript = false, bool ComplexScript = false)
    {
        /// <summary>Whether <paramref name="c"/> prints in italics in this run.</summary>
        public bool ItalicOf(char c) => ComplexScript || IsComplexScript(c) ? ItalicComplexScript : Italic;

        /// <summary>True when every character of the run prints in italics the same way (no complex-script letter among simple ones).</summary>
        public bool Uniform(string characters) => ComplexScript || Italic == ItalicComplexScript || !characters.Any(IsComplexScript);
    }

    private sealed record StyleEntry(string? BasedOn, bool?[] Values, Dictionary<string, bool?[]> Parts);
}

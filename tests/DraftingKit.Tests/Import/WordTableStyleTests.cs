using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A table's own style sets italics too (<see cref="DraftingKit.Import.WordRunFormat"/>): its run properties and
/// those of the parts of the table it formats apart (the heading row, <c>w:tblStylePr w:type="firstRow"</c>), where the
/// table turns them on (<c>w:tblLook</c>); above the document's defaults and below the paragraph's style.
/// </summary>
public sealed class WordTableStyleTests
{
    [Fact]
    public void A_heading_row_set_in_italics_by_the_table_style_reads_in_italics()
    {
        var text = WordFieldNumbersTests.Read(Build(Sheet(), Table("UNTable", firstRow: true)));

        Assert.Contains("*Programme*\t*Resources*", text);
        Assert.Contains("Peace and security\t1,256,400", text);
        Assert.Contains("Human rights\t368,200", text);
    }

    [Fact]
    public void The_heading_row_s_italics_apply_only_where_the_table_turns_them_on()
    {
        var text = WordFieldNumbersTests.Read(Build(Sheet(), Table("UNTable", firstRow: false)));

        Assert.Contains("Programme\tResources", text);
        Assert.DoesNotContain("*", text);
    }

    [Fact]
    public void A_table_style_based_on_another_takes_its_conditional_italics_and_a_run_set_roman_stays_roman()
    {
        var table = Table("UNTableDerived", firstRow: true);
        var firstRun = table.Descendants<W.Run>().First();
        firstRun.PrependChild(new W.RunProperties(new W.Italic { Val = false }));

        var text = WordFieldNumbersTests.Read(Build(Sheet(), table));

        Assert.Contains("Programme\t*Resources*", text);
    }

    /// <summary>
    /// The table's style stands above the document's defaults (italic there, roman in the table) and below the
    /// paragraph's style (a cell's paragraph in the italic "Quote" prints italic in the roman table).
    /// </summary>
    [Fact]
    public void The_table_style_sits_between_the_defaults_and_the_paragraph_style()
    {
        var table = Table("RomanTable", firstRow: true);
        var quoted = table.Descendants<W.Paragraph>().Last();
        quoted.PrependChild(new W.ParagraphProperties(new W.ParagraphStyleId { Val = "Quote" }));

        var text = WordFieldNumbersTests.Read(Build(Sheet(italicDefaults: true), new W.Paragraph(new W.Run(new W.Text("Annex"))), table));

        Assert.Contains("*Annex*", text);
        Assert.Contains("Programme\tResources", text);
        Assert.Contains("Human rights\t*368,200*", text);
    }

    private static byte[] Build(W.Styles styles, params OpenXmlElement[] body) => WordFieldNumbersTests.Build(styles, body);

    private static W.Styles Sheet(bool italicDefaults = false) => new(
        new W.DocDefaults(new W.RunPropertiesDefault(italicDefaults ? new W.RunPropertiesBaseStyle(new W.Italic()) : new W.RunPropertiesBaseStyle())),
        new W.Style(new W.StyleName { Val = "Normal" }) { Type = W.StyleValues.Paragraph, StyleId = "Normal", Default = true },
        new W.Style(new W.StyleName { Val = "Quote" }, new W.BasedOn { Val = "Normal" }, new W.StyleRunProperties(new W.Italic())) { Type = W.StyleValues.Paragraph, StyleId = "Quote" },
        new W.Style(new W.StyleName { Val = "Normal Table" }) { Type = W.StyleValues.Table, StyleId = "TableNormal", Default = true },
        new W.Style(
            new W.StyleName { Val = "UN Table" },
            new W.BasedOn { Val = "TableNormal" },
            new W.TableStyleProperties(new W.RunPropertiesBaseStyle(new W.Italic())) { Type = W.TableStyleOverrideValues.FirstRow }) { Type = W.StyleValues.Table, StyleId = "UNTable" },
        new W.Style(new W.StyleName { Val = "UN Table Derived" }, new W.BasedOn { Val = "UNTable" }) { Type = W.StyleValues.Table, StyleId = "UNTableDerived" },
        new W.Style(new W.StyleName { Val = "Roman Table" }, new W.BasedOn { Val = "TableNormal" }, new W.StyleRunProperties(new W.Italic { Val = false })) { Type = W.StyleValues.Table, StyleId = "RomanTable" });

    private static W.Table Table(string style, bool firstRow) => new(
        new W.TableProperties(new W.TableStyle { Val = style }, new W.TableLook { FirstRow = firstRow, FirstColumn = false, NoVerticalBand = true }),
        new W.TableGrid(new W.GridColumn { Width = "4000" }, new W.GridColumn { Width = "2000" }),
        Row("Programme", "Resources"),
        Row("Peace and security", "1,256,400"),
        Row("Human rights", "368,200"));

    private static W.TableRow Row(params string[] cells) =>
        new(cells.Select(cell => new W.TableCell(new W.Paragraph(new W.Run(new W.Text(cell))))));
}

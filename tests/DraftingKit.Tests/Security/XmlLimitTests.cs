using System.Text;
using DraftingKit.Citations;
using DraftingKit.Import.Akn;
using DraftingKit.Security;

namespace DraftingKit.Tests.Security;

/// <summary>Issue 23: AKN4UN XML is read through <see cref="SafeXml"/>: no DTD, no entity, elements at most 256 deep.</summary>
public sealed class XmlLimitTests
{
    private const string Open = "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">\n<statement><mainBody>";

    [Fact]
    public void Akn_nested_past_the_limit_is_DK0191_at_the_first_element_too_deep()
    {
        var result = AknImporter.Import("deep.xml", Nested(InputLimits.XmlDepth + 1));

        var refusal = Assert.Single(result.Diagnostics);
        Assert.Equal("DK0191", refusal.Id);
        Assert.Equal(2, refusal.Span.Line);
        Assert.StartsWith("The XML is not read: element 'blockContainer' is nested more than 256 elements deep", refusal.Message, System.StringComparison.Ordinal);
        Assert.True(result.Document.Parts.IsEmpty);
    }

    [Fact]
    public void Akn_nested_a_hundred_thousand_deep_is_refused_without_exhausting_the_stack()
    {
        Assert.Equal("DK0191", Assert.Single(AknImporter.Import("deeper.xml", Nested(100_000)).Diagnostics).Id);
    }

    [Fact]
    public void Akn_nested_to_the_limit_is_read()
    {
        Assert.DoesNotContain(AknImporter.Import("deep.xml", Nested(InputLimits.XmlDepth)).Diagnostics, d => d.Id == "DK0191");
    }

    [Fact]
    public void A_billion_laughs_is_refused_with_its_document_type_and_nothing_expanded()
    {
        var xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE akomaNtoso [\n<!ENTITY lol \"lol\">\n");
        for (var level = 1; level <= 9; level++)
        {
            xml.Append("<!ENTITY lol").Append(level).Append(" \"").Append(string.Concat(Enumerable.Repeat("&lol" + (level == 1 ? string.Empty : (level - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)) + ";", 10))).Append("\">\n");
        }

        xml.Append("]>\n<akomaNtoso>&lol9;</akomaNtoso>");

        var refusal = Assert.Single(AknImporter.Import("laughs.xml", xml.ToString()).Diagnostics);

        Assert.Equal("DK0152", refusal.Id);
        Assert.Contains("DTD", refusal.Message, System.StringComparison.Ordinal);
        Assert.DoesNotContain("lollol", refusal.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_catalog_builder_reads_through_the_same_limits()
    {
        var path = System.IO.Path.Combine(System.IO.Directory.CreateTempSubdirectory("draftkit-xml-").FullName, "deep.xml");
        System.IO.File.WriteAllText(path, Nested(InputLimits.XmlDepth + 1));

        var (rows, problems) = AknCatalogBuilder.Build(new[] { path });

        Assert.Empty(rows);
        Assert.Contains("nested more than 256 elements deep", Assert.Single(problems), System.StringComparison.Ordinal);
        System.IO.Directory.Delete(System.IO.Path.GetDirectoryName(path)!, recursive: true);
    }

    /// <summary>An AKN file whose elements reach <paramref name="depth"/> levels, the innermost on line 2.</summary>
    private static string Nested(int depth)
    {
        var containers = depth - 3;
        return Open + string.Concat(Enumerable.Repeat("<blockContainer>", containers)) + "x" + string.Concat(Enumerable.Repeat("</blockContainer>", containers)) + "</mainBody></statement></akomaNtoso>";
    }
}

using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Rendering.Akn;

namespace DraftingKit.Tests.Rendering;

/// <summary>
/// Shapes the fixtures do not have on their own (a text in parts A and B, a table), built from the fixtures' real
/// text: every format must still be valid.
/// </summary>
public sealed class DocumentShapesTests
{
    public static TheoryData<string> Shapes => new() { "multi-part", "table" };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Every_format_stays_valid(string shape)
    {
        var document = Build(shape);

        var problems = AknSchema.Validate(AknRenderer.Render(document));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        using (var package = WordprocessingDocument.Open(new MemoryStream(DocxRenderer.Render(document)), false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(package));
        }

        var html = HtmlRenderer.Render(document);
        Assert.NotNull(XDocument.Parse(html.Substring(html.IndexOf('\n', System.StringComparison.Ordinal) + 1)));
    }

    [Fact]
    public void Parts_become_components_of_a_document_collection_as_in_the_UN_files()
    {
        var xml = XDocument.Parse(AknRenderer.Render(Build("multi-part")));
        XNamespace akn = AknRenderer.Namespace;

        var collection = xml.Root!.Element(akn + "documentCollection")!;
        Assert.Equal(
            new[] { "Resolution A", "Resolution B" },
            collection.Descendants(akn + "documentRef").Select(r => r.Attribute("showAs")!.Value));
        var components = xml.Root.Element(akn + "components")!.Elements(akn + "component").ToList();
        Assert.Equal(new[] { "comp_0", "comp_1" }, components.Select(c => c.Attribute("eId")!.Value));
        Assert.EndsWith("A-B/!main/", collection.Element(akn + "meta")!.Descendants(akn + "FRBRthis").First().Attribute("value")!.Value);
        Assert.EndsWith("B/!main/", components[1].Descendants(akn + "FRBRthis").First().Attribute("value")!.Value);
        Assert.Equal("B", components[1].Descendants(akn + "preface").Single().Descendants(akn + "docNumber").Single().Value);
        // Each part is a statement of its own, with its own formula, preamble, operative part and closing.
        Assert.All(components, c => Assert.Single(c.Descendants(akn + "formula")));
        Assert.All(components, c => Assert.Single(c.Descendants(akn + "conclusions")));
        Assert.Contains(components[1].Descendants(akn + "list"), list => list.Attribute("eId")!.Value == "para_4__list_1");
        Assert.DoesNotContain(AknSchema.Validate(xml.ToString()), p => p.StartsWith("Error", StringComparison.Ordinal));
    }

    [Fact]
    public void A_text_in_parts_exported_as_a_collection_imports_back_into_the_same_parts()
    {
        var document = Build("multi-part");

        var result = DraftingKit.Import.Akn.AknImporter.Import("multi-part.xml", AknRenderer.Render(document));

        Assert.False(result.HasErrors);
        Assert.Equal(new[] { "A", "B" }, result.Document.Parts.Select(p => p.Designation));
        Assert.Equal(document.Parts.Select(p => p.Title!.PlainText), result.Document.Parts.Select(p => p.Title!.PlainText));
        Assert.Equal(document.Parts.Select(p => p.Preamble.Count), result.Document.Parts.Select(p => p.Preamble.Count));
        Assert.Equal(
            document.Parts.Select(p => p.OperativePart.OfType<OperativeParagraph>().Count()),
            result.Document.Parts.Select(p => p.OperativePart.OfType<OperativeParagraph>().Count()));
    }

    private static ResolutionDocument Build(string shape)
    {
        var first = RenderingFixtures.Read(RenderingFixtures.CrimePrevention);
        var second = RenderingFixtures.Read(RenderingFixtures.Revitalization);
        if (shape == "multi-part")
        {
            return first with
            {
                Parts = EquatableArray.Create(
                    first.Parts[0] with { Designation = "A", Title = InlineText.Plain(first.Header.Title!) },
                    second.Parts[0] with { Designation = "B", Title = InlineText.Plain(second.Header.Title!) }),
                Footnotes = EquatableArray.From(first.Footnotes.Concat(second.Footnotes.Where(f => first.Footnotes.All(g => g.Label != f.Label)))),
            };
        }

        // Agenda items and their numbers as a table, from the provisional agenda in seed 001.
        var table = new Table(
            EquatableArray.Create(
                new TableRow(EquatableArray.Create(InlineText.Plain("Item"), InlineText.Plain("Title")), true, SourceSpan.None),
                new TableRow(EquatableArray.Create(InlineText.Plain("7."), InlineText.Plain("Use and application of United Nations standards and norms in crime prevention and criminal justice.")), false, SourceSpan.None),
                new TableRow(EquatableArray.Create(InlineText.Plain("12.")), false, SourceSpan.None)),
            SourceSpan.None);
        var annex = second.Annexes[0];
        return second with { Annexes = EquatableArray.Create(annex with { Blocks = EquatableArray.From(annex.Blocks.Append(table)) }) };
    }
}

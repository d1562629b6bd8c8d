using System.IO;
using System.Linq;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DraftingKit.Model;
using DraftingKit.Rendering;

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
    public void Parts_become_hcontainers_with_prefixed_eIds()
    {
        var xml = XDocument.Parse(AknRenderer.Render(Build("multi-part")));
        XNamespace akn = AknRenderer.Namespace;

        Assert.Equal(new[] { "part_A", "part_B" }, xml.Descendants(akn + "hcontainer").Select(h => h.Attribute("eId")!.Value));
        Assert.Contains(xml.Descendants(akn + "list"), list => list.Attribute("eId")!.Value == "part_B__para_4__list_1");
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

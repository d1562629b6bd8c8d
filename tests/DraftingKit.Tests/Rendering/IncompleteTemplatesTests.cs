using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DraftingKit.Rendering;
using DraftingKit.Templates;
using DraftingKit.Rendering.Akn;

namespace DraftingKit.Tests.Rendering;

/// <summary>
/// Templates with errors still read into a model (the reader reports and goes on); the renderers must turn
/// whatever model they get into valid output, never an exception.
/// </summary>
public sealed class IncompleteTemplatesTests
{
    public static TheoryData<string, string> Templates => new()
    {
        { "empty body", "---\nkind: resolution\nstatus: draft\norgan: General Assembly\n---\n" },
        { "no front matter", "*Recalling* its resolution 73/186 of 17 December 2018,\n\n1. *Requests* the Secretary-General to report.\n" },
        { "undefined footnote", "---\nkind: resolution\nstatus: adopted\norgan: General Assembly\nnumber: 74/177\nadopted: 2019-12-18\nmeeting: 50th plenary meeting\n---\n\nThe General Assembly,\n\n1. *Takes note with appreciation* of the report of the Secretary-General;[^31]\n" },
        { "annex only", "---\nkind: decision\nstatus: draft\norgan: Commission on the Status of Women\n---\n\n# Annex\n\n## Agreed conclusions\n\n1. The Commission reaffirms the Beijing Declaration and Platform for Action.\n" },
        { "control characters", "---\nkind: resolution\nstatus: draft\norgan: General Assembly\ntitle: \"Title\\u0001 with a control character\"\n---\n\nThe General Assembly,\n\n1. *Decides* to\u0002 include the item.\n" },
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_format_renders_valid_output(string name, string template)
    {
        var document = TemplateReader.Read(name + ".res.md", template).Document;

        var akn = AknRenderer.Render(document);
        var problems = AknSchema.Validate(akn);
        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n" + akn);

        using (var package = WordprocessingDocument.Open(new MemoryStream(DocxRenderer.Render(document)), false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(package));
        }

        var html = HtmlRenderer.Render(document);
        Assert.NotNull(XDocument.Parse(html.Substring(html.IndexOf('\n', System.StringComparison.Ordinal) + 1)));
    }
}

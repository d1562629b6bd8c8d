using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using DraftingKit.Import.Akn;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;
using DraftingKit.Rendering.Akn;

namespace DraftingKit.Tests.Rendering;

/// <summary>
/// Subparagraphs whose UN file mixes forms: 75/190 gives "(iii)" a num of its own and leaves "(a)" in the text,
/// 75/326 sets one paragraph's subparagraphs as list/point and others' as "(a)" paragraphs. The importer records
/// each subparagraph's form and the export writes each in it.
/// </summary>
public sealed class AknSubparagraphFormsTests
{
    private static readonly XNamespace Akn = AknRenderer.Namespace;

    /// <summary>Each subparagraph of the main body in its form: "point:(a)", "num:(iii)" or "text:(a)".</summary>
    private static List<string> Forms(XDocument document)
    {
        var forms = new List<string>();
        foreach (var element in document.Descendants(Akn + "mainBody").SelectMany(body => body.Descendants()))
        {
            var num = element.Element(Akn + "num")?.Value.Trim() ?? string.Empty;
            if (element.Name == Akn + "point" && num.Length > 0)
            {
                forms.Add("point:" + num);
            }
            else if (element.Name == Akn + "paragraph" && num.StartsWith('('))
            {
                forms.Add("num:" + num);
            }
            else if (element.Name == Akn + "paragraph" && num.Length == 0
                && element.Element(Akn + "content")?.Value.Trim() is { } text && text.StartsWith('(') && text.Contains('\t'))
            {
                forms.Add("text:" + text.Split('\t')[0]);
            }
        }

        return forms;
    }

    [SkippableFact]
    public void A_file_that_gives_some_subparagraphs_a_num_exports_each_as_it_was()
    {
        var path = Require.AknFile("75", "75_190_E.xml");

        var result = AknImporter.ImportFile(path);
        var theirs = Forms(XDocument.Load(path));
        var ours = Forms(XDocument.Parse(AknRenderer.Render(result.Document, new AknRenderOptions(result.SubparagraphForms, result.HeadingMarkup))));

        Assert.Contains("num:(iii)", theirs);
        Assert.Contains("text:(a)", theirs);
        Assert.Equal(theirs, ours);

        // The one form of the whole file cannot say it.
        var one = Forms(XDocument.Parse(AknRenderer.Render(result.Document, new AknRenderOptions(result.SubparagraphMarkup, result.HeadingMarkup))));
        Assert.NotEqual(theirs, one);
    }

    [SkippableFact]
    public void A_file_with_points_in_one_paragraph_and_lettered_paragraphs_in_another_exports_both()
    {
        var path = Require.AknFile("75", "75_326_E.xml");

        var result = AknImporter.ImportFile(path);
        var xml = AknRenderer.Render(result.Document, new AknRenderOptions(result.SubparagraphForms, result.HeadingMarkup));
        var ours = Forms(XDocument.Parse(xml));

        Assert.Contains(ours, form => form.StartsWith("point:", System.StringComparison.Ordinal));
        Assert.Contains(ours, form => form.StartsWith("text:", System.StringComparison.Ordinal));
        Assert.Equal(Forms(XDocument.Load(path)), ours);
        Assert.DoesNotContain(AknSchema.Validate(xml), problem => problem.StartsWith("Error", System.StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Points_under_a_numbered_subparagraph_make_its_list()
    {
        var path = Require.AknFile("76", "A_RES_76_84 A-B-2118640E.xml");

        var result = AknImporter.ImportFile(path);
        var xml = XDocument.Parse(AknRenderer.Render(result.Document, new AknRenderOptions(result.SubparagraphForms, result.HeadingMarkup)));
        var e = xml.Descendants(Akn + "paragraph").First(p => p.Element(Akn + "num")?.Value == "(e)");

        var list = e.Element(Akn + "list");
        Assert.NotNull(list);
        Assert.StartsWith("To aim at", list!.Element(Akn + "intro")!.Value.Trim(), System.StringComparison.Ordinal);
        Assert.Equal(new[] { "(i)", "(ii)", "(iii)", "(iv)" }, list.Elements(Akn + "point").Select(p => p.Element(Akn + "num")!.Value));
    }

    [SkippableFact]
    public void The_export_in_mixed_forms_imports_back_into_the_same_subparagraphs()
    {
        var path = Require.AknFile("75", "75_190_E.xml");

        var result = AknImporter.ImportFile(path);
        var again = AknImporter.Import("75_190.xml", AknRenderer.Render(result.Document, new AknRenderOptions(result.SubparagraphForms, result.HeadingMarkup)));

        Assert.Equal(Labels(result.Document), Labels(again.Document));
        Assert.Contains(Labels(result.Document), label => label.Contains("/iii", System.StringComparison.Ordinal));
    }

    [SkippableFact]
    public void A_lettered_heading_takes_its_letter_as_num_where_the_file_numbers_headings()
    {
        var path = Require.AknFile("76", "A_RES_76_258-2204927E.xml");

        var result = AknImporter.ImportFile(path);
        var xml = XDocument.Parse(AknRenderer.Render(result.Document, new AknRenderOptions(result.SubparagraphForms, result.HeadingMarkup)));
        var heading = xml.Descendants(Akn + "paragraph").First(p => p.Element(Akn + "num")?.Value == "(a)");

        Assert.Equal("Transport", heading.Element(Akn + "subheading")?.Value);
    }

    [Fact]
    public void A_subparagraph_without_a_recorded_form_takes_the_other_form()
    {
        var path = RepositoryPaths.InRepository("tests", "corpus", "handwritten", "A-RES-81-1.res.md");
        var document = TemplateReader.Read(path, File.ReadAllText(path)).Document;
        var unknown = new Subparagraph("a", ListStyle.LowerLetter, InlineText.Plain("x"), EquatableArray<Subparagraph>.Empty, SourceSpan.None);
        var forms = new AknSubparagraphForms(
            AknSubparagraphMarkup.Paragraphs,
            new Dictionary<SourceSpan, AknSubparagraphMarkup> { [SourceSpan.None] = AknSubparagraphMarkup.NumberedParagraphs });

        Assert.Equal(AknSubparagraphMarkup.Paragraphs, forms.FormOf(unknown));
        Assert.Equal(
            AknRenderer.Render(document, new AknRenderOptions(AknSubparagraphMarkup.Paragraphs)),
            AknRenderer.Render(document, new AknRenderOptions(forms)));
    }

    private static List<string> Labels(ResolutionDocument document)
    {
        var labels = new List<string>();
        foreach (var paragraph in document.OperativeParagraphs())
        {
            Walk(paragraph.Number + string.Empty, paragraph.Subparagraphs, labels);
        }

        return labels;
    }

    private static void Walk(string prefix, EquatableArray<Subparagraph> items, List<string> labels)
    {
        foreach (var item in items)
        {
            var label = prefix + "/" + item.Label;
            labels.Add(label);
            Walk(label, item.Items, labels);
        }
    }
}

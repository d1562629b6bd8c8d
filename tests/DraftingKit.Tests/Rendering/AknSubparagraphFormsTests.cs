using System.Xml.Linq;
using DraftingKit.Import.Akn;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;
using DraftingKit.Rendering.Akn;

namespace DraftingKit.Tests.Rendering;

/// <summary>
/// Subparagraphs whose UN file mixes forms: some give "(iii)" a num of its own and leave "(a)" in the text (75/190),
/// some set one paragraph's subparagraphs as list/point and others' as "(a)" paragraphs (75/326). The importer
/// records each subparagraph's form and the export writes each in it. Each test reads every file of the corpus that
/// holds its form, found by reading the XML, so a renamed or a new file is tested as well.
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
            // A heading numbered "(a)" carries a subheading: not a subparagraph.
            else if (element.Name == Akn + "paragraph" && num.StartsWith('(') && element.Element(Akn + "subheading") is null)
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
        foreach (var (path, theirs) in FilesWhere(forms => forms.Any(f => f.StartsWith("num:", System.StringComparison.Ordinal)) && forms.Any(f => f.StartsWith("text:", System.StringComparison.Ordinal))))
        {
            var result = AknImporter.ImportFile(path);
            var ours = Forms(XDocument.Parse(AknRenderer.Render(result.Document, new AknRenderOptions(result.SubparagraphForms, result.HeadingMarkup))));

            Assert.True(theirs.SequenceEqual(ours), Path.GetFileName(path) + ": " + FirstDifference(theirs, ours));

            // The one form of the whole file cannot say it.
            var one = Forms(XDocument.Parse(AknRenderer.Render(result.Document, new AknRenderOptions(result.SubparagraphMarkup, result.HeadingMarkup))));
            Assert.False(theirs.SequenceEqual(one), Path.GetFileName(path) + ": one form for the file says the same");
        }
    }

    [SkippableFact]
    public void A_file_with_points_in_one_paragraph_and_lettered_paragraphs_in_another_exports_both()
    {
        foreach (var (path, theirs) in FilesWhere(forms => forms.Any(f => f.StartsWith("point:", System.StringComparison.Ordinal)) && forms.Any(f => f.StartsWith("text:", System.StringComparison.Ordinal))))
        {
            var result = AknImporter.ImportFile(path);
            var xml = AknRenderer.Render(result.Document, new AknRenderOptions(result.SubparagraphForms, result.HeadingMarkup));
            var ours = Forms(XDocument.Parse(xml));

            Assert.True(theirs.SequenceEqual(ours), Path.GetFileName(path) + ": " + FirstDifference(theirs, ours));
            Assert.DoesNotContain(AknSchema.Validate(xml), problem => problem.StartsWith("Error", System.StringComparison.Ordinal));
        }
    }

    [SkippableFact]
    public void Points_under_a_numbered_subparagraph_make_its_list()
    {
        foreach (var (path, _) in FilesWhere(_ => true, document => ListsUnderNumbers(document).Count > 0))
        {
            var result = AknImporter.ImportFile(path);
            var ours = ListsUnderNumbers(XDocument.Parse(AknRenderer.Render(result.Document, new AknRenderOptions(result.SubparagraphForms, result.HeadingMarkup))));

            Assert.Equal(ListsUnderNumbers(XDocument.Load(path)), ours);
        }
    }

    [SkippableFact]
    public void The_export_in_mixed_forms_imports_back_into_the_same_subparagraphs()
    {
        var labelled = 0;
        foreach (var (path, _) in FilesWhere(forms => forms.Any(f => f.StartsWith("num:", System.StringComparison.Ordinal)) && forms.Any(f => f.StartsWith("text:", System.StringComparison.Ordinal))))
        {
            var result = AknImporter.ImportFile(path);
            var again = AknImporter.Import(Path.GetFileName(path), AknRenderer.Render(result.Document, new AknRenderOptions(result.SubparagraphForms, result.HeadingMarkup)));

            Assert.Equal(Labels(result.Document), Labels(again.Document));
            labelled += Labels(result.Document).Count;
        }

        Assert.True(labelled > 0, "no operative subparagraph in the files with mixed forms");
    }

    [SkippableFact]
    public void A_lettered_heading_takes_its_letter_as_num_where_the_file_numbers_headings()
    {
        foreach (var (path, _) in FilesWhere(_ => true, document => LetteredHeadings(document).Count > 0))
        {
            var result = AknImporter.ImportFile(path);
            var ours = LetteredHeadings(XDocument.Parse(AknRenderer.Render(result.Document, new AknRenderOptions(result.SubparagraphForms, result.HeadingMarkup))));

            Assert.Equal(LetteredHeadings(XDocument.Load(path)), ours);
        }
    }

    /// <summary>
    /// The General Assembly files of the corpus whose subparagraph forms (and XML) meet the rule, with their forms:
    /// chosen by what the file holds, never by its name, and at least one, so that a test never passes on nothing.
    /// </summary>
    private static List<(string Path, List<string> Forms)> FilesWhere(System.Func<List<string>, bool> forms, System.Func<XDocument, bool>? holds = null)
    {
        var corpus = Require.CorpusFolder("akn4un", "en");
        var chosen = new List<(string, List<string>)>();
        foreach (var file in Directory.GetFiles(corpus, "*.xml", SearchOption.AllDirectories).OrderBy(f => f, System.StringComparer.Ordinal))
        {
            var document = XDocument.Load(file);
            var found = Forms(document);
            if (forms(found) && (holds is null || holds(document)))
            {
                chosen.Add((file, found));
            }
        }

        Assert.NotEmpty(chosen);
        return chosen;
    }

    /// <summary>Each "(e)" paragraph of the main body whose list holds points: its number, its intro and its points' numbers.</summary>
    private static List<string> ListsUnderNumbers(XDocument document) =>
        document.Descendants(Akn + "mainBody").SelectMany(body => body.Descendants(Akn + "paragraph"))
            .Where(p => (p.Element(Akn + "num")?.Value.Trim() ?? string.Empty).StartsWith('(') && p.Element(Akn + "list")?.Elements(Akn + "point").Any() == true)
            .Select(p => p.Element(Akn + "num")!.Value.Trim() + " " + Words(p.Element(Akn + "list")!.Element(Akn + "intro")?.Value) + " | "
                + string.Join(" ", p.Element(Akn + "list")!.Elements(Akn + "point").Select(point => point.Element(Akn + "num")?.Value.Trim())))
            .ToList();

    /// <summary>
    /// Each "(a)" paragraph of the main body with a subheading: its number and the subheading's words. The UN's files
    /// repeat the letter in the subheading ("(a)&#9;Transport"); the export writes it once, in the num.
    /// </summary>
    private static List<string> LetteredHeadings(XDocument document) =>
        document.Descendants(Akn + "mainBody").SelectMany(body => body.Descendants(Akn + "paragraph"))
            .Where(p => (p.Element(Akn + "num")?.Value.Trim() ?? string.Empty).StartsWith('(') && p.Element(Akn + "subheading") is not null)
            .Select(p => p.Element(Akn + "num")!.Value.Trim() + " " + Words(System.Text.RegularExpressions.Regex.Replace(p.Element(Akn + "subheading")!.Value.Trim(), @"^\([a-z]{1,4}\)\s+", string.Empty)))
            .ToList();

    private static string Words(string? text) => string.Join(" ", (text ?? string.Empty).Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries));

    private static string FirstDifference(List<string> theirs, List<string> ours)
    {
        var at = 0;
        while (at < theirs.Count && at < ours.Count && theirs[at] == ours[at])
        {
            at++;
        }

        return $"the forms differ at subparagraph {at + 1}: the UN's '{(at < theirs.Count ? theirs[at] : "(end)")}', the export's '{(at < ours.Count ? ours[at] : "(end)")}'";
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

using System.Xml.Linq;
using DraftingKit.Import.Akn;
using DraftingKit.Rendering;
using DraftingKit.Tests.Support;
using DraftingKit.Rendering.Akn;

namespace DraftingKit.Tests.Rendering;

public sealed class AknRendererTests
{
    private static readonly XNamespace Akn = AknRenderer.Namespace;

    [SkippableFact]
    public void Every_list_eId_of_the_export_has_a_shape_the_UN_files_use()
    {
        // The judge is the corpus: the shapes (numbers and labels set aside) of the eIds the UN's files give lists,
        // intros, points, sublists and the points' content. Every General Assembly file with a list is exported.
        var corpus = Require.CorpusFolder("akn4un");
        var theirs = new HashSet<string>(System.StringComparer.Ordinal);
        var withLists = new List<string>();
        foreach (var file in Directory.GetFiles(corpus, "*.xml", SearchOption.AllDirectories).OrderBy(f => f, System.StringComparer.Ordinal))
        {
            var shapes = ListShapes(XDocument.Load(file));
            theirs.UnionWith(shapes);
            if (shapes.Count > 0 && file.Contains(Path.DirectorySeparatorChar + "en" + Path.DirectorySeparatorChar, System.StringComparison.Ordinal))
            {
                withLists.Add(file);
            }
        }

        Assert.NotEmpty(withLists);
        var strange = new List<string>();
        foreach (var file in withLists)
        {
            var result = AknImporter.ImportFile(file);
            var ours = ListShapes(XDocument.Parse(AknRenderer.Render(result.Document, new AknRenderOptions(result.SubparagraphForms, result.HeadingMarkup))));
            strange.AddRange(ours.Where(shape => !theirs.Contains(shape)).Select(shape => Path.GetFileName(file) + ": " + shape));
        }

        Assert.True(strange.Count == 0, "eIds in shapes no UN file uses:\n" + string.Join("\n", strange.Distinct().Take(20)));
    }

    /// <summary>"point para_N_list_point_x" for each list, intro, point, sublist and point content of a document.</summary>
    private static HashSet<string> ListShapes(XDocument document)
    {
        var shapes = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var element in document.Descendants().Where(e => e.Name.LocalName is "list" or "intro" or "point" or "sublist"
            || (e.Name.LocalName == "content" && e.Parent?.Name.LocalName == "point")))
        {
            if ((string?)element.Attribute("eId") is { } id)
            {
                var shape = System.Text.RegularExpressions.Regex.Replace(id, @"\d+", "N");
                shape = System.Text.RegularExpressions.Regex.Replace(shape, @"(?<=point_)[^_]+", "x");

                // The paragraph's own eId is not judged here (DraftingKit names it by the printed number, docs/rendering.md):
                // a number that repeats in a text of parts takes a suffix (para_5_2), a subparagraph with a num its label
                // (para_4_e); the list inside it is.
                shape = System.Text.RegularExpressions.Regex.Replace(shape, @"^para_N(?:_[A-Za-z0-9]+)*?_list", "para_N_list");
                shapes.Add(element.Name.LocalName + " " + shape);
            }
        }

        return shapes;
    }

    [Theory]
    [MemberData(nameof(RenderingFixtures.All), MemberType = typeof(RenderingFixtures))]
    public void Rendering_is_valid_against_the_Akoma_Ntoso_schema(string fixture)
    {
        var xml = AknRenderer.Render(RenderingFixtures.Read(fixture));

        var problems = AknSchema.Validate(xml);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Real_UN_file_of_similar_content_passes_the_same_validation()
    {
        // The check above means something only if the UN's own file passes it too.
        var un = File.ReadAllText(Path.Combine(RepositoryPaths.Shared, "corpus", "akn4un", "en", "75", "75_325_E.xml"));

        Assert.DoesNotContain(AknSchema.Validate(un), problem => problem.StartsWith("Error", System.StringComparison.Ordinal) && !problem.Contains("akn4un", System.StringComparison.Ordinal));
    }

    [Fact]
    public void FRBR_identification_is_built_from_number_and_date_of_adoption_as_in_UN_files()
    {
        var ours = Identification(AknRenderer.Render(RenderingFixtures.Read(RenderingFixtures.Revitalization)));
        var un = Identification(File.ReadAllText(Path.Combine(RepositoryPaths.Shared, "corpus", "akn4un", "en", "75", "75_325_E.xml")));

        Assert.Equal("/akn/un/statement/deliberation/unga/2021-09-10/75-325/", ours["FRBRWork/FRBRuri/value"]);
        foreach (var key in new[]
        {
            "FRBRWork/FRBRthis/value", "FRBRWork/FRBRuri/value", "FRBRWork/FRBRdate/date", "FRBRWork/FRBRdate/name", "FRBRWork/FRBRauthor/href",
            "FRBRWork/FRBRcountry/value", "FRBRExpression/FRBRthis/value", "FRBRExpression/FRBRuri/value", "FRBRExpression/FRBRlanguage/language",
            "FRBRExpression/FRBRauthor/as", "FRBRManifestation/FRBRthis/value", "FRBRManifestation/FRBRuri/value",
        })
        {
            Assert.True(un.ContainsKey(key), key);
            Assert.Equal(un[key], ours[key]);
        }
    }

    [Fact]
    public void Document_has_the_shape_of_the_UN_file_of_the_same_resolution()
    {
        var ours = XDocument.Parse(AknRenderer.Render(RenderingFixtures.Read(RenderingFixtures.Revitalization)));
        var un = XDocument.Load(Path.Combine(RepositoryPaths.Shared, "corpus", "akn4un", "en", "75", "75_325_E.xml"));

        Assert.Equal(Children(un.Root!.Element(Akn + "statement")!), Children(ours.Root!.Element(Akn + "statement")!));
        Assert.Equal("resolution", ours.Root!.Element(Akn + "statement")!.Attribute("name")!.Value);

        // Operative paragraph 4 and its subparagraphs: the same labels in the same order.
        Assert.Equal(PointLabels(un, "4."), PointLabels(ours, "4."));
    }

    [Fact]
    public void Preambular_paragraphs_are_containers_named_by_their_lead_after_the_formula()
    {
        var xml = XDocument.Parse(AknRenderer.Render(RenderingFixtures.Read(RenderingFixtures.CrimePrevention)));
        var preamble = xml.Descendants(Akn + "preamble").Single();

        Assert.Equal("enactingFormula", preamble.Elements().First().Attribute("name")!.Value);
        Assert.Equal("The General Assembly,", preamble.Elements().First().Value);
        Assert.Equal(
            new[] { "Reaffirming", "Reaffirming also", "Recalling" },
            preamble.Elements(Akn + "container").Select(c => c.Attribute("name")!.Value));
        Assert.Equal(new[] { "container_1", "container_2", "container_3" }, preamble.Elements(Akn + "container").Select(c => c.Attribute("eId")!.Value));
        Assert.Equal("italic", preamble.Elements(Akn + "container").First().Descendants(Akn + "span").First().Attribute("class")!.Value);
    }

    [Fact]
    public void Footnotes_are_authorial_notes_numbered_by_first_reference_and_a_repeat_points_back()
    {
        var xml = XDocument.Parse(AknRenderer.Render(RenderingFixtures.Read(RenderingFixtures.CrimePrevention)));
        var notes = xml.Descendants(Akn + "authorialNote").ToList();

        Assert.Equal(new[] { "1", "2", "3", "4", "5", "6", "7" }, notes.Select(n => n.Attribute("marker")!.Value));
        Assert.All(notes, n => Assert.Equal("bottom", n.Attribute("placement")!.Value));
        Assert.Equal("A/74/125.", notes.Last().Value);
        Assert.Equal("authorialNote_7", notes.Last().Attribute("eId")!.Value);

        // Paragraph 3 cites the Doha Declaration again: footnote 6, not a new footnote.
        var repeat = Assert.Single(xml.Descendants(Akn + "noteRef"));
        Assert.Equal("#authorialNote_6", repeat.Attribute("href")!.Value);
        Assert.Equal("para_3", repeat.Ancestors(Akn + "paragraph").First().Attribute("eId")!.Value);
    }

    [Fact]
    public void Operative_paragraphs_keep_their_numbers_in_num_and_eId_and_subparagraphs_nest_as_points()
    {
        var xml = XDocument.Parse(AknRenderer.Render(RenderingFixtures.Read(RenderingFixtures.Revitalization)));
        var mainBody = xml.Root!.Element(Akn + "statement")!.Element(Akn + "mainBody")!;
        var numbered = mainBody.Elements(Akn + "paragraph").Where(p => p.Element(Akn + "num") is not null).ToList();

        Assert.Equal(new[] { "1.", "2.", "3.", "4.", "13.", "58.", "60." }, numbered.Select(p => p.Element(Akn + "num")!.Value));
        Assert.Equal(new[] { "para_1", "para_2", "para_3", "para_4", "para_13", "para_58", "para_60" }, numbered.Select(p => p.Attribute("eId")!.Value));
        Assert.Equal(
            new[]
            {
                "para_4_list_point_a", "para_4_list_point_a_sublist_point_i", "para_4_list_point_a_sublist_point_ii", "para_4_list_point_b",
            },
            numbered[3].Descendants(Akn + "point").Select(p => p.Attribute("eId")!.Value));
        Assert.StartsWith("Decides to establish", numbered[3].Element(Akn + "list")!.Element(Akn + "intro")!.Value, System.StringComparison.Ordinal);
        Assert.Equal(
            new[] { "Role and authority of the General Assembly", "Selection and appointment of the Secretary-General and other executive heads" },
            mainBody.Descendants(Akn + "subheading").Select(s => s.Value));
    }

    [Theory]
    [InlineData("A-RES-75-101-A-B.res.md", "75-101A-B", "75-101A")]
    [InlineData("A-RES-77-256-A-B.res.md", "77-256", "77-256A")]
    [InlineData("A-RES-75-253-B.res.md", "75-253", null)]
    [InlineData("A-RES-77-253-B.res.md", "77-253B", null)]
    public void Work_names_of_parts_follow_the_convention_of_the_session(string template, string work, string? firstComponent)
    {
        // Sessions 75-76 name a collection of parts with its letters and a part issued alone without its letter;
        // the files of session 77 do the reverse, and later texts are written as session 77 writes them.
        var path = RepositoryPaths.InRepository("tests", "corpus", "akn4un-templates", template);
        var xml = XDocument.Parse(AknRenderer.Render(DraftingKit.Templates.TemplateReader.Read(path, File.ReadAllText(path)).Document));

        var works = xml.Descendants(Akn + "FRBRWork").Select(w => w.Element(Akn + "FRBRuri")!.Attribute("value")!.Value.Split('/')[^2]).ToList();
        Assert.Equal(work, works[0]);
        if (firstComponent is null)
        {
            Assert.Single(works.Distinct());
        }
        else
        {
            Assert.Contains(firstComponent, works);
        }
    }

    [Fact]
    public void Conclusions_carry_the_meeting_and_date_and_the_annex_is_an_attachment()
    {
        var xml = XDocument.Parse(AknRenderer.Render(RenderingFixtures.Read(RenderingFixtures.Revitalization)));
        var conclusions = xml.Descendants(Akn + "conclusions").Single();

        Assert.Equal("103rd plenary meeting", conclusions.Descendants(Akn + "inline").Single(i => i.Attribute("name")!.Value == "adoptionMeeting").Value);
        Assert.Equal("2021-09-10", conclusions.Descendants(Akn + "docDate").Single().Attribute("date")!.Value);
        var annex = xml.Descendants(Akn + "attachment").Single().Element(Akn + "doc")!;
        Assert.Equal("annex", annex.Attribute("name")!.Value);
        Assert.Equal("/akn/un/statement/deliberation/unga/2021-09-10/75-325/!main/annex/", annex.Descendants(Akn + "FRBRthis").First().Attribute("value")!.Value);
        Assert.Contains("solemnly swear", annex.Element(Akn + "mainBody")!.Value, System.StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RenderingFixtures.All), MemberType = typeof(RenderingFixtures))]
    public void Rendering_matches_snapshot(string fixture)
    {
        Snapshot.Verify(AknRenderer.Render(RenderingFixtures.Read(fixture)), name: "Rendering_matches_snapshot." + fixture.Replace(".res.md", string.Empty, System.StringComparison.Ordinal), extension: "xml");
    }

    private static System.Collections.Generic.Dictionary<string, string> Identification(string xml)
    {
        var identification = XDocument.Parse(xml).Descendants(Akn + "identification").First();
        var values = new System.Collections.Generic.Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var level in identification.Elements())
        {
            foreach (var element in level.Elements())
            {
                foreach (var attribute in element.Attributes())
                {
                    values.TryAdd(level.Name.LocalName + "/" + element.Name.LocalName + "/" + attribute.Name.LocalName, attribute.Value);
                }
            }
        }

        return values;
    }

    private static string[] Children(XElement element) => element.Elements().Select(e => e.Name.LocalName).ToArray();

    private static string[] PointLabels(XDocument document, string paragraphNumber)
    {
        var paragraph = document.Descendants(Akn + "paragraph").First(p => p.Element(Akn + "num")?.Value == paragraphNumber);
        return paragraph.Descendants(Akn + "point").Select(p => p.Element(Akn + "num")!.Value).ToArray();
    }
}

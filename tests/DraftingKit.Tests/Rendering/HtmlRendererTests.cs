using System.Xml.Linq;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Tests.Support;
using DraftingKit.Rendering.Akn;

namespace DraftingKit.Tests.Rendering;

public sealed class HtmlRendererTests
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    [Theory]
    [MemberData(nameof(RenderingFixtures.All), MemberType = typeof(RenderingFixtures))]
    public void Page_is_well_formed_with_language_title_and_landmarks(string fixture)
    {
        var html = HtmlRenderer.Render(RenderingFixtures.Read(fixture));
        var page = Parse(html);

        Assert.StartsWith("<!DOCTYPE html>\n", html, System.StringComparison.Ordinal);
        Assert.Equal("en", page.Root!.Attribute("lang")!.Value);
        Assert.Single(page.Descendants(Xhtml + "main"));
        Assert.Single(page.Descendants(Xhtml + "h1"));
        Assert.NotEmpty(page.Descendants(Xhtml + "title").Single().Value);
        Assert.Contains("@media print", page.Descendants(Xhtml + "style").Single().Value, System.StringComparison.Ordinal);

        // Self-contained: nothing is loaded from elsewhere.
        Assert.DoesNotContain(page.Descendants(), e => e.Attribute("src") is not null || e.Name == Xhtml + "link" || e.Name == Xhtml + "script");
    }

    [Theory]
    [MemberData(nameof(RenderingFixtures.All), MemberType = typeof(RenderingFixtures))]
    public void Footnotes_are_linked_both_ways(string fixture)
    {
        var document = RenderingFixtures.Read(fixture);
        var page = Parse(HtmlRenderer.Render(document));
        var ids = page.Descendants().Select(e => e.Attribute("id")?.Value).Where(id => id is not null).ToHashSet();
        var references = page.Descendants(Xhtml + "a").Where(a => (string?)a.Attribute("role") == "doc-noteref").ToList();
        var backlinks = page.Descendants(Xhtml + "a").Where(a => (string?)a.Attribute("class") == "backlink").ToList();

        Assert.Equal(document.Footnotes.Count > 0, references.Count > 0);
        Assert.All(references, a => Assert.Contains(a.Attribute("href")!.Value.TrimStart('#'), ids));
        Assert.All(backlinks, a => Assert.Contains(a.Attribute("href")!.Value.TrimStart('#'), ids));
        Assert.Equal(references.Count, backlinks.Count);
    }

    [Fact]
    public void A_footnote_cited_twice_has_two_references_and_two_backlinks()
    {
        var page = Parse(HtmlRenderer.Render(RenderingFixtures.Read(RenderingFixtures.CrimePrevention)));
        var footnote = page.Descendants(Xhtml + "li").Single(li => (string?)li.Attribute("id") == "fn-6");

        Assert.StartsWith("Resolution 70/174, annex.", footnote.Value, System.StringComparison.Ordinal);
        Assert.Equal(new[] { "#fnref-6", "#fnref-6-2" }, footnote.Elements(Xhtml + "a").Select(a => a.Attribute("href")!.Value));
        Assert.Equal(2, page.Descendants(Xhtml + "a").Count(a => (string?)a.Attribute("href") == "#fn-6"));
    }

    [Fact]
    public void Leads_are_italic_and_operative_numbers_are_kept()
    {
        var page = Parse(HtmlRenderer.Render(RenderingFixtures.Read(RenderingFixtures.Revitalization)));
        var operative = page.Descendants(Xhtml + "p").Where(p => ((string?)p.Attribute("class"))?.Contains("operative", System.StringComparison.Ordinal) == true).ToList();

        Assert.Equal(new[] { "1.", "2.", "3.", "4.", "13.", "58.", "60." }, operative.Select(p => p.Elements(Xhtml + "span").First().Value));
        Assert.Equal(new[] { "Reaffirms", "Welcomes", "Requests", "Decides", "Stresses", "Notes with appreciation", "Notes" }, operative.Select(p => p.Element(Xhtml + "i")!.Value));
        Assert.Equal(new[] { "(a)", "(i)", "(ii)", "(b)" }, page.Descendants(Xhtml + "li").Where(li => li.Parent!.Attribute("class")?.Value == "subparagraphs").Select(li => li.Element(Xhtml + "span")!.Value));
        Assert.Equal("Annex", page.Descendants(Xhtml + "section").Single(s => (string?)s.Attribute("class") == "annex").Element(Xhtml + "h2")!.Value);
    }

    [Fact]
    public void Text_from_the_template_is_encoded_and_never_becomes_markup()
    {
        var hostile = "<script>alert('x')</script> & <b onclick=\"x\">";
        var document = new ResolutionDocument(
            "hostile.res.md",
            new DocumentHeader { Symbol = "A/RES/1/1\"><script>", Title = hostile, Status = DocumentStatus.Adopted, Number = "1/1" },
            EquatableArray.Create(new DocumentPart(
                null,
                null,
                new EnactingFormula(InlineText.Plain("The General Assembly,"), false, SourceSpan.None),
                EquatableArray.Create<BodyBlock>(new PreambularParagraph(InlineText.Of(new Emphasis(InlineText.Plain("Recalling"), SourceSpan.None), new TextRun(" " + hostile, SourceSpan.None)), default, SourceSpan.None)),
                EquatableArray.Create<BodyBlock>(new OperativeParagraph(1, NumberStyle.Arabic, InlineText.Plain(hostile + "\u0001"), default, SourceSpan.None)),
                SourceSpan.None)),
            default,
            default);

        var html = HtmlRenderer.Render(document);
        var page = Parse(html);

        Assert.Empty(page.Descendants(Xhtml + "script"));
        Assert.Empty(page.Descendants(Xhtml + "b"));
        Assert.Contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;b onclick=\"x\"&gt;", html, System.StringComparison.Ordinal);
        Assert.Contains(hostile, page.Descendants(Xhtml + "h1").Single().Value, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A/RES/73/186", "https://undocs.org/en/A/RES/73/186")]
    [InlineData("https://undocs.org/en/A/74/125", "https://undocs.org/en/A/74/125")]
    [InlineData("73/186", null)]
    [InlineData("javascript:alert(1)", null)]
    public void Links_to_cited_documents_point_to_the_Official_Document_System_and_nowhere_else(string target, string? expected)
    {
        var link = new DocumentLink(InlineText.Plain("73/186"), target, SourceSpan.None);
        var document = new ResolutionDocument(
            "links.res.md",
            new DocumentHeader(),
            EquatableArray.Create(new DocumentPart(null, null, null, default, EquatableArray.Create<BodyBlock>(new OperativeParagraph(1, NumberStyle.Arabic, InlineText.Of(new TextRun("Recalls its resolution ", SourceSpan.None), link), default, SourceSpan.None)), SourceSpan.None)),
            default,
            default);

        var anchors = Parse(HtmlRenderer.Render(document)).Descendants(Xhtml + "a").Select(a => a.Attribute("href")!.Value).ToList();
        var akn = XDocument.Parse(AknRenderer.Render(document)).Descendants(XName.Get("a", AknRenderer.Namespace)).Select(a => a.Attribute("href")!.Value).ToList();

        Assert.Equal(expected is null ? System.Array.Empty<string>() : new[] { expected }, anchors);
        Assert.Equal(anchors, akn);
    }

    [Theory]
    [MemberData(nameof(RenderingFixtures.All), MemberType = typeof(RenderingFixtures))]
    public void Rendering_matches_snapshot(string fixture)
    {
        Snapshot.Verify(HtmlRenderer.Render(RenderingFixtures.Read(fixture)), name: "Rendering_matches_snapshot." + fixture.Replace(".res.md", string.Empty, System.StringComparison.Ordinal), extension: "html");
    }

    /// <summary>The page is polyglot HTML5: without its doctype line it is an XHTML document.</summary>
    private static XDocument Parse(string html) => XDocument.Parse(html.Substring(html.IndexOf('\n', System.StringComparison.Ordinal) + 1));
}

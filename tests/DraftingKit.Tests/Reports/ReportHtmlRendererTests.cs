using System.Text.RegularExpressions;
using System.Xml.Linq;
using DraftingKit.Rendering;
using DraftingKit.Reports;

namespace DraftingKit.Tests.Reports;

/// <summary>The seed reports as HTML pages: well-formed, every id once, the texts and the notes as the UN text has them.</summary>
public sealed class ReportHtmlRendererTests
{
    private static XDocument Page(string seed)
    {
        var html = ReportHtmlRenderer.Render(ReportReader.ReadFile(ReportSeeds.ReportPath(seed)).Report);
        Assert.StartsWith("<!DOCTYPE html>\n", html, StringComparison.Ordinal);
        return XDocument.Parse(html.Substring("<!DOCTYPE html>\n".Length));
    }

    [Theory]
    [InlineData("000_88cf70b5d62246a4")]
    [InlineData("001_5c6eab6134220b08")]
    [InlineData("002_1571e35c9475b5fc")]
    public void Page_is_well_formed_with_unique_ids_and_links_that_resolve(string seed)
    {
        var page = Page(seed);
        var ids = page.Descendants().Select(e => (string?)e.Attribute("id")).Where(id => id is not null).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var targets = page.Descendants().Select(e => (string?)e.Attribute("href")).Where(h => h is not null && h.StartsWith('#')).Select(h => h![1..]);
        Assert.All(targets, target => Assert.Contains(target, ids));
    }

    [Fact]
    public void Seed_000_page_has_the_report_paragraphs_and_the_labelled_drafts()
    {
        var page = Page("000_88cf70b5d62246a4");
        var text = Regex.Replace(page.Root!.Value, @"\s+", " ");
        Assert.Contains("15. Also at its 43rd meeting, the Committee adopted draft resolution A/C.3/72/L.6/Rev.1 (see para. 20, draft resolution IV).", text, StringComparison.Ordinal);
        var sections = page.Descendants().Where(e => (string?)e.Attribute("class") == "recommended-text").ToList();
        Assert.Equal(6, sections.Count);
        Assert.Equal("Draft resolution IV", sections[3].Descendants().First(e => (string?)e.Attribute("class") == "draft-label").Value);
    }

    [Fact]
    public void Notes_restart_in_a_committee_report_and_run_on_in_a_commission_report()
    {
        static string FirstNoteOfSecondText(XDocument page) =>
            (string)page.Descendants().Where(e => (string?)e.Attribute("class") == "recommended-text").ElementAt(1)
                .Descendants().First(e => e.Name.LocalName == "li" && e.Attribute("value") is not null).Attribute("value")!;

        Assert.Equal("1", FirstNoteOfSecondText(Page("000_88cf70b5d62246a4")));
        Assert.Equal("6", FirstNoteOfSecondText(Page("001_5c6eab6134220b08")));
    }

    [Fact]
    public void A_one_sentence_decision_of_a_commission_report_carries_its_report_paragraph_number()
    {
        var text = Regex.Replace(Page("001_5c6eab6134220b08").Root!.Value, @"\s+", " ");

        Assert.Contains("4. The Economic and Social Council decides to endorse the reappointment", text, StringComparison.Ordinal);
    }
}

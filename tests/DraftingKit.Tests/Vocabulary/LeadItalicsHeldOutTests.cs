using System.Text.RegularExpressions;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;
using DraftingKit.Vocabulary;
using Xunit.Abstractions;

namespace DraftingKit.Tests.Vocabulary;

/// <summary>
/// Issue 15: where a lead's italics end, read by the rule of <see cref="LeadVocabulary.PreambularItalicsAtStart"/>
/// from the texts of the other sessions (the Assembly's 75, 76, 77) or years (the Council's 2020–2024), on the texts
/// of the one left out: the italics the importer restores on a plain text are those the organ prints.
/// </summary>
public sealed class LeadItalicsHeldOutTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("akn4un-templates", @"^A-RES-(\d+)-", 0.99)]
    [InlineData("akn4un-sc-templates", @"-(\d{4})\.res\.md$", 0.92)]
    public void The_italics_of_a_session_left_out_are_the_organ_s(string corpus, string group, double floor)
    {
        var texts = Directory.GetFiles(RepositoryPaths.InRepository("tests", "corpus", corpus), "*.res.md")
            .Select(file => (Group: Regex.Match(Path.GetFileName(file), group).Groups[1].Value, File: file))
            .Where(text => text.Group.Length > 0)
            .Select(text => (text.Group, TemplateReader.ReadFile(text.File).Document))
            .ToList();
        var failures = new List<string>();
        foreach (var left in texts.Select(text => text.Group).Distinct().Order(StringComparer.Ordinal))
        {
            var leads = CorpusLeads.VocabularyOf(texts.Where(text => text.Group != left).Select(text => text.Document));
            int paragraphs = 0, italics = 0, longest = 0;
            foreach (var (text, lead, operative) in texts.Where(text => text.Group == left).SelectMany(text => CorpusLeads.Of(text.Document)))
            {
                paragraphs++;
                italics += (operative ? leads.OperativeItalicsAtStart(text) : leads.PreambularItalicsAtStart(text)) == lead ? 1 : 0;
                longest += (operative ? leads.OperativeLeadAtStart(text) : leads.PreambularLeadAtStart(text)) == lead ? 1 : 0;
            }

            var share = (double)italics / paragraphs;
            output.WriteLine($"{corpus} {left} left out: {italics} of {paragraphs} leads end as printed ({share:P1}); the longest lead known: {longest}");
            if (share < floor || italics <= longest)
            {
                failures.Add($"{left}: {italics} of {paragraphs}, longest {longest}");
            }
        }

        Assert.Empty(failures);
    }
}

using DraftingKit.Import;
using DraftingKit.Model;
using DraftingKit.Tests.Rendering;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A drafter's Word file keeps its italics in styles as often as on the runs: the leads in a character style, a whole
/// paragraph in an italic style with its roman words set roman, a character style's italics toggling a paragraph
/// style's off. Each seed text built so (<see cref="WordItalics"/>) prints as the seed does, and imports as the same
/// draft with its italics on the runs (<see cref="WordRunFormat"/>).
/// </summary>
public sealed class WordRunFormatTests
{
    public static TheoryData<string, WordItalics> TextsByStyle()
    {
        var data = new TheoryData<string, WordItalics>();
        foreach (var text in SeedCorpus.Texts)
        {
            foreach (var italics in new[] { WordItalics.CharacterStyle, WordItalics.CharacterStyleChain, WordItalics.ParagraphStyle, WordItalics.Toggled, WordItalics.Defaults })
            {
                data.Add(text.ToString(), italics);
            }
        }

        return data;
    }

    /// <summary>
    /// The same draft with its italics set by styles imports as with its italics on the runs, emphasis and all (not
    /// only its words: the leads come back in italics, not restored from the vocabulary), and as the seed text.
    /// </summary>
    [Theory]
    [MemberData(nameof(TextsByStyle))]
    public void A_seed_text_italicised_by_styles_imports_as_with_its_italics_on_the_runs(string name, WordItalics italics)
    {
        var direct = Import(name, WordItalics.Direct);
        var styled = Import(name, italics);

        Assert.Null(DocxImportTests.DifferenceFromSeed(name, styled));
        Assert.Equal(CarriedModel.AsFormatted(Assert.Single(direct.Texts).Document, linkTargets: false), CarriedModel.AsFormatted(Assert.Single(styled.Texts).Document, linkTargets: false));
        Assert.Equal(direct.Diagnostics.Select(diagnostic => diagnostic.Id), styled.Diagnostics.Select(diagnostic => diagnostic.Id));
    }

    /// <summary>
    /// A draft whose paragraphs are set in an italic paragraph style ("Quote"), their leads italic on the runs as well,
    /// prints them in italics from end to end: the lead is no longer told by the italics. The importer reads such a
    /// paragraph as an extraction that spread the italics over it (<see cref="LeadRestorer.ReduceWholeItalics"/>): the
    /// italics go and the paragraph gets back the lead the UN sets in italics. No lead reads wrong: every paragraph that
    /// has one has one, opening with the same words ("Takes note" where the drafter set "Takes note with
    /// appreciation"), and the words are the seed's.
    /// </summary>
    [Theory]
    [MemberData(nameof(DocxImportTests.Texts), MemberType = typeof(DocxImportTests))]
    public void A_seed_text_set_wholly_in_an_italic_style_keeps_its_leads(string name)
    {
        var direct = Assert.Single(Import(name, WordItalics.Direct).Texts).Document;
        var result = Import(name, WordItalics.WhollyItalic);

        Assert.Null(DocxImportTests.DifferenceFromSeed(name, result));
        var source = Leads(direct).ToList();
        var read = Leads(Assert.Single(result.Texts).Document).ToList();
        Assert.Equal(source.Count, read.Count);
        Assert.All(source.Zip(read), pair => Assert.True(SameOpening(pair.First, pair.Second), $"set \"{pair.First}\", read \"{pair.Second}\""));
    }

    /// <summary>True when both paragraphs have no lead, or leads of which one opens the other at a word's end.</summary>
    private static bool SameOpening(string? set, string? read) =>
        set is null ? read is null : read is not null && (set == read || set.StartsWith(read + " ", StringComparison.Ordinal) || read.StartsWith(set + " ", StringComparison.Ordinal));

    /// <summary>
    /// LibreOffice lays out the drafts italicised by a character style, a chain of them, a paragraph style with its
    /// roman words set roman, and the document's defaults with its leads in a character style, with every lead the
    /// reader reads in italics, in italics (Poppler's <c>pdftohtml -xml</c> marks the italic words). A character
    /// style's italics on an italic paragraph style (<see cref="WordItalics.Toggled"/>) is not checked here:
    /// LibreOffice 7.4 prints them italic, where Word and ECMA-376 §17.7.3 turn them roman.
    /// </summary>
    [SkippableFact]
    public void LibreOffice_prints_in_italics_the_leads_read_from_styles()
    {
        var pdfToHtml = Support.Require.Tool("poppler-utils", "pdftohtml");
        var name = SeedCorpus.Texts.Single(candidate => candidate.File == "A-RES-74-177.res.md").ToString();
        var modes = new[] { WordItalics.CharacterStyle, WordItalics.CharacterStyleChain, WordItalics.ParagraphStyle, WordItalics.Defaults, WordItalics.None };
        var pdfs = PrintedPdfBatch.Convert(modes.Select(mode => (mode.ToString(), DocxImportTests.SeedAsWord(name, autoNumbered: false, mode))).ToList(), "pdf");
        var folder = Directory.CreateTempSubdirectory("draftingkit-italics-").FullName;
        try
        {
            foreach (var mode in modes)
            {
                var pdf = Path.Combine(folder, mode + ".pdf");
                File.WriteAllBytes(pdf, pdfs[mode.ToString()]);
                var xml = ExternalTools.Run(pdfToHtml, TimeSpan.FromMinutes(1), "-xml", "-i", "-stdout", pdf).Output;
                var italics = string.Join("\n", System.Text.RegularExpressions.Regex.Matches(xml, "<i>(.*?)</i>").Select(match => match.Groups[1].Value));
                var leads = Assert.Single(Import(name, mode).Texts).Document.PreambularParagraphs().Select(paragraph => paragraph.Lead!).ToList();
                Assert.NotEmpty(leads);
                if (mode == WordItalics.None)
                {
                    // Printed without italics: the leads come back from the vocabulary, and LibreOffice shows none.
                    Assert.DoesNotContain("Reaffirming", italics);
                    continue;
                }

                Assert.All(leads, lead => Assert.Contains(lead, italics));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static IEnumerable<string?> Leads(ResolutionDocument document) =>
        document.PreambularParagraphs().Select(paragraph => paragraph.Lead).Concat(document.OperativeParagraphs().Select(paragraph => paragraph.Lead));

    private static ImportResult Import(string name, WordItalics italics)
    {
        using var docx = new MemoryStream(DocxImportTests.SeedAsWord(name, autoNumbered: false, italics));
        return UnDocumentImporter.ImportDocx(name + ".docx", docx);
    }
}

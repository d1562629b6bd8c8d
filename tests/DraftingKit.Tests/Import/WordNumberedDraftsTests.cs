using System.Text.RegularExpressions;
using DraftingKit.Import;
using DraftingKit.Tests.Rendering;
using Xunit.Abstractions;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Issue 15: drafts numbered by Word's automatic numbering, read as another word processor reads and writes them.
/// Every seed text numbered by Word (<see cref="WordList"/>) is read with the labels LibreOffice prints for it, both
/// as the test writes its numbering and as LibreOffice writes it again (numbering definitions of its own: a restarted
/// list's first item in an instance that sets the start, the items after it in instances that set nothing). That the
/// numbered drafts import as the seed texts is <see cref="DocxImportTests"/>' part.
/// </summary>
public sealed class WordNumberedDraftsTests(ITestOutputHelper output)
{
    private static readonly Regex PrintedLabel = new(@"^\s*(\d{1,3}\.|\([a-z]{1,4}\))\s", RegexOptions.Multiline);

    [SkippableFact]
    public void The_labels_read_from_word_numbering_are_those_LibreOffice_prints()
    {
        var drafts = SeedCorpus.Texts.Select((text, i) => (Key: "draft" + i, Name: text.ToString(), Docx: DocxImportTests.SeedAsWord(text.ToString(), autoNumbered: true))).ToList();
        var printed = PrintedPdfBatch.Convert(drafts.Select(draft => (draft.Key, draft.Docx)).ToList(), "txt");
        var saved = PrintedPdfBatch.Convert(drafts.Select(draft => (draft.Key, draft.Docx)).ToList(), "docx");

        var failures = new List<string>();
        foreach (var (key, name, docx) in drafts)
        {
            var shown = Labels(System.Text.Encoding.UTF8.GetString(printed[key]).TrimStart('\uFEFF'));
            Assert.NotEmpty(shown);
            foreach (var (writer, bytes) in new[] { ("as written", docx), ("as LibreOffice saves it", saved[key]) })
            {
                using var stream = new MemoryStream(bytes);
                var read = Labels(DocxReader.ToSourceText(stream));
                if (!read.SequenceEqual(shown))
                {
                    var at = read.Zip(shown).TakeWhile(pair => pair.First == pair.Second).Count();
                    failures.Add($"{name} {writer}: label {at + 1} read {read.ElementAtOrDefault(at)}, printed {shown.ElementAtOrDefault(at)}");
                }
            }
        }

        output.WriteLine($"{drafts.Count} drafts numbered by Word, each read as written and as LibreOffice saves it: {failures.Count} read with labels other than LibreOffice prints");
        failures.ForEach(output.WriteLine);
        Assert.Empty(failures);
    }

    private static List<string> Labels(string text) => PrintedLabel.Matches(text).Select(match => match.Groups[1].Value).ToList();
}

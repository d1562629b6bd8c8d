using System.Text;
using DraftingKit.Import;
using DraftingKit.Rendering;
using DraftingKit.Templates;

namespace DraftingKit.Tests.Import;

/// <summary>The importer never throws, and what it imports always reads back from its template without errors.</summary>
public sealed class ImporterRobustnessTests
{
    // Pieces of the seeds' syntax, shuffled into documents no extraction would produce.
    private static readonly string[] Pieces =
    {
        "Draft resolution IV", "Draft decision", "Resolution 26/1", "The General Assembly,", "“The General Assembly,",
        "The Economic and Social Council decides to", "Recalling its resolution [70/1](#),", "*Reaffirming*", "*",
        "**", "1. *Urges* Member States", "12.", "(a) To promote", "- (b)", "- Chapter 3:", "¹", "¹²³⁴⁵⁶⁷⁸⁹⁰¹²³",
        "<sup>7</sup>", "<sup>", "¹ Resolution 70/1.", "---", "# ", "Annex II", "”", "\"", "\\", "[", "](", "\n", "\n\n",
        "  \n", "and girls,", ";", ":", ".", "Resolution adopted by the General Assembly on 18 December 2019",
        "74/177. Title", "50th plenary meeting", "Agenda item 106", "Seventy-fourth session",
    };

    [Fact]
    public void Shuffled_seed_syntax_never_throws_and_imports_read_back_without_errors()
    {
        var random = new Random(20191218);
        for (var round = 0; round < 500; round++)
        {
            var text = new StringBuilder();
            var count = random.Next(1, 40);
            for (var i = 0; i < count; i++)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]).Append(random.Next(3) == 0 ? "\n\n" : " ");
            }

            var result = UnDocumentImporter.ImportText("shuffled.txt", text.ToString());
            foreach (var imported in result.Texts)
            {
                var read = TemplateReader.Read(imported.FileName, MarkdownRenderer.Render(imported.Document));
                Assert.False(read.HasErrors, text + "\n=>\n" + MarkdownRenderer.Render(imported.Document) + "\n" + string.Join("\n", read.Diagnostics.Where(d => d.Severity == DraftingKit.Diagnostics.DraftingSeverity.Error)));
            }
        }
    }
}

using System.Diagnostics;
using System.Text;
using DraftingKit.Comparison;
using DraftingKit.Rendering;

namespace DraftingKit.Tests.Comparison;

/// <summary>
/// Comparison stays linear where its input is hostile: a long text rewritten throughout, a paragraph far longer than
/// any the UN prints. It finishes in seconds and its tracked Word file still reads back exactly on both sides.
/// </summary>
public sealed class LargeTextComparisonTests
{
    private static string Paragraphs(int count, Func<int, string> paragraph)
    {
        var body = new StringBuilder();
        for (var i = 1; i <= count; i++)
        {
            body.Append(i).Append(". ").Append(paragraph(i)).Append("\n\n");
        }

        return body.ToString();
    }

    [Fact]
    public void A_text_of_two_thousand_paragraphs_rewritten_throughout_compares_in_seconds()
    {
        var before = ComparedTexts.Draft(Paragraphs(2000, i => $"*Requests* the Secretary-General to report on the implementation of paragraph {i} of the present resolution at its seventy-{i}th session;"));
        var after = ComparedTexts.Draft(Paragraphs(2000, i => $"*Invites* Member States to consider ratifying convention {i * 7} without delay, in line with commitment {i};"));

        var clock = Stopwatch.StartNew();
        var comparison = TextComparison.Compare(before, after);
        var tracked = ComparisonDocxRenderer.Render(comparison, "DraftingKit", new DateTime(2022, 12, 1, 0, 0, 0, DateTimeKind.Utc));
        clock.Stop();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "took " + clock.Elapsed);
        var operative = comparison.Sections.Single(section => section.Section == ComparedSection.Operative);
        Assert.Equal((2000, 2000), (operative.New, operative.Deleted));
        Assert.Equal(TrackedChanges.Plain(DocxRenderer.Render(after)), TrackedChanges.Accept(tracked));
        Assert.Equal(TrackedChanges.Plain(DocxRenderer.Render(before)), TrackedChanges.Reject(tracked));
    }

    [Fact]
    public void A_paragraph_of_fifteen_thousand_words_is_replaced_as_a_whole_and_reads_back_exactly()
    {
        var words = string.Join(" ", Enumerable.Range(1, 15_000).Select(i => "measure" + i));
        var before = ComparedTexts.Draft("1. *Decides* to adopt " + words + ";\n");
        var after = ComparedTexts.Draft("1. *Decides* to adopt " + words.Replace("measure10 ", "step10 ") + ";\n");

        var comparison = TextComparison.Compare(before, after);
        var tracked = ComparisonDocxRenderer.Render(comparison, "DraftingKit", new DateTime(2022, 12, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal(1, comparison.Sections.Single(section => section.Section == ComparedSection.Operative).Changed);
        Assert.Equal(TrackedChanges.Plain(DocxRenderer.Render(after)), TrackedChanges.Accept(tracked));
        Assert.Equal(TrackedChanges.Plain(DocxRenderer.Render(before)), TrackedChanges.Reject(tracked));
    }
}

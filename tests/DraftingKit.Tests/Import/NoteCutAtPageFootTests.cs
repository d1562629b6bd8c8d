using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A page whose last note the page cut, read in pdftotext's reading order with the page's text going on under its
/// number: the notes close the page, the last without its full stop, and the others end right above it; each is paired
/// with its number, and the cut note's rest opens the next page's notes.
/// </summary>
public sealed class NoteCutAtPageFootTests
{
    private const string Rule = "__________________";

    /// <summary>A/RES/76/115's second page, shortened.</summary>
    private const string Page = """
        Mindful of the adoption of the revised working papers on the working methods of the
        Special Committee,2
        Taking note of the report of the Secretary-General entitled “Repertory of Practice of
        United Nations Organs and Repertoire of the Practice of the Security Council”,3
        3.

        Requests the Special Committee, at its session in 2022:

        2
        3
        4

        2/5

        (b)

        To consider the question of the implementation of the provisions of the Charter of the United
        Nations based on all of the related reports of the Secretary-General4 and the proposals submitted on the question, and requests the

        Ibid., Sixty-first Session, Supplement No. 33 (A/61/33), para. 72.
        A/76/223.
        A/48/573-S/26705, A/49/356, A/50/60-S/1995/1, A/50/361, A/50/423, A/51/317, A/52/308, A/53/312,
        A/59/334, A/60/320, A/61/304, A/62/206, A/62/206/Corr.1, A/63/224, A/64/225, A/65/217, A/66/213,

        """;

    [Fact]
    public void The_pages_notes_end_right_above_the_note_the_page_cut()
    {
        var next = 2;
        var cut = false;

        var gathered = FlowingNotes.Gather(Page.Split('\n'), ref next, ref cut, FlowingTextLayerImportTests.OpensByLead);

        Assert.Equal(
            new[]
            {
                "2 Ibid., Sixty-first Session, Supplement No. 33 (A/61/33), para. 72.",
                "3 A/76/223.",
                "4 A/48/573-S/26705, A/49/356, A/50/60-S/1995/1, A/50/361, A/50/423, A/51/317, A/52/308, A/53/312, A/59/334, A/60/320, A/61/304, A/62/206, A/62/206/Corr.1, A/63/224, A/64/225, A/65/217, A/66/213,",
            },
            Notes(gathered));
        Assert.True(cut);
        Assert.Equal(5, next);
    }

    [Fact]
    public void Lines_that_open_a_paragraph_at_the_pages_foot_are_no_cut_note()
    {
        // The last lines are the text's: a paragraph its lead opens, which the page cut mid-sentence.
        var page = Page.Replace("A/48/573-S/26705, A/49/356, A/50/60-S/1995/1, A/50/361, A/50/423, A/51/317, A/52/308, A/53/312,\nA/59/334, A/60/320, A/61/304, A/62/206, A/62/206/Corr.1, A/63/224, A/64/225, A/65/217, A/66/213,", "Requests the Secretary-General to brief the Special Committee at its next session on the", StringComparison.Ordinal);
        var next = 2;
        var cut = false;

        var gathered = FlowingNotes.Gather(page.Split('\n'), ref next, ref cut, FlowingTextLayerImportTests.OpensByLead);

        Assert.Empty(Notes(gathered));
        Assert.Contains("Requests the Secretary-General to brief the Special Committee at its next session on the", gathered);
    }

    [Fact]
    public void A_single_cut_note_stands_apart_from_the_text_by_a_blank_line()
    {
        // Only note 4 on the page: its lines under the text with no blank line between could be the text's.
        var page = Page.Replace("2\n3\n4\n", "4\n", StringComparison.Ordinal).Replace("Ibid., Sixty-first Session, Supplement No. 33 (A/61/33), para. 72.\nA/76/223.\n", string.Empty, StringComparison.Ordinal);
        var joined = page.Replace("and requests the\n\nA/48/573", "and requests the\nA/48/573", StringComparison.Ordinal);
        var next = 4;
        var cut = false;
        var apart = FlowingNotes.Gather(page.Split('\n'), ref next, ref cut, FlowingTextLayerImportTests.OpensByLead);
        next = 4;
        cut = false;
        var under = FlowingNotes.Gather(joined.Split('\n'), ref next, ref cut, FlowingTextLayerImportTests.OpensByLead);

        Assert.Single(Notes(apart));
        Assert.Empty(Notes(under));
    }

    private static string[] Notes(List<string> gathered) => gathered.SkipWhile(line => line != Rule).Skip(1).Where(line => line.Length > 0).ToArray();
}

using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A page's first note that the reading order (pdftotext without <c>-layout</c>) sets right under a line of text a page
/// cut mid-sentence, with no blank line between: the note opens at its first line that opens as a UN note's reference
/// does (<see cref="NoteOpening"/>), and the text's sentence ends on its cut line, to go on at the next page's top.
/// </summary>
public sealed class NoteUnderCutLineTests
{
    private const string Rule = "__________________";

    /// <summary>A/RES/76/244 B's first page as pdftotext reads it: three numbers, the cut paragraph, then the notes.</summary>
    private const string Page = """
        and accountability lines,
        1.
        1

        2
        3

        Takes note of the status of contributions to the African Union-United Nations Hybrid
        Operation in Darfur as at 30 April 2022, including the contributions outstanding in the
        Resolution 76/244, in section VI of the Official Records of the General Assembly, Seventy-sixth Session,
        Supplement No. 49 (A/76/49), vol. I, becomes resolution 76/244 A.
        A/76/688.
        A/76/807.
        """;

    [Fact]
    public void A_note_under_a_line_a_page_cut_opens_at_its_reference()
    {
        var next = 1;

        var gathered = FlowingNotes.Gather(Page.Split('\n'), ref next, FlowingTextLayerImportTests.OpensByLead);

        Assert.Equal(
            new[] { "1 Resolution 76/244, in section VI of the Official Records of the General Assembly, Seventy-sixth Session, Supplement No. 49 (A/76/49), vol. I, becomes resolution 76/244 A.", "2 A/76/688.", "3 A/76/807." },
            Notes(gathered));
        Assert.Equal("Operation in Darfur as at 30 April 2022, including the contributions outstanding in the", gathered.TakeWhile(line => line != Rule).Last(line => line.Length > 0));
    }

    [Fact]
    public void A_note_that_opens_with_see_under_a_cut_line_keeps_its_first_line()
    {
        // A/RES/76/173's second page, shortened: note 7's number stands after the others, its text under the cut line.
        var page = "Mindful that the right to freedom of opinion and expression is a human right guaranteed\nto all, in accordance with article 19 of the Universal Declaration of Human Rights and of the\nSee Official Records of the General Assembly, Sixty-seventh Session, Supplement No. 53A\n(A/67/53/Add.1), chap. III.\n8\nIbid., Sixty-ninth Session, Supplement No. 53A and corrigenda (A/69/53/Add.1, A/69/53/Add.1/Corr.1 and\nA/69/53/Add.1/Corr.2), chap. IV, sect. A.\n7\n\n2/8\n";
        var next = 7;

        var gathered = FlowingNotes.Gather(page.Split('\n'), ref next, FlowingTextLayerImportTests.OpensByLead);

        Assert.Equal("7 See Official Records of the General Assembly, Sixty-seventh Session, Supplement No. 53A (A/67/53/Add.1), chap. III.", Notes(gathered)[0]);
        Assert.DoesNotContain(gathered.TakeWhile(line => line != Rule), line => line.StartsWith("See ", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_line_that_opens_as_a_note_the_note_is_its_last_line()
    {
        // A/RES/75/306: "… in the amount of" is the text's, the note "A/75/607 and A/75/757." under it one line.
        var page = Page.Replace("outstanding in the\nResolution 76/244, in section VI of the Official Records of the General Assembly, Seventy-sixth Session,\n", "outstanding in the amount of\nsome 146.7 million United States dollars, as decided in section VI of its report,\n", StringComparison.Ordinal);
        var next = 1;

        var gathered = FlowingNotes.Gather(page.Split('\n'), ref next, FlowingTextLayerImportTests.OpensByLead);

        Assert.Equal("1 Supplement No. 49 (A/76/49), vol. I, becomes resolution 76/244 A.", Notes(gathered)[0]);
        Assert.Contains("some 146.7 million United States dollars, as decided in section VI of its report,", gathered.TakeWhile(line => line != Rule));
    }

    [Theory]
    [InlineData("See Official Records of the General Assembly, Sixty-seventh Session, Supplement No. 53A", true)]
    [InlineData("Ibid., Seventy-third Session, Supplement No. 53A (A/73/53/Add.1), chap. III.", true)]
    [InlineData("Resolution 76/244, in section VI of the Official Records of the General Assembly,", true)]
    [InlineData("Resolution ES-11/1.", true)]
    [InlineData("Official Records of the General Assembly, Seventy-seventh Session, Supplement No. 5, vol. I (A/77/5 (Vol.", true)]
    [InlineData("United Nations, Treaty Series, vol. 999, No. 14668.", true)]
    [InlineData("A/76/688.", true)]
    [InlineData("E/CN.4/1998/53/Add.2, annex.", true)]
    [InlineData("resolution 70/1 of 25 September 2015, entitled", false)]
    [InlineData("Resolutions adopted by the Council", false)]
    [InlineData("United Nations Educational, Scientific and Cultural Organization on the safety of journalists", false)]
    [InlineData("HIV/AIDS and other communicable diseases,", false)]
    [InlineData("Seeking to strengthen the role of the Organization,", false)]
    public void A_line_opens_as_a_note_by_its_reference(string line, bool opens)
    {
        Assert.Equal(opens, NoteOpening.Opens(line));
    }

    private static string[] Notes(List<string> gathered) => gathered.SkipWhile(line => line != Rule).Skip(1).Where(line => line.Length > 0).ToArray();
}

using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A page's first note that the reading order (pdftotext without <c>-layout</c>) sets right under a line of text a page
/// cut mid-sentence, with no blank line between: the note opens at its first line that opens as a UN note's reference
/// does (<see cref="NoteOpening"/>), and the text's sentence ends on its cut line, to go on at the next page's top.
/// </summary>
public sealed class NoteUnderCutLineTests
{
    /// <summary>A/RES/76/31's second page, shortened: numbers 3 to 5 over the page's number, the items, the notes under the text.</summary>
    private const string NonProliferationPage = "4.\n\n3\n\n4\n5\n\n2/3\n\n(a)\n\nFurther efforts to be made by the nuclear-weapon States to reduce their nuclear\narsenals unilaterally;\n\nNotes that the 2000 and 2010 Review Conferences agreed that legally binding security\nassurances by the five nuclear-weapon States to the non-nuclear-weapon States parties\nto the Treaty strengthen the nuclear non-proliferation regime;\n2000 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, Final\nDocument, vols. I–III (NPT/CONF.2000/28 (Parts I and II), NPT/CONF.2000/28 (Part III) and\nNPT/CONF.2000/28 (Part IV)).\nIbid., vol. I (NPT/CONF.2000/28 (Parts I and II)), part I.\nIbid., section entitled “Article VI and eighth to twelfth preambular paragraphs”, para. 15.\n";

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
        var gathered = GatheredPage.Of(Page, firstNote: 1);

        Assert.Equal(
            new[] { "1 Resolution 76/244, in section VI of the Official Records of the General Assembly, Seventy-sixth Session, Supplement No. 49 (A/76/49), vol. I, becomes resolution 76/244 A.", "2 A/76/688.", "3 A/76/807." },
            gathered.Notes);
        Assert.Equal("Operation in Darfur as at 30 April 2022, including the contributions outstanding in the", gathered.Text.Last(line => line.Length > 0));
    }

    [Fact]
    public void A_note_that_opens_with_see_under_a_cut_line_keeps_its_first_line()
    {
        // A/RES/76/173's second page, shortened: note 7's number stands after the others, its text under the cut line.
        var page = "Mindful that the right to freedom of opinion and expression is a human right guaranteed\nto all, in accordance with article 19 of the Universal Declaration of Human Rights and of the\nSee Official Records of the General Assembly, Sixty-seventh Session, Supplement No. 53A\n(A/67/53/Add.1), chap. III.\n8\nIbid., Sixty-ninth Session, Supplement No. 53A and corrigenda (A/69/53/Add.1, A/69/53/Add.1/Corr.1 and\nA/69/53/Add.1/Corr.2), chap. IV, sect. A.\n7\n\n2/8\n";

        var gathered = GatheredPage.Of(page, firstNote: 7);

        Assert.Equal("7 See Official Records of the General Assembly, Sixty-seventh Session, Supplement No. 53A (A/67/53/Add.1), chap. III.", gathered.Notes[0]);
        Assert.DoesNotContain(gathered.Text, line => line.StartsWith("See ", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_line_that_opens_as_a_note_the_note_is_its_last_line()
    {
        // A/RES/75/306: "… in the amount of" is the text's, the note "A/75/607 and A/75/757." under it one line.
        var page = Page.Replace("outstanding in the\nResolution 76/244, in section VI of the Official Records of the General Assembly, Seventy-sixth Session,\n", "outstanding in the amount of\nsome 146.7 million United States dollars, as decided in section VI of its report,\n", StringComparison.Ordinal);

        var gathered = GatheredPage.Of(page, firstNote: 1);

        Assert.Equal("1 Supplement No. 49 (A/76/49), vol. I, becomes resolution 76/244 A.", gathered.Notes[0]);
        Assert.Contains("some 146.7 million United States dollars, as decided in section VI of its report,", gathered.Text);
    }

    [Fact]
    public void A_note_that_opens_with_the_name_of_the_body_that_issued_it_under_a_cut_line_keeps_its_first_line()
    {
        // A/RES/75/239's thirty-first page, shortened: note 86 under the cut line "… ecosystem approach and the".
        var page = "Recalls that, in “The future we want”, States committed themselves to protect and\nrestore the health, productivity and resilience of oceans and marine ecosystems, to\nmaintain their biodiversity, enabling their conservation and sustainable use for present\nand future generations, and to effectively apply an ecosystem approach and the\nInternational Maritime Organization, resolutions MSC.385(94) and MEPC.264(68) and related\namendments to the International Convention for the Safety of Life at Sea (resolution MSC.386(94)) and the\nInternational Convention for the Prevention of Pollution from Ships (resolution MEPC.265(68)).\n87\nInternational Maritime Organization, Assembly resolutions A.1029(26) and A.1074(28).\n86\n\n31/54\n";

        var gathered = GatheredPage.Of(page, firstNote: 86);

        Assert.Equal("86 International Maritime Organization, resolutions MSC.385(94) and MEPC.264(68) and related amendments to the International Convention for the Safety of Life at Sea (resolution MSC.386(94)) and the International Convention for the Prevention of Pollution from Ships (resolution MEPC.265(68)).", gathered.Notes[0]);
        Assert.Contains("and future generations, and to effectively apply an ecosystem approach and the", gathered.Text);
        Assert.DoesNotContain(gathered.Text, line => line.StartsWith("International", StringComparison.Ordinal));
    }

    [Fact]
    public void A_symbol_that_closes_a_bracket_the_note_opened_above_goes_on_that_note()
    {
        // A/RES/76/31's second page, shortened: note 3's last line opens with a symbol but closes the brackets its
        // first lines opened; the note opens under the paragraph's line that ended its unit.
        var page = NonProliferationPage;

        var gathered = GatheredPage.Of(page, firstNote: 3);

        Assert.Equal(
            new[] { "3 2000 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, Final Document, vols. I–III (NPT/CONF.2000/28 (Parts I and II), NPT/CONF.2000/28 (Part III) and NPT/CONF.2000/28 (Part IV)).", "4 Ibid., vol. I (NPT/CONF.2000/28 (Parts I and II)), part I.", "5 Ibid., section entitled “Article VI and eighth to twelfth preambular paragraphs”, para. 15." },
            gathered.Notes);
        Assert.Equal("to the Treaty strengthen the nuclear non-proliferation regime;", gathered.Text.Last(line => line.Length > 0));
    }

    [Fact]
    public void A_symbol_whose_own_brackets_close_still_opens_a_note()
    {
        // The same page where a page cut the text's sentence and note 3 is a symbol alone: it opens the note, for it
        // closes only the bracket it opens.
        var page = NonProliferationPage.Replace("regime;\n2000 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, Final\nDocument, vols. I–III (NPT/CONF.2000/28 (Parts I and II), NPT/CONF.2000/28 (Part III) and\nNPT/CONF.2000/28 (Part IV)).", "regime and the\nNPT/CONF.2000/28 (Part IV).", StringComparison.Ordinal);

        var gathered = GatheredPage.Of(page, firstNote: 3);

        Assert.Equal("3 NPT/CONF.2000/28 (Part IV).", gathered.Notes[0]);
        Assert.Equal("to the Treaty strengthen the nuclear non-proliferation regime and the", gathered.Text.Last(line => line.Length > 0));
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
    [InlineData("International Maritime Organization, resolutions MSC.385(94) and MEPC.264(68) and related", true)]
    [InlineData("United Nations Environment Programme, document UNEP/CBD/COP/12/29, sect. I, decision XII/23,", true)]
    [InlineData("Food and Agriculture Organization of the United Nations, document C 2019/REP, appendix C.", true)]
    [InlineData("International Maritime Organization, Assembly resolutions A.1029(26) and A.1074(28).", true)]
    [InlineData("World Health Organization, regional commissions and other relevant entities,", false)]
    [InlineData("United Nations Environment Programme, especially the resolutions of the Environment Assembly,", false)]
    [InlineData("International Maritime Organization, resolutions adopted by its Assembly", false)]
    [InlineData("resolution 70/1 of 25 September 2015, entitled", false)]
    [InlineData("Resolutions adopted by the Council", false)]
    [InlineData("United Nations Educational, Scientific and Cultural Organization on the safety of journalists", false)]
    [InlineData("HIV/AIDS and other communicable diseases,", false)]
    [InlineData("Seeking to strengthen the role of the Organization,", false)]
    public void A_line_opens_as_a_note_by_its_reference(string line, bool opens)
    {
        Assert.Equal(opens, NoteOpening.Opens(line));
    }
}

using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Issue 15: the grammar of the titles a UN note sets in italics (<see cref="NoteTitles"/>), on notes of adopted
/// resolutions as a PDF's text layer gives them, in roman. Each case writes the note with its titles between asterisks.
/// </summary>
public sealed class NoteTitlesTests
{
    [Theory]
    [InlineData("*Official Records of the General Assembly, Seventy-fifth Session, Supplement No. 7* (A/75/7).")]
    [InlineData("See *Official Records of the Economic and Social Council, 2019, Supplement No. 8* (E/2019/28), chap. I, sect. B.")]
    [InlineData("Ibid., *Seventy-sixth Session, Supplement No. 53A* (A/76/53/Add.1), chap. III.")]
    [InlineData("Ibid., *2009, Supplement No. 8* (E/2009/28), chap. I, sect. C.")]
    [InlineData("Ibid., *Supplement No. 7A* and corrigendum (A/77/7/Add.1 and A/77/7/Add.1/Corr.1).")]
    [InlineData("*Official Records of the Security Council, Seventy-fifth Year, Supplement for January, February and March 2020*, document S/2020/123.")]
    [InlineData("*Official Records of the General Assembly, Twelfth Special Session, Plenary Meetings*, 1st meeting, paras. 110–111.")]
    [InlineData("United Nations, *Treaty Series*, vol. 2225, No. 39574.")]
    [InlineData("League of Nations, *Treaty Series*, vols. 2171 and 2173, No. 27531.")]
    [InlineData("*Report of the Fourth World Conference on Women, Beijing, 4–15 September 1995* (United Nations publication, Sales No. E.96.IV.13), chap. I, resolution 1, annexes I and II.")]
    [InlineData("*Report of the United Nations Conference on the Illicit Trade in Small Arms and Light Weapons in All Its Aspects, New York, 9–20 July 2001* (A/CONF.192/15), chap. IV, para. 24.")]
    [InlineData("See *2010 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, Final Document*, vol. I (NPT/CONF.2010/50 (Vol. I)).")]
    [InlineData("*Report of the United Nations Conference on Environment and Development, Rio de Janeiro, 3–14 June 1992*, vol. I, *Resolutions Adopted by the Conference* (United Nations publication, Sales No. E.93.I.8 and corrigendum), resolution 1, annex I.")]
    [InlineData("*Yearbook of the International Law Commission 1982*, vol. II (Part Two), paras. 24–26.")]
    [InlineData("S/PRST/2013/4; see *Resolutions and Decisions of the Security Council, 1 August 2013–31 July 2014* (S/INF/69).")]
    [InlineData("United Nations Educational, Scientific and Cultural Organization, *Records of the General Conference, Thirty-eighth Session, Paris, 3–18 November 2015*, vol. 1, *Resolutions*, annex II.")]
    [InlineData("*Guidelines and Principles for the Development of Disability Statistics* (United\u00A0Nations publication, Sales No. E.01.XVII.15).")]
    [InlineData("Resolution 70/1; and ibid., *Seventy-first Session, Supplement No. 1* (A/71/1).")]
    public void The_titles_of_a_note_are_found_where_the_UN_sets_its_italics(string printed)
    {
        var (note, titles) = Marked(printed);
        Assert.Equal(titles, NoteTitles.In(note).Select(t => note.Substring(t.Start, t.Length)).ToList());
    }

    [Theory]
    // A document of the Organization is cited by its symbol; only a publication's title is in italics.
    [InlineData("Report of the Secretary-General (A/75/123).")]
    [InlineData("A/75/123, annex.")]
    [InlineData("Resolution 70/1.")]
    [InlineData("Ibid., para. 5.")]
    [InlineData("Ibid., annex, sect. II.")]
    [InlineData("Ibid., chap. I, resolution 1.")]
    [InlineData("Ibid., A/75/7, para. 3.")]
    [InlineData("See A/76/688, annex.")]
    [InlineData("Note by the Secretariat entitled “List of non-Member States” (A/INF/75/3/Rev.1).")]
    [InlineData("International Maritime Organization, resolution MSC.385(94), annex.")]
    [InlineData("See the report of the Secretary-General (A/75/123), vol. I.")]
    public void A_note_that_names_no_publication_has_no_title(string note) =>
        Assert.Empty(NoteTitles.In(note));

    [Fact]
    public void A_note_of_no_words_has_no_title()
    {
        Assert.Empty(NoteTitles.In(string.Empty));
        Assert.Empty(NoteTitles.In("Ibid., "));
        Assert.Empty(NoteTitles.In("See "));
    }

    /// <summary>The note without its asterisks, and the text between each pair.</summary>
    private static (string Note, List<string> Titles) Marked(string printed)
    {
        var titles = new List<string>();
        var parts = printed.Split('*');
        for (var i = 1; i < parts.Length; i += 2)
        {
            titles.Add(parts[i]);
        }

        return (string.Concat(parts), titles);
    }
}

using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>
/// Notes the reading order sets apart from their numbers, whose lines end on a bracket or an abbreviation inside the
/// note ("… (NPT/CONF.1995/32 (Part I)", "… NPT/CONF.2010/50 (Vol."): a note goes on until it closes its brackets, so
/// the page's first note is not left over as the text's paragraph (<see cref="NoteBrackets"/>).
/// </summary>
public sealed class NoteBracketsInReadingOrderTests
{
    [Fact]
    public void A_note_whose_line_ends_on_a_closed_part_goes_on_until_its_brackets_close()
    {
        // A/RES/77/76's second page: one note, the line broken after "(Part I)", the paragraph cut by the page.
        var page = """
            Acknowledging that the Treaty on the Prohibition of Nuclear Weapons was adopted on 7 July
            2017, and noting that it was opened to signature by the Secretary-General of the United

            5

            2/5

            See 1995 Review and Extension Conference of the Parties to the Treaty on the
            Non-Proliferation of Nuclear Weapons, Final Document, Part I (NPT/CONF.1995/32 (Part I)
            and NPT/CONF.1995/32 (Part I)/Corr.2), annex.
            """;

        var gathered = GatheredPage.Of(page, firstNote: 5);

        Assert.Equal(6, gathered.Next);
        Assert.Equal(
            new[] { "5 See 1995 Review and Extension Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, Final Document, Part I (NPT/CONF.1995/32 (Part I) and NPT/CONF.1995/32 (Part I)/Corr.2), annex." },
            gathered.Notes);
        Assert.DoesNotContain(gathered.Text, line => line.Contains("Review and Extension", StringComparison.Ordinal));
    }

    [Fact]
    public void A_volume_abbreviation_at_a_lines_end_inside_brackets_ends_no_note()
    {
        // A/RES/76/44's first page: the last note's line ends on "(Vol.", whose brackets the next line closes.
        var page = """
            Recalling the Final Document of the 2010 Review Conference of the Parties to the Treaty on
            the Non-Proliferation of Nuclear Weapons,4 which reaffirmed the conviction that the
            establishment of nuclear-weapon-free zones contributes towards realizing the objectives of
            nuclear disarmament,3 and the Treaty,2 as a first special session,1

            1
            2
            3
            4

            1/3

            Resolution S-10/2.
            Official Records of the General Assembly, Fifty-fourth Session, Supplement No. 42
            (A/54/42), annex I.
            A/CONF.229/2017/8.
            2010 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear
            Weapons, Final Document, vols. I–III (NPT/CONF.2010/50 (Vol. I), NPT/CONF.2010/50 (Vol.
            II) and NPT/CONF.2010/50 (Vol. III)).
            """;

        var gathered = GatheredPage.Of(page, firstNote: 1);

        Assert.Equal(5, gathered.Next);
        Assert.Equal(
            new[]
            {
                "1 Resolution S-10/2.",
                "2 Official Records of the General Assembly, Fifty-fourth Session, Supplement No. 42 (A/54/42), annex I.",
                "3 A/CONF.229/2017/8.",
                "4 2010 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, Final Document, vols. I–III (NPT/CONF.2010/50 (Vol. I), NPT/CONF.2010/50 (Vol. II) and NPT/CONF.2010/50 (Vol. III)).",
            },
            gathered.Notes);
        Assert.DoesNotContain(gathered.Text, line => line.Contains("S-10/2", StringComparison.Ordinal));
    }

    [Fact]
    public void A_note_that_ends_on_its_closed_bracket_is_a_note_of_its_own()
    {
        // A note may end on a bracket without a full stop: closed, it ends there, and the line below opens the next note.
        var page = """
            Recalling the Rio Declaration on Environment and Development,1 and the Treaty,2

            1
            2

            1/2

            Report of the United Nations Conference on Environment and Development, Rio de Janeiro,
            3–14 June 1992, vol. I (A/CONF.151/26/Rev.1 (Vol. I))
            United Nations, Treaty Series, vol. 729, No. 10485.
            """;

        var gathered = GatheredPage.Of(page, firstNote: 1);

        Assert.Equal(
            new[]
            {
                "1 Report of the United Nations Conference on Environment and Development, Rio de Janeiro, 3–14 June 1992, vol. I (A/CONF.151/26/Rev.1 (Vol. I))",
                "2 United Nations, Treaty Series, vol. 729, No. 10485.",
            },
            gathered.Notes);
    }

    [Fact]
    public void Notes_whose_brackets_never_balance_are_told_apart_by_their_line_ends()
    {
        // A subparagraph cited by its label alone ("sect. IV, b).") closes a bracket it never opened: the brackets say
        // nothing, and the full stops part the notes as before.
        var page = """
            Recalling its resolution 70/1,1 and the report,2

            1
            2

            1/2

            A/74/23.
            Ibid., sect. IV, b).
            """;

        var gathered = GatheredPage.Of(page, firstNote: 1);

        Assert.Equal(new[] { "1 A/74/23.", "2 Ibid., sect. IV, b)." }, gathered.Notes);
    }

    [Theory]
    [InlineData("Non-Proliferation of Nuclear Weapons, Final Document, Part I (NPT/CONF.1995/32 (Part I)", 1)]
    [InlineData("II) and NPT/CONF.2010/50 (Vol. III)).", -2)]
    [InlineData("Resolution 217 A (III).", 0)]
    [InlineData("A/RES/75/1 [A/75/L.1].", 0)]
    public void Open_counts_the_brackets_a_line_leaves_open(string line, int open)
    {
        Assert.Equal(open, NoteBrackets.Open(new[] { line }));
    }
}

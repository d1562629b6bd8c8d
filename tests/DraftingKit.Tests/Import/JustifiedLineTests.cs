using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A justified line whose spaces the page stretched wide on a page laid out by pdftotext <c>-layout</c>
/// (<see cref="JustifiedLine"/>): alone among its paragraph's lines, run to the right edge, it is the paragraph's line
/// with its words one space apart, not a table's row; rows of a table keep their gaps. Lines from the corpus as
/// LibreOffice lays them out.
/// </summary>
public sealed class JustifiedLineTests
{
    /// <summary>A/RES/77/145, paragraph 6, and the paragraphs around it.</summary>
    private static readonly string[] Tokelau =
    {
        "      reliable Internet services, improved maritime transport infrastructure and services,",
        "      quality health care and education and support for the fisheries sector;",
        "6.    Takes note of the National Strategic Plan 2021–2026 of Tokelau, which further",
        "      prioritizes  good     governance,     human      and     infrastructure development,",
        "      telecommunication, transportation, sustainability and climate change adaptation, as an",
        "      important framework for the Territory’s sustainable future;",
        "7.    Acknowledges the ongoing and consistent commitment of New Zealand to meeting the",
    };

    [Fact]
    public void A_stretched_line_among_its_paragraphs_lines_has_its_words_one_space_apart()
    {
        var closed = JustifiedLine.Close(Tokelau, 92);

        Assert.Equal("      prioritizes good governance, human and infrastructure development,", closed[3]);
        Assert.Equal(Tokelau.Where((_, i) => i != 3), closed.Where((_, i) => i != 3));
    }

    [Fact]
    public void A_stretched_line_keeps_its_hanging_labels_gap()
    {
        // A/RES/75/134, paragraph 2 (a): the line a number bound to its noun ("20 fellowships") did not fit on.
        var lines = new[]
        {
            "                       (a)    The International      Law     Fellowship     Programme,      with      a   minimum   of",
            "                              20 fellowships;",
            "                       (b)    The United Nations Regional Courses in International Law for Africa, for Asia-",
        };

        Assert.Equal("                       (a)    The International Law Fellowship Programme, with a minimum of", JustifiedLine.Close(lines, 111)[0]);
    }

    [Fact]
    public void A_stretched_line_is_no_tables_row_in_the_pages_text()
    {
        var page = string.Join("\n", new[] { "                                                                  A/RES/77/145" }.Concat(Tokelau).Concat(Enumerable.Repeat("      social and economic requirements of the people of Tokelau, including through new", 4)).Concat(new[] { "\f" }));

        var text = LaidOutText.Paragraphs(page + page);

        Assert.Contains("prioritizes good governance, human and infrastructure development,", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\t", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_of_a_table_keep_their_gaps()
    {
        // A/RES/75/246: two rows one under the other, each set in columns.
        var rows = new[]
        {
            "                Action                 Title of post             Category             Number",
            "                New post               Chief of Business         P-5                  1",
        };

        Assert.Equal(rows, JustifiedLine.Close(rows, rows[0].Length));
    }

    [Fact]
    public void A_line_with_gaps_short_of_the_right_edge_keeps_them()
    {
        // A row of a table's last cells alone, ending far from the edge: no justified line.
        var lines = new[] { Tokelau[2], "      Total       net       changes", Tokelau[4] };

        Assert.Equal(lines, JustifiedLine.Close(lines, 92));
    }
}

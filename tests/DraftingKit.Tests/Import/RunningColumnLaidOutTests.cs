using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>
/// The column a laid-out page's running text goes on at, which tells a paragraph's first line set in from it: the
/// lines that go on a sentence stand there, though a page of short paragraphs sets more first lines than running lines
/// (S/RES/2635 (2022) as LibreOffice and pdftotext <c>-layout</c> print its first page).
/// </summary>
public sealed class RunningColumnLaidOutTests
{
    /// <summary>The first page of S/RES/2635 (2022): nine lines at the first lines' indent, eight at the running column.</summary>
    private static readonly string[] FirstPage =
    {
            "                                                                                       S/RES/2635 (2022)",
            "Security Council",
            "                                                                                          Distr.: General",
            "                                                                                          3 June 2022",
            "",
            "",
            "Resolution 2635 (2022)",
            "Adopted by the Security Council at its 9053rd meeting, on 3 June 2022",
            "",
            "                     The Security Council,",
            "                    Recalling its resolution 1970 (2011) imposing the arms embargo on Libya and all its",
            "               subsequent relevant resolutions,",
            "                     Recalling its resolutions 2292 (2016), 2357 (2017), 2420 (2018), 2473 (2019), 2526",
            "               (2020) and 2578 (2021) concerning the strict implementation of the arms embargo on the high",
            "               seas off the coast of Libya,",
            "                     Reaffirming its resolution 2570 (2021),",
            "                     Recognizing the important role of neighbouring countries and regional organizations,",
            "                     Mindful of its primary responsibility for the maintenance of international peace and",
            "               security under the Charter of the United Nations,",
            "                     Reaffirming its determination that terrorism, in all forms and manifestations, constitutes",
            "               one of the most serious threats to peace and security,",
            "                     Acting under Chapter VII of the Charter of the United Nations,",
    };

    /// <summary>The paragraphs <see cref="LaidOutText"/> gives back, each one's lines trimmed and joined.</summary>
    private static List<string> Paragraphs(IEnumerable<string> lines) => LaidOutParagraphs.Of(string.Join("\n", lines) + "\n\f");

    [Fact]
    public void One_line_paragraphs_stand_apart_where_first_lines_outnumber_running_lines()
    {
        var paragraphs = Paragraphs(FirstPage);

        Assert.Contains("Reaffirming its resolution 2570 (2021),", paragraphs);
        Assert.Contains("Recognizing the important role of neighbouring countries and regional organizations,", paragraphs);
        Assert.Contains("Mindful of its primary responsibility for the maintenance of international peace and security under the Charter of the United Nations,", paragraphs);
    }

    [Fact]
    public void A_paragraphs_running_lines_stay_with_its_first_line()
    {
        var paragraphs = Paragraphs(FirstPage);

        Assert.Contains("Recalling its resolutions 2292 (2016), 2357 (2017), 2420 (2018), 2473 (2019), 2526 (2020) and 2578 (2021) concerning the strict implementation of the arms embargo on the high seas off the coast of Libya,", paragraphs);
        Assert.Equal("Acting under Chapter VII of the Charter of the United Nations,", paragraphs.Last());
    }
}

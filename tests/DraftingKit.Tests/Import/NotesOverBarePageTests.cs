using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A draft printed bare (no running header, no page number), as a report's draft resolutions come out of Word:
/// pdftotext's layout puts the next page's first line right under the last line of the page's notes. The notes end
/// at their page's foot; the next page's text is the rest of the paragraph the page cut, not more of the last note.
/// </summary>
public sealed class NotesOverBarePageTests
{
    /// <summary>The foot of the first page of the draft on the follow-up to the Thirteenth Congress (A/72/..., draft resolution I).</summary>
    private static readonly string[] FirstPage =
    {
        "Draft resolution I",
        "",
        "Follow-up to the Thirteenth United Nations Congress on",
        "Crime Prevention and Criminal Justice",
        "       The General Assembly,",
        "      Recalling its resolution 56/119 of 19 December 2001 on the role, function, periodicity",
        "and duration of the United Nations congresses on the prevention of crime and the treatment of",
        "offenders, in which it stipulated the guidelines in accordance with which, beginning in 2005,",
        "the congresses, pursuant to paragraphs 29 and 30 of the statement of principles and",
        "programme of action of the United Nations crime prevention and criminal justice",
        "programme,1 should be held,",
        "     Recalling also its resolution 62/173 of 18 December 2007, in which it endorsed the",
        "recommendations made by the Intergovernmental Group of Experts on Lessons Learned from",
        "United Nations Congresses on Crime Prevention and Criminal Justice at its meeting held in",
        "Bangkok from 15 to 18 August 2006,2",
        "      Recalling further its resolution 70/174 of 17 December 2015, in which it requested the",
        "Commission on Crime Prevention and Criminal Justice to review the implementation of the",
        "Doha Declaration under the standing item on its agenda entitled “Follow-up to the Thirteenth",
        "1",
        "    Resolution 46/152, annex.",
        "2",
        "    See E/CN.15/2007/6, chap. IV.",
    };

    /// <summary>The text as imported, in the outline the figures compare.</summary>
    private static string Outline(string text) => CarriedModel.AsPrintedText(UnDocumentImporter.ImportText("draft.txt", text).Texts.Single().Document);

    [Fact]
    public void The_next_pages_first_line_goes_on_the_paragraph_the_page_cut_not_the_last_note()
    {
        var text = string.Join("\n", FirstPage) + "\n\f" + string.Join("\n",
            "      United Nations Congress on Crime Prevention and Criminal Justice”, and welcomed with",
            "      appreciation the offer of the Government of Japan to act as host to the Fourteenth Congress,",
            "             Reaffirming the commitment expressed by Member States in the Doha Declaration,",
            "") + "\f";

        var outline = Outline(text);

        Assert.Contains("See E/CN.15/2007/6, chap. IV.\n", outline, StringComparison.Ordinal);
        Assert.Contains("entitled “Follow-up to the Thirteenth United Nations Congress on Crime Prevention and Criminal Justice”, and welcomed with appreciation the offer of the Government of Japan to act as host to the Fourteenth Congress,\n", outline, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_that_opens_the_next_page_stands_apart_from_the_notes()
    {
        var lines = FirstPage.ToList();
        lines[lines.Count - 5] = "Doha Declaration under the standing item on its agenda,";
        var text = string.Join("\n", lines) + "\n\f" + string.Join("\n",
            "             Reaffirming the commitment expressed by Member States in the Doha Declaration to",
            "      endeavour to mainstream a gender perspective into their criminal justice systems,",
            "") + "\f";

        var outline = Outline(text);

        Assert.Contains("See E/CN.15/2007/6, chap. IV.\n", outline, StringComparison.Ordinal);
        Assert.Contains(": Reaffirming the commitment expressed by Member States in the Doha Declaration to endeavour to mainstream a gender perspective into their criminal justice systems,\n", outline, StringComparison.Ordinal);
    }
}

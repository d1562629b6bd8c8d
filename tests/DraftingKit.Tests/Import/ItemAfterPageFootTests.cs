using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>
/// In a PDF's reading order, an item after a page's foot whose label follows the one its paragraph above opened with
/// opens the next item of the list, whatever the item above ended with: "… Yemeni law, and" (S/RES/2505 (2020)),
/// "… to counter terrorism," (S/RES/2628 (2022)), "…; and," (S/RES/2767 (2024)), and so does a printed mark ("ii. removing administrative and bureaucratic restrictions
/// and," / "iii. protecting humanitarian actors …", S/RES/2657 (2022)). A label that follows none stays the sentence's
/// where the page cut it.
/// </summary>
public sealed class ItemAfterPageFootTests
{
    private static string[] RunOn(string above, string below) =>
        FlowingPageBreak.RunOn(string.Join("\n", "(c)  to work with the parties so that the security of the city of Hodeidah is assured", above, string.Empty, "---", string.Empty, below), (_, _) => false).Split('\n');

    [Theory]
    [InlineData("(c)  by local security forces in accordance with Yemeni law, and", "(d)  to facilitate and coordinate United Nations support;")]
    [InlineData("(c)  reports to the Committee on efforts to counter terrorism,", "(d)  efforts to promote terrorist disengagement and defections,")]
    [InlineData("(c)  and remedial action, to ensure accountability; and,", "(d)  support the FGS with the implementation of the SSDP;")]
    public void The_next_label_after_a_page_foot_opens_its_item(string above, string below)
    {
        var lines = RunOn(above, below);

        Assert.Equal(above, lines[1]);
        Assert.Equal(below, lines[^1]);
    }

    [Theory]
    [InlineData("(c)  by local security forces in accordance with Yemeni law, and", "(e)  deadline of the Sendai Framework;")]
    [InlineData("(c)  reports to the Committee on efforts to counter terrorism,", "(c)  to take note of the report;")]
    public void A_label_that_follows_none_goes_on_the_sentence(string above, string below)
    {
        var lines = RunOn(above, below);

        Assert.StartsWith(above + " " + below.Substring(0, 3), lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("(vi)  efforts to counter terrorism,", "(vii)  efforts to promote")]
    [InlineData("(z)  the last of the letters;", "(aa)  the next")]
    [InlineData("(b)  on the mandate, and", "(c)  to facilitate")]
    [InlineData("ii. removing administrative and bureaucratic restrictions and,", "iii. protecting humanitarian actors and communities from any retribution or punitive")]
    [InlineData("a. demands that all parties allow and facilitate, in accordance with applicable", "b. underlines the importance of transparency")]
    [InlineData("(iv) To provide technical assistance,", "v) To foster a secure environment")]
    public void A_label_follows_the_one_its_paragraph_opened_with(string paragraph, string below) =>
        Assert.True(FlowingPageBreak.NextItem(paragraph, below));

    [Theory]
    [InlineData("Requests the Secretary-General to report on", "(a)  to take note")]
    [InlineData("(b)  on the mandate, and", "(d)  to facilitate")]
    [InlineData("(b)  on the mandate, and", "to facilitate")]
    [InlineData("ii. removing administrative and bureaucratic restrictions and,", "iv. protecting humanitarian actors")]
    [InlineData("ii. removing administrative and bureaucratic restrictions and,", "v. Russian Federation")]
    [InlineData("Strongly condemns any misuse or obstruction of humanitarian assistance, and:", "b. underlines the importance")]
    public void Nothing_follows_where_the_labels_do_not(string paragraph, string below) =>
        Assert.False(FlowingPageBreak.NextItem(paragraph, below));
}

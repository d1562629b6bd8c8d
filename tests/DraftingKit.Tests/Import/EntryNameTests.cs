using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A sanctions annex's entry: a listed person's name alone over paragraphs that each open with it (S/RES/2564 (2021),
/// annex). The name is text, no title of the annex; in reading order, a line that opens with it after a unit's end opens
/// the entry's next paragraph.
/// </summary>
public sealed class EntryNameTests
{
    private const string Name = "Sultan Saleh Aida Aida Zabin";

    [Theory]
    [InlineData(Name, Name + " has engaged in acts that threaten the peace, security and", true)]
    [InlineData(Name, "Jimmy Cherizier has engaged in acts", false)]
    [InlineData(Name, Name, false)]
    [InlineData("Information gathering (four months)", "Upon receipt of a delisting request, the Ombudsperson shall:", false)]
    [InlineData("Decides to remain seized", "Decides to remain seized of the matter.", false)]
    [InlineData("the Government of Iraq", "the Government of Iraq shall", false)]
    [InlineData(Name + ",", Name + ", has engaged", false)]
    public void A_name_is_what_the_text_under_it_opens_with(string line, string next, bool names) =>
        Assert.Equal(names, EntryName.Names(line, next));

    [Fact]
    public void A_line_that_opens_with_the_name_after_a_units_end_opens_a_paragraph()
    {
        var lines = new[]
        {
            "Annex",
            Name,
            Name + " has engaged in acts that threaten the peace, security and",
            "human rights abuses in Yemen,",
            Name + " is the director of the Criminal Investigation Department",
            "(CID) in Sanaa. He has played a prominent role in a policy of intimidation and use of",
            "the acts of " + Name + " and others",
        };

        var opens = EntryName.Openings(lines, FlowingText.EndsUnit);

        Assert.Equal(new[] { false, false, false, false, true, false, false }, opens);
    }

    [Fact]
    public void The_name_under_an_annexs_designation_is_text_and_its_paragraphs_part_in_reading_order()
    {
        var text = string.Join("\n",
            "The Security Council,",
            "Recalling its previous resolutions,",
            "1.",
            "",
            "Decides to remain actively seized of the matter.",
            "Annex",
            Name,
            Name + " has engaged in acts that threaten the peace, security and",
            "stability of Yemen, including violations of applicable international humanitarian law and",
            "human rights abuses in Yemen,",
            Name + " is the director of the Criminal Investigation Department",
            "(CID) in Sanaa.");

        var document = Assert.Single(UnDocumentImporter.ImportText("S-RES-2564-2021.txt", text).Texts).Document;

        var outline = CarriedModel.AsPlainText(document).Split('\n');
        Assert.DoesNotContain(outline, line => line.Contains("title: " + Name, StringComparison.Ordinal));
        Assert.Contains(outline, line => line.Trim() == "body text -: " + Name);
        Assert.Contains(outline, line => line.Trim().StartsWith("body text -: " + Name + " is the director", StringComparison.Ordinal));
    }
}

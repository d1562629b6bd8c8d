using DraftingKit.Model;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A number set apart that looks like the next note's raised number is the text's own when that note's marker stands
/// glued further on, before the next note's (<see cref="DraftingKit.Import.GluedFurtherOn"/>).
/// </summary>
public sealed class GluedFurtherOnMarkerTests
{
    private static ResolutionDocument ImportOne(string body, params string[] notes) => NoteLayer.ImportOne("Cooperation", body, notes);

    [Fact]
    public void A_texts_number_before_the_notes_glued_marker_stays_the_texts()
    {
        // A/RES/77/120: "priority 5," is the thematic priority's number; note 5's marker is glued to "workplan,".
        var document = ImportOne(
            "Noting with appreciation the Expert Group on Space and Global Health, UNISPACE+50 thematic priority 1, on strengthened space cooperation for global health, and welcoming its report on the work conducted under its multi-year workplan,1\n\n1. Decides to continue;",
            "A/AC.105/C.1/121.");

        Assert.Equal("Noting with appreciation the Expert Group on Space and Global Health, UNISPACE+50 thematic priority 1, on strengthened space cooperation for global health, and welcoming its report on the work conducted under its multi-year workplan,[1]", NoteLayer.Marked(document)[0]);
    }

    [Fact]
    public void A_raised_number_set_apart_stays_a_marker_when_the_same_number_glued_comes_after_the_next_notes()
    {
        // The "1" glued after "resolution 75/92,2 and" … "annex,1" is a later reference; the next note's marker comes first.
        var document = ImportOne(
            "Recalling the Declaration, 1 and its resolution 75/92,2 and the Agreement, annex,1\n\n1. Decides to continue;",
            "Resolution 217 A (III).",
            "A/75/20.");

        Assert.StartsWith("Recalling the Declaration,[1] and its resolution 75/92,[2]", NoteLayer.Marked(document)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_glued_after_a_capital_names_a_group_and_leaves_the_marker_set_apart()
    {
        // "G20" is the Group of Twenty, not note 20's marker: the marker set apart after "Nations," stays.
        var notes = Enumerable.Range(1, 20).Select(n => "A/75/" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".").ToArray();
        var body = string.Concat(Enumerable.Range(1, 19).Select(n => "Recalling its resolution 7" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/1," + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n\n"))
            + "Welcoming the cooperation of the United Nations, 20 and noting the G20 Action Plan,\n\n1. Decides to continue;";

        var document = ImportOne(body, notes);

        Assert.Contains(NoteLayer.Marked(document), paragraph => paragraph.StartsWith("Welcoming the cooperation of the United Nations,[20] and noting the G20 Action Plan,", StringComparison.Ordinal));
    }
}

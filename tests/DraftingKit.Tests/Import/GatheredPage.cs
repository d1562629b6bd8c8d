using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A page in a PDF's reading order (pdftotext without <c>-layout</c>) with its notes gathered at its foot as the
/// importer gathers them (<see cref="FlowingNotes"/>): the page's text, the rule line, then the notes as "n text".
/// </summary>
internal sealed class GatheredPage
{
    /// <summary>The rule line <see cref="FlowingNotes"/> sets between the page's text and its notes.</summary>
    public const string Rule = "__________________";

    private GatheredPage(List<string> lines, int next)
    {
        Lines = lines;
        Next = next;
    }

    /// <summary>The page's lines as gathered: its text, then the rule line and the notes when it has any.</summary>
    public List<string> Lines { get; }

    /// <summary>The number the next page's first note must have.</summary>
    public int Next { get; }

    /// <summary>The page's notes, "n text", each on one line.</summary>
    public string[] Notes => Lines.SkipWhile(line => line != Rule).Skip(1).Where(line => line.Length > 0).ToArray();

    /// <summary>The page's text: its lines above the rule line.</summary>
    public List<string> Text => Lines.TakeWhile(line => line != Rule).ToList();

    /// <summary>Gathers the notes of <paramref name="page"/>, whose first note must have the number <paramref name="firstNote"/>.</summary>
    public static GatheredPage Of(string page, int firstNote)
    {
        var next = firstNote;
        var lines = FlowingNotes.Gather(page.Split('\n'), ref next, FlowingTextLayerImportTests.OpensByLead);
        return new GatheredPage(lines, next);
    }
}

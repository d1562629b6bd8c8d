using DraftingKit.Import;
using DraftingKit.Model;

namespace DraftingKit.Tests.Import;

/// <summary>
/// What a text layer's import brings back of the texts it was printed from: texts whole, footnotes kept, paragraph
/// kinds kept in order from the top; and, for each text not whole, its first difference.
/// </summary>
internal sealed class TextLayerFigures
{
    private readonly Func<ResolutionDocument, string> outline;
    private readonly Func<ResolutionDocument, string> outlineAsRead;

    /// <param name="outline">The outline of the UN's text as the layer carries it.</param>
    /// <param name="outlineAsRead">The outline of the import the same way, with what the UN's side drops as unprinted kept.</param>
    /// <param name="asPrinted">
    /// False for a source that holds the UN's characters, not a print of them (a Word file): the UN's slips
    /// (<see cref="PrintedSlips"/>) are expected back as the UN's file writes them.
    /// </param>
    public TextLayerFigures(Func<ResolutionDocument, string> outline, Func<ResolutionDocument, string> outlineAsRead, bool asPrinted = true)
    {
        this.outline = outline;
        this.outlineAsRead = outlineAsRead;
        this.asPrinted = asPrinted;
    }

    private readonly bool asPrinted;

    public int Texts { get; private set; }

    public int Whole { get; private set; }

    public int Notes { get; private set; }

    public int NotesKept { get; private set; }

    public int Kinds { get; private set; }

    public int KindsKept { get; private set; }

    /// <summary>Each listed UN slip (<see cref="PrintedSlips"/>) its text no longer holds.</summary>
    public List<string> StaleSlips { get; } = new();

    /// <summary>"file: difference" for each text not whole.</summary>
    public List<string> Failures { get; } = new();

    public void Add(string file, ResolutionDocument original, ImportResult result)
    {
        Texts++;
        var expected = asPrinted ? PrintedSlips.AsPrinted(Path.GetFileName(file), outline(original), StaleSlips) : outline(original);
        var expectedKinds = KindsOf(expected);
        var expectedNotes = NotesOf(expected);
        Notes += expectedNotes.Count;
        Kinds += expectedKinds.Count;
        if (result.Texts.Count != 1)
        {
            Failures.Add(Path.GetFileName(file) + ": " + result.Texts.Count + " texts");
            return;
        }

        var actual = outlineAsRead(result.Texts[0].Document);
        var actualNotes = NotesOf(actual);
        NotesKept += expectedNotes.Count(actualNotes.Contains);
        KindsKept += expectedKinds.Zip(KindsOf(actual), (a, b) => a == b).TakeWhile(same => same).Count();
        if (expected == actual)
        {
            Whole++;
        }
        else
        {
            Failures.Add(Path.GetFileName(file) + ": " + RenderedOutputImportTests.FirstDifference(expected, actual));
        }
    }

    /// <summary>True when every figure reaches its floor and every listed slip is still found.</summary>
    public bool Reach((int Whole, int Notes, int Kinds) floor) => StaleSlips.Count == 0 && Whole >= floor.Whole && NotesKept >= floor.Notes && KindsKept >= floor.Kinds;

    public override string ToString() => $"{Whole} of {Texts} texts whole; footnotes {NotesKept} of {Notes}; paragraph kinds {KindsKept} of {Kinds}"
        + string.Concat(StaleSlips.Select(stale => "\n" + stale));

    /// <summary>The kind of every block of the outline, in order ("preamble paragraph", "operative paragraph 3.", "item (a)").</summary>
    private static List<string> KindsOf(string outline) => outline.Split('\n')
        .Where(line => line.StartsWith("  ", StringComparison.Ordinal))
        .Select(line => line.Substring(0, Math.Max(0, line.IndexOf(':'))))
        .ToList();

    private static HashSet<string> NotesOf(string outline) => outline.Split('\n')
        .Where(line => line.StartsWith("footnote ", StringComparison.Ordinal))
        .ToHashSet(StringComparer.Ordinal);
}

using DraftingKit.Templates;

namespace DraftingKit.Rules;

/// <summary>Every "[^label]" of the template body, references and definitions, with their offsets.</summary>
internal static class FootnoteMarkers
{
    // The reader's scan: one grammar of a marker for the reader and the renumbering fix.
    public static IEnumerable<(string Label, int LabelStart)> All(string source)
    {
        var markers = FootnoteMarkerScan.Find(source);
        var found = new List<(string, int)>(markers.Count);
        foreach (var marker in markers)
        {
            found.Add((marker.Label(source), marker.LabelStart));
        }

        return found;
    }
}

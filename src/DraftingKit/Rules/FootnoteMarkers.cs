using System.Text.RegularExpressions;

namespace DraftingKit.Rules;

/// <summary>Every "[^label]" of the template body, references and definitions, with their offsets.</summary>
internal static class FootnoteMarkers
{
    private static readonly Regex Marker = new(@"\[\^(?<label>[^\[\]\s]+)\]", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static IEnumerable<(string Label, int LabelStart)> All(string source)
    {
        var found = new List<(string, int)>();
        try
        {
            foreach (Match match in Marker.Matches(source))
            {
                var label = match.Groups["label"];
                found.Add((label.Value, label.Index));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological text gets no renumbering fix rather than a hang.
            found.Clear();
        }

        return found;
    }
}

using DraftingKit.Model;

namespace DraftingKit.Import;

/// <summary>
/// The organ whose text it is, read from the text itself: its first enacting formula (<see cref="FirstFormula"/>) or,
/// without one, a masthead that begins with its resolutions' symbol ("S/RES/2600 (2021)"). Its spelling is the one
/// the text follows where the organs differ ("longstanding" in the Council, "long-standing" in the Assembly).
/// </summary>
internal static class WritingOrgan
{
    /// <summary>The organ <paramref name="text"/> is a text of; null when no formula or masthead says.</summary>
    public static Organ? Of(string text)
    {
        if (FirstFormula.TryRead(text, out var organ, out _))
        {
            return organ;
        }

        var lines = text.Split('\n').Select(line => line.Trim());
        return Organ.Known.FirstOrDefault(known => known.ResolutionSymbolPrefix is { } prefix && lines.Any(line => line.StartsWith(prefix, StringComparison.Ordinal)));
    }
}

using DraftingKit.Model;

namespace DraftingKit.Import;

/// <summary>
/// The organ whose text it is, read from the text itself: the line of its enacting formula ("The Security Council,")
/// or, without one, a masthead that begins with its resolutions' symbol ("S/RES/2600 (2021)"). Its spelling is the
/// one the text follows where the organs differ ("longstanding" in the Council, "long-standing" in the Assembly).
/// </summary>
internal static class WritingOrgan
{
    /// <summary>The organ <paramref name="text"/> is a text of; null when no formula or masthead says.</summary>
    public static Organ? Of(string text)
    {
        var lines = text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToList();
        var formula = Organ.Known.FirstOrDefault(organ => lines.Any(line => line == organ.FormulaSubject + ","));
        return formula ?? Organ.Known.FirstOrDefault(organ => organ.ResolutionSymbolPrefix is { } prefix && lines.Any(line => line.StartsWith(prefix, StringComparison.Ordinal)));
    }
}

using DraftingKit.Model;

namespace DraftingKit.Import;

/// <summary>
/// The titles under "Agenda items 14 and 122": the cover prints each item's title on a line of its own (the UN's
/// A/RES/75/290 B: "Integrated and coordinated implementation … related fields", then "Follow-up to the outcome of
/// the Millennium Summit"), and a PDF's text layer may break a long title over lines. The items line says how many
/// titles there are; the lines are cut where a title ends.
/// </summary>
internal static class AgendaTitleLines
{
    // Words a title does not end on, in the languages whose header words the project holds (HeaderWording): a line
    // ending so goes on in the next. French as the UN's French covers print titles ("Application et suivi intégrés et
    // coordonnés des textes issus des grandes conférences …", A/RES/75/274 in French).
    private static readonly HashSet<string> Connectives = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "as", "at", "between", "by", "for", "from", "in", "including", "into", "its", "of", "on", "or",
        "the", "their", "to", "under", "with",
        "à", "au", "aux", "d’", "dans", "de", "des", "du", "en", "entre", "et", "l’", "la", "le", "les", "ou", "par", "pour",
        "sur", "y",
    };

    // ", " and each language's word for the last two ("14 and 122", "14 et 122"), with the serial comma before it.
    private static readonly string[] ItemSeparators = HeaderWording.All
        .SelectMany(words => new[] { "," + words.And, words.And })
        .Append(", ")
        .Distinct()
        .ToArray();

    /// <summary>How many items the agenda line names: "106" one, "14 and 122" or "14 et 122" two, "14, 15 and 122" three.</summary>
    public static int ItemCount(string items) =>
        items.Split(ItemSeparators, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>
    /// The <paramref name="count"/> titles <paramref name="lines"/> print: a line each when there are as many lines as
    /// titles; otherwise a title ends before a line that opens with a capital, after a line that does not end on a
    /// connective ("of the", a comma), and of such places the ones after the shortest lines (a title's last line leaves
    /// room; a line broken to fit the page is full).
    /// </summary>
    public static IReadOnlyList<string> Titles(IReadOnlyList<string> lines, int count)
    {
        if (count <= 1 || lines.Count <= 1)
        {
            return new[] { string.Join(" ", lines) };
        }

        if (lines.Count <= count)
        {
            return lines;
        }

        var ends = Enumerable.Range(1, lines.Count - 1)
            .Where(next => OpensTitle(lines[next]) && !EndsOnConnective(lines[next - 1]))
            .OrderBy(next => lines[next - 1].Length)
            .ThenBy(next => next)
            .Take(count - 1)
            .OrderBy(next => next)
            .ToList();
        var titles = new List<string>(ends.Count + 1);
        var start = 0;
        foreach (var end in ends.Append(lines.Count))
        {
            titles.Add(string.Join(" ", lines.Skip(start).Take(end - start)));
            start = end;
        }

        return titles;
    }

    private static bool OpensTitle(string line) => line.Length > 0 && (char.IsUpper(line[0]) || char.IsDigit(line[0]));

    private static bool EndsOnConnective(string line)
    {
        var trimmed = line.TrimEnd();
        if (trimmed.Length == 0 || trimmed[trimmed.Length - 1] is ',' or ';' or ':' or '-' or '–' or '(' or '/')
        {
            return true;
        }

        var space = trimmed.LastIndexOf(' ');
        return Connectives.Contains(trimmed.Substring(space + 1));
    }
}

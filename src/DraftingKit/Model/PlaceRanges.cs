using System.Globalization;
using System.Text;

namespace DraftingKit.Model;

/// <summary>
/// Places in reading order, counted from 1, as a template's front matter writes them: "3-4 9" for 3, 4 and 9
/// (<c>akn-subparagraph-forms</c>, <c>akn-heading-forms</c>).
/// </summary>
internal static class PlaceRanges
{
    /// <summary>"3-4 9" for the places 3, 4 and 9, given in rising order.</summary>
    public static string Write(IReadOnlyList<int> places)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < places.Count; i++)
        {
            var start = places[i];
            while (i + 1 < places.Count && places[i + 1] == places[i] + 1)
            {
                i++;
            }

            builder.Append(builder.Length == 0 ? string.Empty : " ").Append(start.ToString(CultureInfo.InvariantCulture));
            if (places[i] != start)
            {
                builder.Append('-').Append(places[i].ToString(CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>The places of "3-4" and "9"; false when a range is not one or two numbers from 1 in rising order.</summary>
    public static bool TryRead(IEnumerable<string> ranges, out List<int> places)
    {
        places = new List<int>();
        foreach (var range in ranges)
        {
            var ends = range.Split('-');
            if (ends.Length > 2 || !int.TryParse(ends[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
                || !int.TryParse(ends[ends.Length - 1], NumberStyles.None, CultureInfo.InvariantCulture, out var last)
                || first < 1 || last < first || last - first > 100_000)
            {
                return false;
            }

            for (var place = first; place <= last; place++)
            {
                places.Add(place);
            }
        }

        return true;
    }
}

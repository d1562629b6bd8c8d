#if NET
using System.Buffers;
#endif

namespace DraftingKit.Text;

/// <summary>
/// A fixed set of strings searched for all at once, ordinal: the cheap test that rules a stretch of text out before
/// a pattern built from the same strings reads it (a pattern cannot match where none of its literals stands). On
/// .NET 10 one vectorized multi-string search; on netstandard2.0 one ordinal search per string.
/// </summary>
internal sealed class Literals
{
#if NET
    private readonly SearchValues<string> values;
#else
    private readonly string[] values;
#endif

    public Literals(IEnumerable<string> strings)
    {
        var distinct = new List<string>(new HashSet<string>(strings, StringComparer.Ordinal));
        distinct.RemoveAll(s => s.Length == 0);
#if NET
        values = SearchValues.Create(distinct.ToArray(), StringComparison.Ordinal);
#else
        values = distinct.ToArray();
#endif
    }

    /// <summary>
    /// The first offset at or after <paramref name="start"/> where one of the strings begins in
    /// <paramref name="text"/>, or -1.
    /// </summary>
    public int IndexIn(string text, int start)
    {
        if (start >= text.Length)
        {
            return -1;
        }

#if NET
        var found = text.AsSpan(start).IndexOfAny(values);
        return found < 0 ? -1 : start + found;
#else
        var first = -1;
        foreach (var value in values)
        {
            var at = text.IndexOf(value, start, StringComparison.Ordinal);
            if (at >= 0 && (first < 0 || at < first))
            {
                first = at;
            }
        }

        return first;
#endif
    }

    /// <summary>True when at least one of the strings stands somewhere in <paramref name="text"/>.</summary>
    public bool AnyIn(string text)
    {
#if NET
        return text.AsSpan().IndexOfAny(values) >= 0;
#else
        foreach (var value in values)
        {
            if (text.IndexOf(value, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
#endif
    }
}

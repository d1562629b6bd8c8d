using System.IO;
using System.Reflection;
using System.Text;
using DraftingKit.Model;

namespace DraftingKit.Reports;

/// <summary>One form of a State's name and the days it is in use: "Turkey" until 31 May 2022, "Türkiye" from 1 June 2022.</summary>
/// <param name="Name">The name as a sponsor list prints it, with "the" where the UN writes it ("the Bahamas").</param>
/// <param name="From">The first day the form is in use, or null when it was in use before any document checked.</param>
/// <param name="Until">The last day the form is in use, or null when it still is.</param>
/// <param name="IsObserver">True for a non-member observer State (the Holy See, the State of Palestine).</param>
/// <param name="SortKey">What the UN orders a list by: the name without its article, folded to plain lower-case letters.</param>
/// <param name="RenamedTo">The form that follows this one, when the State changed its name.</param>
/// <param name="Source">Where the dates come from.</param>
public sealed record StateName(string Name, UnDate? From, UnDate? Until, bool IsObserver, string SortKey, string? RenamedTo, string Source)
{
    /// <summary>True when the form is the one in use on <paramref name="date"/>.</summary>
    public bool InUseOn(UnDate date) => (From is not { } from || from.CompareTo(date) <= 0) && (Until is not { } until || date.CompareTo(until) <= 0);
}

/// <summary>
/// The names of the UN's Member States and observer States, with the dates names changed
/// (<c>member-states.tsv</c>, built by <c>scripts/states/build_member_states.py</c> from the curated
/// <c>scripts/states/member-states.source.tsv</c>, which cites the UN's list of Member States).
/// </summary>
public sealed class StateNames
{
    private static readonly Lazy<StateNames> LazyDefault = new(Load);
    private readonly Dictionary<string, StateName> byName;
    private readonly Dictionary<string, List<StateName>> byBareName;

    private StateNames(IReadOnlyList<StateName> names)
    {
        Names = names;
        byName = new Dictionary<string, StateName>(StringComparer.Ordinal);
        byBareName = new Dictionary<string, List<StateName>>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            byName[name.Name] = name;
            var bare = WithoutArticle(name.Name);
            if (!byBareName.TryGetValue(bare, out var list))
            {
                byBareName[bare] = list = new List<StateName>();
            }

            list.Add(name);
        }
    }

    /// <summary>The embedded list.</summary>
    public static StateNames Default => LazyDefault.Value;

    /// <summary>Every name form, in the order of the source.</summary>
    public IReadOnlyList<StateName> Names { get; }

    /// <summary>The name form written exactly as <paramref name="name"/>, or null.</summary>
    public StateName? Find(string name) => byName.TryGetValue(name, out var found) ? found : null;

    /// <summary>The forms that differ from <paramref name="name"/> only in the article or in case ("Bahamas" → "the Bahamas").</summary>
    public IReadOnlyList<StateName> FindIgnoringArticle(string name) =>
        byBareName.TryGetValue(WithoutArticle(name), out var list) ? list : Array.Empty<StateName>();

    /// <summary>The form of the same State in use on <paramref name="date"/>, following its changes of name; null when none is.</summary>
    public StateName? InUseOn(StateName name, UnDate date)
    {
        var current = name;
        for (var guard = 0; guard < 5 && !current.InUseOn(date); guard++)
        {
            if (current.RenamedTo is not { } next || Find(next) is not { } renamed)
            {
                return null;
            }

            current = renamed;
        }

        return current.InUseOn(date) ? current : null;
    }

    /// <summary>The form that <paramref name="name"/> replaced, when it is a new name ("Türkiye" → "Turkey").</summary>
    public StateName? Predecessor(StateName name)
    {
        foreach (var candidate in Names)
        {
            if (candidate.RenamedTo == name.Name)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The key the UN orders a sponsor list by: the name without "the", accents folded, in lower case.</summary>
    public static string SortKeyOf(string name) => Fold(WithoutArticle(name));

    /// <summary>"the Bahamas" → "Bahamas".</summary>
    public static string WithoutArticle(string name) =>
        name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name.Substring(4) : name;

    // The accented letters of the names, folded by a table rather than Unicode normalization, which the invariant
    // globalization mode of some hosts does not perform.
    private const string Accented = "àáâãäåāçèéêëìíîïñòóôõöøùúûüýÿ";
    private const string Plain = "aaaaaaaceeeeiiiinoooooouuuuyy";

    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            var index = Accented.IndexOf(lower);
            builder.Append(index >= 0 ? Plain[index] : lower);
        }

        return builder.ToString();
    }

    private static StateNames Load()
    {
        var names = new List<StateName>();
        using var stream = typeof(StateNames).GetTypeInfo().Assembly.GetManifestResourceStream("DraftingKit.Reports.member-states.tsv")
            ?? throw new InvalidOperationException("The list of State names is missing from the engine assembly.");
        using var reader = new StreamReader(stream);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            string Cell(int i) => i < cells.Length ? cells[i] : string.Empty;
            var sort = Cell(4).Length > 0 ? Fold(Cell(4)) : SortKeyOf(Cell(0));
            names.Add(new StateName(Cell(0), Date(Cell(1)), Date(Cell(2)), Cell(3) == "observer", sort, Cell(5).Length > 0 ? Cell(5) : null, Cell(6)));
        }

        return new StateNames(names);
    }

    private static UnDate? Date(string text) => text.Length > 0 && UnDate.TryParse(text, out var date) ? date : null;
}

using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Analyzers.Generation;

/// <summary>
/// Finds templates that would generate the same class (or the same hint name, which the compiler refuses):
/// returns one <see cref="GenerationProblem"/> per template involved, naming the other file. Paths are
/// compared in ordinal order so that the result does not depend on the order the files arrive in.
/// </summary>
internal static class NameClashes
{
    public static EquatableArray<GenerationProblem> Find(ImmutableArray<(string Path, string Namespace, string ClassName, string HintName)> names)
    {
        var byName = new Dictionary<string, List<(string Path, string Name)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (path, @namespace, className, hintName) in names)
        {
            // A hint name follows the class name, except that a symbol keeps its dots and dashes: two different
            // classes can then share a hint name ("A/C.3" and "A/C_3"), which the compiler would refuse.
            Add(byName, "type:" + @namespace + "." + className, path, @namespace + "." + className);
            Add(byName, "hint:" + hintName, path, @namespace + "." + className);
        }

        var problems = new SortedDictionary<string, GenerationProblem>(StringComparer.Ordinal);
        foreach (var entry in byName.Values)
        {
            if (entry.Count < 2)
            {
                continue;
            }

            entry.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
            for (var i = 0; i < entry.Count; i++)
            {
                var other = entry[i == 0 ? 1 : 0];
                if (problems.ContainsKey(entry[i].Path))
                {
                    continue;
                }

                problems[entry[i].Path] = new GenerationProblem(
                    HostDiagnostics.GeneratedNameClash.Id,
                    EquatableArray.Create(entry[i].Path, other.Path, entry[i].Name),
                    new SourceSpan(entry[i].Path, 0, 0, 1, 1, 1, 1));
            }
        }

        return EquatableArray.From(problems.Values);
    }

    private static void Add(Dictionary<string, List<(string Path, string Name)>> byName, string key, string path, string name)
    {
        if (!byName.TryGetValue(key, out var list))
        {
            byName[key] = list = new List<(string, string)>();
        }

        list.Add((path, name));
    }

    /// <summary>True when <paramref name="path"/> is one of the clashing templates.</summary>
    public static bool Involves(EquatableArray<GenerationProblem> clashes, string path)
    {
        foreach (var clash in clashes)
        {
            if (clash.Span.Path == path)
            {
                return true;
            }
        }

        return false;
    }
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DraftingKit.Diagnostics;

namespace DraftingKit.Tests.Support;

/// <summary>
/// Reviewed lint findings on adopted UN text (a tab-separated file under tests/corpus). A finding is allowed
/// only by the line that names it exactly: template, line:column, rule and a short hash of its message, so a
/// second finding in a listed file, a finding that moves or one whose message changes is unexplained. Every
/// line belongs to a group declared in the file with the reason that holds for the whole group ("genuine
/// slip", "import limits pending"), and keeps its own note of what was read in the UN's XML. A line that no
/// finding matches any more is stale and fails the test too.
/// </summary>
/// <remarks>
/// <code>
/// group   genuine-slip    a slip in the UN's own file, checked against its XML
/// A-RES-75-193.res.md  207:5  DK2002  1f2e3d4c  genuine-slip  paragraph 57: "Urges" not in italics
/// </code>
/// </remarks>
internal sealed class LintBaseline
{
    private readonly List<Entry> entries;

    private LintBaseline(List<Entry> entries, Dictionary<string, string> groups)
    {
        this.entries = entries;
        Groups = groups;
    }

    /// <summary>One reviewed finding.</summary>
    public sealed record Entry(string File, string Position, string Rule, string Hash, string Group, string Note, int Line)
    {
        public string Key => Keyed(File, Position, Rule, Hash);
    }

    /// <summary>The entries, in file order.</summary>
    public IReadOnlyList<Entry> Entries => entries;

    /// <summary>The groups and the reason each stands for.</summary>
    public IReadOnlyDictionary<string, string> Groups { get; }

    /// <summary>Reads the file; blank lines and lines starting with '#' are comments. A malformed line throws.</summary>
    public static LintBaseline Read(string path)
    {
        var list = new List<Entry>();
        var groups = new Dictionary<string, string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Trim().Length == 0 || line.StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells[0] == "group" && cells.Length == 3 && cells[1].Length > 0 && cells[2].Trim().Length > 0)
            {
                groups.Add(cells[1], cells[2]);
                continue;
            }

            if (cells.Length != 6 || cells.Any(c => c.Trim().Length == 0))
            {
                throw new InvalidDataException($"{path}({number}): a baseline line has six tab-separated cells: template, line:column, rule, message hash, group, note");
            }

            if (!groups.ContainsKey(cells[4]))
            {
                throw new InvalidDataException($"{path}({number}): group '{cells[4]}' is not declared above it with its reason");
            }

            list.Add(new Entry(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], number));
        }

        var unused = groups.Keys.Where(g => list.All(e => e.Group != g)).ToList();
        if (unused.Count > 0)
        {
            throw new InvalidDataException($"{path}: groups with no line: {string.Join(", ", unused)}");
        }

        return new LintBaseline(list, groups);
    }

    /// <summary>The key of a finding as a baseline line names it: template, line:column, rule, message hash.</summary>
    public static string Key(string file, DraftingDiagnostic finding) =>
        Keyed(file, Position(finding), finding.Id, Hash(finding.Message));

    /// <summary>A baseline line for a finding not yet reviewed, to copy into the file once its group is judged.</summary>
    public static string Proposed(string file, DraftingDiagnostic finding) =>
        Key(file, finding) + "\t?\t" + finding.Message;

    /// <summary>The first eight hex digits of the SHA-256 of the message's UTF-8 bytes.</summary>
    public static string Hash(string message)
    {
        using var sha = SHA256.Create();
        var bytes = sha.ComputeHash(Encoding.UTF8.GetBytes(message));
        return string.Concat(bytes.Take(4).Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
    }

    /// <summary>
    /// Findings no line names (unexplained) and lines no finding matches (stale). Each line allows one finding.
    /// </summary>
    public (List<string> Unexplained, List<Entry> Stale) Compare(IEnumerable<string> findingKeys)
    {
        var remaining = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!remaining.TryGetValue(entry.Key, out var list))
            {
                remaining.Add(entry.Key, list = new List<Entry>());
            }

            list.Add(entry);
        }

        var unexplained = new List<string>();
        foreach (var key in findingKeys)
        {
            if (remaining.TryGetValue(key, out var list) && list.Count > 0)
            {
                list.RemoveAt(0);
            }
            else
            {
                unexplained.Add(key);
            }
        }

        var stale = remaining.Values.SelectMany(list => list).OrderBy(e => e.Line).ToList();
        return (unexplained, stale);
    }

    private static string Position(DraftingDiagnostic finding) =>
        finding.Span.Line.ToString(CultureInfo.InvariantCulture) + ":" + finding.Span.Column.ToString(CultureInfo.InvariantCulture);

    private static string Keyed(string file, string position, string rule, string hash) => file + "\t" + position + "\t" + rule + "\t" + hash;
}

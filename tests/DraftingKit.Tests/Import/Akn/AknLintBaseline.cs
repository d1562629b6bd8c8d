using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DraftingKit.Diagnostics;

namespace DraftingKit.Tests.Import.Akn;

/// <summary>
/// The reviewed findings on the UN's adopted texts (tests/corpus/akn4un-baseline.tsv): each line names the
/// template, the opening of the line the finding is on, the rule and why a reader of the text agrees with it.
/// The corpus sweep fails on a finding the file does not list and on a line of the file no finding matches.
/// </summary>
internal sealed class AknLintBaseline
{
    /// <summary>How much of the line's opening a baseline line quotes.</summary>
    public const int FragmentLength = 60;

    private readonly List<Entry> entries;

    private AknLintBaseline(List<Entry> entries) => this.entries = entries;

    /// <summary>One reviewed finding.</summary>
    public sealed record Entry(string File, string Fragment, string Rule, string Reason, int Line);

    /// <summary>The entries, in file order.</summary>
    public IReadOnlyList<Entry> Entries => entries;

    /// <summary>Reads the tab-separated file; lines starting with '#' and blank lines are comments.</summary>
    public static AknLintBaseline Read(string path)
    {
        var list = new List<Entry>();
        if (!File.Exists(path))
        {
            return new AknLintBaseline(list);
        }

        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != 4 || cells.Any(c => c.Trim().Length == 0))
            {
                throw new InvalidDataException($"{path}({number}): a baseline line has four tab-separated cells: file, line fragment, rule, reason");
            }

            list.Add(new Entry(cells[0], cells[1], cells[2], cells[3], number));
        }

        return new AknLintBaseline(list);
    }

    /// <summary>The key of a finding as a baseline line quotes it: file, the opening of its line, rule.</summary>
    public static string Key(string file, string templateText, DraftingDiagnostic finding)
    {
        var lines = templateText.Split('\n');
        var text = finding.Span.Line >= 1 && finding.Span.Line <= lines.Length ? lines[finding.Span.Line - 1] : string.Empty;
        return file + "\t" + Fragment(text) + "\t" + finding.Id;
    }

    /// <summary>The opening of a template line as the baseline quotes it.</summary>
    public static string Fragment(string line)
    {
        var clean = line.Replace('\t', ' ').TrimEnd('\r').Trim();
        return clean.Length <= FragmentLength ? clean : clean.Substring(0, FragmentLength);
    }

    /// <summary>
    /// Findings the baseline does not list (unexplained) and baseline lines no finding matches (stale), each key
    /// counted as often as it occurs.
    /// </summary>
    public (List<string> Unexplained, List<string> Stale) Compare(IEnumerable<string> findingKeys)
    {
        var remaining = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var key = entry.File + "\t" + entry.Fragment + "\t" + entry.Rule;
            remaining[key] = remaining.TryGetValue(key, out var n) ? n + 1 : 1;
        }

        var unexplained = new List<string>();
        foreach (var key in findingKeys)
        {
            if (remaining.TryGetValue(key, out var n) && n > 0)
            {
                remaining[key] = n - 1;
            }
            else
            {
                unexplained.Add(key);
            }
        }

        var stale = remaining.Where(pair => pair.Value > 0).SelectMany(pair => Enumerable.Repeat(pair.Key, pair.Value)).OrderBy(k => k, StringComparer.Ordinal).ToList();
        return (unexplained, stale);
    }
}

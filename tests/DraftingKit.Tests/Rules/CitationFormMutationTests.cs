using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DraftingKit.Rules;
using DraftingKit.Tests.Support;
using Xunit.Abstractions;

namespace DraftingKit.Tests.Rules;

/// <summary>
/// Recall of DK5030: real citations of the UN's adopted texts (the importer's templates of the Assembly's 75–77 and
/// the Council's 2020–2024) rewritten in another organ's form, as the Editorial Manual's system of identification
/// names the slips ("31/16A", "31/6 A-B", "955/1994", "81/1979"); each must be reported at its line (issue 17).
/// </summary>
public sealed class CitationFormMutationTests
{
    private const string Month = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

    private readonly ITestOutputHelper output;

    public CitationFormMutationTests(ITestOutputHelper output) => this.output = output;

    /// <summary>Each class: the real form it starts from, and what a drafter writes instead.</summary>
    private static readonly Dictionary<string, (Regex Real, Func<Match, string> Slip)> Mutations = new()
    {
        ["an Assembly resolution with the Council's year"] = (
            new Regex(@"\bits resolution \[?\d{2}/\d{1,3}(?:\]\([^)\s]*\))?(?<date> of \d{1,2} " + Month + @" (?<year>\d{4}))", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)),
            m => " (" + m.Groups["year"].Value + ")"),
        ["a date in parentheses"] = (
            new Regex(@"\bits resolution \[?\d{2}/\d{1,3}(?:\]\([^)\s]*\))?(?<date> of (?<when>\d{1,2} " + Month + @" \d{4}))", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)),
            m => " (" + m.Groups["when"].Value + ")"),
        ["the Council's year after a slash"] = (
            new Regex(@"\bresolutions? \[?\d{3,4}(?<date> \((?<year>\d{4})\))", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)),
            m => "/" + m.Groups["year"].Value),
        ["the Council's year with no space"] = (
            new Regex(@"\bresolutions? \[?\d{3,4}(?<date> )\(\d{4}\)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)),
            _ => string.Empty),
        ["the Economic and Social Council's year second"] = (
            new Regex(@"\bEconomic and Social Council resolution \[?(?<date>(?<year>(?:19|20)\d{2})/(?<serial>\d{1,2}))(?![\d/])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)),
            m => m.Groups["serial"].Value + "/" + m.Groups["year"].Value),
        ["a letter glued to the number"] = (
            new Regex(@"\bresolutions? \[?\d{2}/\d{1,3}(?<date> )[A-Z](?:\]|[ ,;.])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)),
            _ => string.Empty),
        ["an Assembly resolution numbered by year"] = (
            new Regex(@"\bits resolution \[?(?<date>\d{2})/\d{1,3}(?:\]\([^)\s]*\))? of \d{1,2} " + Month + @" (?<year>\d{4})", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)),
            m => m.Groups["year"].Value),
        ["a part of the cited text without its comma"] = (
            new Regex(@"\bresolutions? \[?\d{1,4}/\d{1,4}(?: [A-Z])?(?:\]\([^)\s]*\))?(?<date>,) (?:annex|section|paragraph)\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)),
            _ => string.Empty),
        ["parts joined by a dash"] = (
            new Regex(@"\d{2}/\d{1,3}\]?(?:\([^)\s]*\))? [A-Z](?<date> and )[A-Z]\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)),
            _ => "-"),
    };

    public static TheoryData<string> Classes()
    {
        var data = new TheoryData<string>();
        foreach (var name in Mutations.Keys)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Classes))]
    public void Citations_rewritten_in_another_form_are_reported_at_their_line(string mutation)
    {
        var (real, slip) = Mutations[mutation];
        var files = new[] { "akn4un-templates", "akn4un-sc-templates" }
            .SelectMany(folder => Directory.EnumerateFiles(RepositoryPaths.InRepository("tests", "corpus", folder), "*.res.md"))
            .OrderBy(f => f, StringComparer.Ordinal);
        var attempts = 0;
        var caught = 0;
        var misses = new List<string>();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var bodyStart = text.IndexOf("\n---", 3, StringComparison.Ordinal);
            // Every real citation of the file, one rewritten at a time.
            foreach (var match in real.Matches(text, Math.Max(0, bodyStart)).Take(250 - attempts))
            {
                var date = match.Groups["date"];
                var mutated = text.Substring(0, date.Index) + slip(match) + text.Substring(date.Index + date.Length);
                var line = text.Substring(0, match.Index).Count(c => c == '\n') + 1;
                attempts++;
                if (DraftingLinter.Lint(Path.GetFileName(file), mutated).Any(f => f.Id == RuleIds.CitationForm && f.Span.Line == line))
                {
                    caught++;
                }
                else if (misses.Count < 5)
                {
                    misses.Add(Path.GetFileName(file) + ":" + line + " " + match.Value);
                }
            }

            if (attempts == 250)
            {
                break;
            }
        }

        var recall = attempts == 0 ? 0 : (double)caught / attempts;
        output.WriteLine($"{mutation}: {caught} of {attempts} caught ({recall:P1})");
        Assert.True(attempts >= 15, $"{mutation}: only {attempts} citations to rewrite");
        Assert.True(recall >= 0.95, $"{mutation}: {caught} of {attempts}; missed: {string.Join("; ", misses)}");
    }
}

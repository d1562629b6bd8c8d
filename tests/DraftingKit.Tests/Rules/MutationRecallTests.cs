using System.Globalization;
using System.Text.RegularExpressions;
using DraftingKit.Rules;
using DraftingKit.Tests.Corpus;
using Xunit.Abstractions;

namespace DraftingKit.Tests.Rules;

/// <summary>
/// Recall: take real resolutions (AKN4UN converted to templates, those on which no rule fires), inject one error
/// of a class at a random place, and count how often the right id is reported on the right line.
/// </summary>
public sealed class MutationRecallTests
{
    private const int PerClass = 250;

    private static readonly Regex Operative = new(@"^(?<num>[0-9]+)\. \*(?<lead>[^*]+)\*(?<rest>.*)$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex Preambular = new(@"^\*(?<lead>[^*]+)\*(?<rest>.*)$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex Date = new(@"\b(?<day>[0-9]{1,2}) (?<month>January|February|March|April|May|June|July|August|September|October|November|December) (?<year>[0-9]{4})\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex Reference = new(@"\[\^(?<label>[0-9]+)\](?!:)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Lazy<List<string[]>> Clean = new(() =>
        CorpusTemplates.All.Where(t => DraftingLinter.Lint(t.Name, t.Text).Count(f => f.Severity >= DraftingKit.Diagnostics.DraftingSeverity.Warning) == 0).Select(t => t.Text.Split('\n')).ToList());

    private readonly ITestOutputHelper output;

    public MutationRecallTests(ITestOutputHelper output) => this.output = output;

    public delegate (int Line, string Id)? Mutator(string[] lines, Random random);

    public static IEnumerable<object[]> Classes() => new[]
    {
        new object[] { "verb in the wrong form" },
        new object[] { "lead not italic" },
        new object[] { "wrong end punctuation" },
        new object[] { "adverb in the wrong place" },
        new object[] { "adverb in the wrong order" },
        new object[] { "skipped or doubled operative number" },
        new object[] { "skipped footnote number" },
        new object[] { "doubled footnote" },
        new object[] { "orphaned footnote" },
        new object[] { "malformed symbol" },
        new object[] { "date not day month year" },
        new object[] { "repeated footnote marker" },
        new object[] { "preambular lead in operative form" },
        new object[] { "malformed symbol in the text" },
        new object[] { "placeholder left in the text" },
        new object[] { "word not in the UN's usage" },
        new object[] { "text cited twice in one list" },
        new object[] { "country name without its article" },
        new object[] { "session inconsistent with the text" },
        new object[] { "title after 'entitled' not quoted" },
        new object[] { "State named by a former name" },
    };

    [Theory]
    [MemberData(nameof(Classes))]
    public void Injected_errors_are_reported_with_their_id_on_their_line(string errorClass)
    {
        var mutate = MutatorFor(errorClass);
        var templates = Clean.Value;
        Assert.True(templates.Count > 300, "expected more than 300 clean UN templates, got " + templates.Count);
        var random = new Random(20261123 + errorClass.Length);
        var attempts = 0;
        var found = 0;
        var misses = new List<string>();
        for (var tries = 0; attempts < PerClass && tries < PerClass * 40; tries++)
        {
            var lines = (string[])templates[random.Next(templates.Count)].Clone();
            if (mutate(lines, random) is not var (line, id))
            {
                continue;
            }

            attempts++;
            var text = string.Join("\n", lines);
            var findings = DraftingLinter.Lint("m.res.md", text);
            if (findings.Any(f => f.Id == id && f.Span.Line == line))
            {
                found++;
            }
            else if (misses.Count < 5)
            {
                misses.Add($"{id} line {line}: {lines[line - 1][..Math.Min(120, lines[line - 1].Length)]} | got {string.Join(", ", findings.Select(f => f.Id + "@" + f.Span.Line))}");
            }
        }

        var recall = attempts == 0 ? 0 : (double)found / attempts;
        output.WriteLine($"{errorClass}: {found}/{attempts} = {recall.ToString("P1", CultureInfo.InvariantCulture)}");
        foreach (var miss in misses)
        {
            output.WriteLine("  missed " + miss);
        }

        Assert.True(attempts >= 50, $"{errorClass}: only {attempts} places to inject the error");
        Assert.True(recall >= 0.95, $"{errorClass}: recall {recall:P1}\n" + string.Join("\n", misses));
    }

    private static Mutator MutatorFor(string errorClass) => errorClass switch
    {
        "verb in the wrong form" => WrongVerbForm,
        "lead not italic" => LeadNotItalic,
        "wrong end punctuation" => WrongEndPunctuation,
        "adverb in the wrong place" => AdverbWrongPlace,
        "adverb in the wrong order" => AdverbWrongOrder,
        "skipped or doubled operative number" => WrongNumber,
        "skipped footnote number" => SkippedFootnote,
        "doubled footnote" => DoubledFootnote,
        "orphaned footnote" => OrphanedFootnote,
        "malformed symbol" => MalformedSymbol,
        "date not day month year" => MonthFirstDate,
        "repeated footnote marker" => RepeatedMarker,
        "preambular lead in operative form" => PreambularOperativeForm,
        "malformed symbol in the text" => MalformedSymbolInText,
        "placeholder left in the text" => PlaceholderInText,
        "word not in the UN's usage" => WordNotInUsage,
        "text cited twice in one list" => CitedTwiceInList,
        "country name without its article" => CountryNameWithoutArticle,
        "session inconsistent with the text" => SessionInconsistent,
        "title after 'entitled' not quoted" => EntitledTitleNotQuoted,
        "State named by a former name" => FormerStateName,
        _ => throw new ArgumentOutOfRangeException(nameof(errorClass)),
    };

    private static int Pick(string[] lines, Random random, Func<string, int, bool> where)
    {
        var candidates = Enumerable.Range(0, lines.Length).Where(i => where(lines[i], i)).ToList();
        return candidates.Count == 0 ? -1 : candidates[random.Next(candidates.Count)];
    }

    private static (int, string)? WrongVerbForm(string[] lines, Random random)
    {
        var i = Pick(lines, random, (l, _) => Operative.Match(l) is { Success: true } m && !m.Groups["lead"].Value.Contains(' ', StringComparison.Ordinal));
        if (i < 0)
        {
            return null;
        }

        var match = Operative.Match(lines[i]);
        var verb = match.Groups["lead"].Value;
        if (!verb.EndsWith('s'))
        {
            return null;
        }

        var bare = verb.EndsWith("ies", StringComparison.Ordinal) ? verb[..^3] + "y" : verb[..^1];
        var stem = bare.EndsWith('e') ? bare[..^1] : bare;
        var wrong = random.Next(3) switch
        {
            0 => bare,
            1 => stem + "ing",
            _ => bare.EndsWith('e') ? bare + "d" : bare + "ed",
        };
        lines[i] = match.Groups["num"].Value + ". *" + wrong + "*" + match.Groups["rest"].Value;
        return (i + 1, RuleIds.OperativeLeadForm);
    }

    private static (int, string)? LeadNotItalic(string[] lines, Random random)
    {
        var i = Pick(lines, random, (l, _) => Operative.IsMatch(l) || Preambular.IsMatch(l) && !l.StartsWith("*The General Assembly", StringComparison.Ordinal));
        if (i < 0)
        {
            return null;
        }

        var operative = Operative.Match(lines[i]);
        if (operative.Success)
        {
            lines[i] = operative.Groups["num"].Value + ". " + operative.Groups["lead"].Value + operative.Groups["rest"].Value;
            return (i + 1, RuleIds.OperativeLeadItalic);
        }

        var preambular = Preambular.Match(lines[i]);
        lines[i] = preambular.Groups["lead"].Value + preambular.Groups["rest"].Value;
        return (i + 1, RuleIds.PreambularLeadItalic);
    }

    private static (int, string)? WrongEndPunctuation(string[] lines, Random random)
    {
        var i = Pick(lines, random, (l, index) => (Operative.IsMatch(l) && l.EndsWith(';') || Preambular.IsMatch(l) && l.EndsWith(','))
            && !(index + 2 < lines.Length && lines[index + 2].StartsWith(' ')));
        if (i < 0)
        {
            return null;
        }

        var operative = lines[i].EndsWith(';');
        lines[i] = lines[i][..^1] + (operative ? (random.Next(2) == 0 ? "." : ",") : (random.Next(2) == 0 ? ";" : "."));
        return (i + 1, operative ? RuleIds.OperativePunctuation : RuleIds.PreambularPunctuation);
    }

    private static (int, string)? AdverbWrongPlace(string[] lines, Random random)
    {
        var i = Pick(lines, random, (l, _) =>
            Operative.Match(l) is { Success: true } m && Regex.IsMatch(m.Groups["lead"].Value, "^(Also|Further) [a-z]+s$")
            || Preambular.Match(l) is { Success: true } p && Regex.IsMatch(p.Groups["lead"].Value, "^[A-Z][a-z]+ing (also|further)$"));
        if (i < 0)
        {
            return null;
        }

        var operative = Operative.Match(lines[i]);
        if (operative.Success)
        {
            var parts = operative.Groups["lead"].Value.Split(' ');
            var swapped = char.ToUpperInvariant(parts[1][0]) + parts[1][1..] + " " + parts[0].ToLowerInvariant();
            lines[i] = operative.Groups["num"].Value + ". *" + swapped + "*" + operative.Groups["rest"].Value;
            return (i + 1, RuleIds.OperativeAdverbLadder);
        }

        var preambular = Preambular.Match(lines[i]);
        var words = preambular.Groups["lead"].Value.Split(' ');
        lines[i] = "*" + char.ToUpperInvariant(words[1][0]) + words[1][1..] + " " + words[0].ToLowerInvariant() + "*" + preambular.Groups["rest"].Value;
        // The participle alone is DK1105 (a warning); a longer lead keeps DK1104's suggestion.
        return (i + 1, words.Length > 2 ? RuleIds.PreambularAdverbOrder : RuleIds.PreambularAdverbFirst);
    }

    /// <summary>"Also X" becomes "Further X" where no earlier paragraph says "Also X", or "Further X" becomes "Also X" right after "Also X".</summary>
    private static (int, string)? AdverbWrongOrder(string[] lines, Random random)
    {
        var i = Pick(lines, random, (l, index) =>
        {
            var m = Operative.Match(l);
            if (!m.Success || !m.Groups["lead"].Value.StartsWith("Also ", StringComparison.Ordinal))
            {
                return false;
            }

            var verb = m.Groups["lead"].Value.Split(' ')[1];
            return !lines.Take(index).Any(previous => Operative.Match(previous) is { Success: true } p && p.Groups["lead"].Value.StartsWith("Also " + verb, StringComparison.Ordinal));
        });
        if (i < 0)
        {
            return null;
        }

        var match = Operative.Match(lines[i]);
        lines[i] = match.Groups["num"].Value + ". *Further" + match.Groups["lead"].Value[4..] + "*" + match.Groups["rest"].Value;
        return (i + 1, RuleIds.OperativeAdverbLadder);
    }

    private static (int, string)? WrongNumber(string[] lines, Random random)
    {
        var i = Pick(lines, random, (l, _) => Operative.Match(l) is { Success: true } m && int.Parse(m.Groups["num"].Value, CultureInfo.InvariantCulture) >= 2);
        if (i < 0)
        {
            return null;
        }

        var match = Operative.Match(lines[i]);
        var number = int.Parse(match.Groups["num"].Value, CultureInfo.InvariantCulture);
        var wrong = random.Next(2) == 0 ? number + 1 : number - 1;
        lines[i] = wrong.ToString(CultureInfo.InvariantCulture) + lines[i][match.Groups["num"].Length..];
        return (i + 1, RuleIds.OperativeNumbering);
    }

    private static List<int> Labels(string[] lines) =>
        lines.SelectMany(l => Reference.Matches(l).Select(m => int.Parse(m.Groups["label"].Value, CultureInfo.InvariantCulture))).Distinct().ToList();

    private static (int, string)? SkippedFootnote(string[] lines, Random random)
    {
        var labels = Labels(lines);
        if (labels.Count < 2)
        {
            return null;
        }

        var from = labels[random.Next(labels.Count)];
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = Regex.Replace(lines[i], @"\[\^([0-9]+)\]", m =>
            {
                var n = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                return "[^" + (n >= from ? n + 1 : n).ToString(CultureInfo.InvariantCulture) + "]";
            });
        }

        var first = Array.FindIndex(lines, l => l.Contains("[^" + (from + 1).ToString(CultureInfo.InvariantCulture) + "]", StringComparison.Ordinal) && !l.StartsWith("[^", StringComparison.Ordinal));
        return first < 0 ? null : (first + 1, RuleIds.FootnoteNumbering);
    }

    /// <summary>Two definitions with one label: the next footnote's definition takes this one's label.</summary>
    private static (int, string)? DoubledFootnote(string[] lines, Random random)
    {
        var i = Pick(lines, random, (l, index) => l.StartsWith("[^", StringComparison.Ordinal) && l.Contains("]: ", StringComparison.Ordinal)
            && index + 1 < lines.Length && lines[index + 1].StartsWith("[^", StringComparison.Ordinal));
        if (i < 0)
        {
            return null;
        }

        var label = lines[i][..(lines[i].IndexOf("]: ", StringComparison.Ordinal) + 1)];
        var next = lines[i + 1];
        lines[i + 1] = label + next[next.IndexOf("]: ", StringComparison.Ordinal)..][1..];
        return (i + 2, "DK0008");
    }

    private static (int, string)? OrphanedFootnote(string[] lines, Random random)
    {
        var labels = Labels(lines);
        if (labels.Count == 0)
        {
            return null;
        }

        var label = "[^" + labels[random.Next(labels.Count)].ToString(CultureInfo.InvariantCulture) + "]";
        var definition = -1;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith(label + ":", StringComparison.Ordinal))
            {
                definition = i;
                continue;
            }

            lines[i] = lines[i].Replace(label, string.Empty, StringComparison.Ordinal);
        }

        return definition < 0 ? null : (definition + 1, "DK0014");
    }

    private static (int, string)? MalformedSymbol(string[] lines, Random random)
    {
        var i = Array.FindIndex(lines, l => l.StartsWith("symbol: ", StringComparison.Ordinal));
        if (i < 0)
        {
            return null;
        }

        var symbol = lines[i]["symbol: ".Length..];
        var parts = symbol.Split('/');
        var at = 1 + random.Next(parts.Length - 1);
        var broken = random.Next(5) switch
        {
            0 => string.Join("/", parts.Take(at)) + "//" + string.Join("/", parts.Skip(at)),
            1 => string.Join("/", parts.Take(at)) + " " + string.Join("/", parts.Skip(at)),
            2 => symbol.ToLowerInvariant(),
            3 => symbol.Replace('/', '\\'),
            _ => symbol + "/",
        };
        lines[i] = "symbol: \"" + broken.Replace("\\", "\\\\", StringComparison.Ordinal) + "\"";
        return (i + 1, RuleIds.DocumentSymbolForm);
    }

    /// <summary>A marker already used is used again at the end of a later paragraph (the corpus is 2020–2022: current practice).</summary>
    private static (int, string)? RepeatedMarker(string[] lines, Random random)
    {
        var first = Array.FindIndex(lines, l => Reference.IsMatch(l) && !l.StartsWith("[^", StringComparison.Ordinal));
        if (first < 0)
        {
            return null;
        }

        var marker = Reference.Match(lines[first]).Value;
        var i = Pick(lines, random, (l, index) => index > first && (Operative.IsMatch(l) || Preambular.IsMatch(l)) && (l.EndsWith(',') || l.EndsWith(';')));
        if (i < 0)
        {
            return null;
        }

        lines[i] += marker;
        return (i + 1, RuleIds.FootnoteRepeatedMarker);
    }

    /// <summary>"Recalling" becomes "Recalls": the preambular participle in the operative form.</summary>
    private static (int, string)? PreambularOperativeForm(string[] lines, Random random)
    {
        var i = Pick(lines, random, (l, _) => Preambular.Match(l) is { Success: true } m && Regex.IsMatch(m.Groups["lead"].Value, "^[A-Z][a-z]+ing\\b"));
        if (i < 0)
        {
            return null;
        }

        var match = Preambular.Match(lines[i]);
        var lead = match.Groups["lead"].Value;
        var space = lead.IndexOf(' ', StringComparison.Ordinal);
        var participle = space < 0 ? lead : lead[..space];
        var stem = participle[..^3];
        var candidates = new[] { stem + "s", stem + "es" };
        var verb = candidates.FirstOrDefault(c => LeadGrammarProbe.IsOperativeVerb(c));
        if (verb is null)
        {
            return null;
        }

        lines[i] = "*" + verb + (space < 0 ? string.Empty : lead[space..]) + "*" + match.Groups["rest"].Value;
        return (i + 1, RuleIds.PreambularLeadForm);
    }

    private static readonly Regex SymbolLink = new(@"\[(?<shown>(?:A|E|S)/[^\]\s]+)\]\((?<target>[^)]+)\)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>A symbol in the text (a link to it, unlinked as a drafter types it) with an empty element, a backslash or a trailing slash (issue 17).</summary>
    private static (int, string)? MalformedSymbolInText(string[] lines, Random random)
    {
        var i = Pick(lines, random, (l, _) => SymbolLink.Match(l) is { Success: true } m && m.Groups["shown"].Value.Count(c => c == '/') >= 2
            && DocumentSymbolRule.IsWellFormed(m.Groups["shown"].Value));
        if (i < 0)
        {
            return null;
        }

        var match = SymbolLink.Match(lines[i]);
        var parts = match.Groups["shown"].Value.Split('/');
        var at = 1 + random.Next(parts.Length - 1);
        var broken = random.Next(3) switch
        {
            0 => string.Join("/", parts.Take(at)) + "//" + string.Join("/", parts.Skip(at)),
            1 => string.Join("\\", parts),
            _ => match.Groups["shown"].Value + "/",
        };
        lines[i] = lines[i][..match.Index] + broken + lines[i][(match.Index + match.Length)..];
        return (i + 1, RuleIds.DocumentSymbolForm);
    }

    /// <summary>The day or the year of a date in the resolution's own words (not an annex) left as a blank, dots or "XX" (issue 17).</summary>
    private static (int, string)? PlaceholderInText(string[] lines, Random random)
    {
        var annex = Array.FindIndex(lines, l => l.StartsWith("# Annex", StringComparison.Ordinal));
        var i = Pick(lines, random, (l, index) => (annex < 0 || index < annex) && index > 0 && !l.Contains(": ", StringComparison.Ordinal) && Date.IsMatch(l));
        if (i < 0)
        {
            return null;
        }

        var matches = Date.Matches(lines[i]);
        var match = matches[random.Next(matches.Count)];
        var wrong = random.Next(4) switch
        {
            0 => "XX " + match.Groups["month"].Value + " " + match.Groups["year"].Value,
            1 => "__ " + match.Groups["month"].Value + " " + match.Groups["year"].Value,
            2 => "… " + match.Groups["year"].Value,
            _ => match.Groups["day"].Value + " " + match.Groups["month"].Value + " 20XX",
        };
        lines[i] = lines[i][..match.Index] + wrong + lines[i][(match.Index + match.Length)..];
        return (i + 1, RuleIds.Placeholder);
    }

    /// <summary>A word of the text written as drafters slip on it: the UN's form of a word-usage pair replaced by the wrong one (issue 17).</summary>
    private static (int, string)? WordNotInUsage(string[] lines, Random random)
    {
        var pairs = DraftingKit.Vocabulary.WordUsage.Default.Entries.Where(e => e.RightCount > 0).ToList();
        var bodyStart = Array.IndexOf(lines, "---", 1) + 1;
        var pair = pairs[random.Next(pairs.Count)];
        var form = new Regex(@"(?<![\w-])" + Regex.Escape(pair.Right).Replace("’", "['’]", StringComparison.Ordinal) + @"(?![\w-])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var i = Pick(lines, random, (l, index) => index >= bodyStart && form.Matches(l).Any(m => !InsideLinkTarget(l, m.Index)));
        if (i < 0)
        {
            return null;
        }

        var match = form.Matches(lines[i]).First(m => !InsideLinkTarget(lines[i], m.Index));
        lines[i] = lines[i][..match.Index] + pair.Wrong + lines[i][(match.Index + match.Length)..];
        return (i + 1, RuleIds.WordUsage);
    }

    /// <summary>
    /// A list of the Manual's form ("resolutions 61/245 and 61/246 of 22 December 2006", "resolutions 69/193 of
    /// 18 December 2014, 70/1 …") whose later number is made the earlier one, as a drafter extending a list retypes a
    /// neighbour (issue 17). Links and footnote labels are left as they are: the number is replaced in the text alone.
    /// </summary>
    private static (int, string)? CitedTwiceInList(string[] lines, Random random)
    {
        var bodyStart = Array.IndexOf(lines, "---", 1) + 1;
        var i = Pick(lines, random, (l, index) => index >= bodyStart && !l.StartsWith("[^", StringComparison.Ordinal) && CitationList.IsMatch(l));
        if (i < 0)
        {
            return null;
        }

        var list = CitationList.Match(lines[i]);
        var second = list.Groups["second"];
        lines[i] = lines[i][..second.Index] + list.Groups["first"].Value + lines[i][(second.Index + second.Length)..];
        return (i + 1, RuleIds.CitationRepeatedInList);
    }

    // "resolutions 61/245 and 61/246", "resolutions 69/193 of 18 December 2014, 70/1": two numbers of one list, as
    // the Editorial Manual writes them (row recall-list-form), each bare or in brackets of a link.
    private static readonly Regex CitationList = new(
        @"\b(?:resolutions|decisions) \[?(?<first>[0-9]{2}/[0-9]{1,3})\]?(?:\([^)\s]*\))?(?: of [0-9]{1,2} [A-Z][a-z]+ [0-9]{4})?(?:, | and )\[?(?<second>[0-9]{2}/[0-9]{1,3})(?![0-9/])(?!\]?(?:\([^)\s]*\))?\s[A-Z](?![a-z]))",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    /// <summary>
    /// A State the UN's list of Member States names with "the" ("the Netherlands", "the Sudan"), written without it
    /// where the text names it after a preposition ("of the Netherlands" → "of Netherlands"), in the parts of the
    /// text, not in annexes (issue 17).
    /// </summary>
    private static (int, string)? CountryNameWithoutArticle(string[] lines, Random random)
    {
        var bodyStart = Array.IndexOf(lines, "---", 1) + 1;
        var annex = Array.FindIndex(lines, l => l.StartsWith("# Annex", StringComparison.Ordinal));
        var i = Pick(lines, random, (l, index) => index >= bodyStart && (annex < 0 || index < annex) && StateWithArticle.Value.IsMatch(l));
        if (i < 0)
        {
            return null;
        }

        var matches = StateWithArticle.Value.Matches(lines[i]);
        var the = matches[random.Next(matches.Count)].Groups["the"];
        lines[i] = lines[i][..the.Index] + lines[i][(the.Index + the.Length)..];
        return (i + 1, RuleIds.CountryNameArticle);
    }

    // "of the Netherlands": a preposition, then a name the list of Member States writes with "the".
    private static readonly Lazy<Regex> StateWithArticle = new(() => new Regex(
        @"\b(?:of|in|to|by|from|with|for|between) (?<the>the )(?:"
        + string.Join("|", DraftingKit.Reports.StateNames.Default.Names.Where(n => n.Name.StartsWith("the ", StringComparison.Ordinal) && n.Until is null).Select(n => Regex.Escape(n.Name[4..]).Replace("'", "['’]", StringComparison.Ordinal)))
        + @")\b(?![-\w])",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1)));

    /// <summary>
    /// A session and a date that cannot go together, as the Editorial Manual numbers texts by session (issue 17):
    /// the date of adoption moved two years on, or a report asked of the General Assembly "at its Nth session" for
    /// the session before the text's own.
    /// </summary>
    private static (int, string)? SessionInconsistent(string[] lines, Random random)
    {
        var adopted = Array.FindIndex(lines, l => l.StartsWith("adopted: ", StringComparison.Ordinal));
        var session = Array.FindIndex(lines, l => l.StartsWith("session: ", StringComparison.Ordinal));
        if (adopted < 0 || session < 0 || !int.TryParse(lines[session]["session: ".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var own))
        {
            return null;
        }

        var report = Pick(lines, random, (l, _) => Operative.IsMatch(l) && ReportToTheAssembly.IsMatch(l) && !l.Contains("requested", StringComparison.Ordinal));
        if (report >= 0 && random.Next(2) == 0)
        {
            var ordinal = ReportToTheAssembly.Match(lines[report]).Groups["ord"];
            lines[report] = lines[report][..ordinal.Index] + DraftingKit.Model.Numerals.ToOrdinalWords(own - 1) + lines[report][(ordinal.Index + ordinal.Length)..];
            return (report + 1, RuleIds.SessionConsistency);
        }

        var year = int.Parse(lines[adopted].Substring("adopted: ".Length, 4), CultureInfo.InvariantCulture);
        lines[adopted] = "adopted: " + (year + 2).ToString(CultureInfo.InvariantCulture) + lines[adopted][("adopted: ".Length + 4)..];
        return (adopted + 1, RuleIds.SessionConsistency);
    }

    // "to submit to the General Assembly at its seventy-sixth session", the form a request for a report takes.
    private static readonly Regex ReportToTheAssembly = new(
        @"\bto (?:report|submit)\b[^;.]{0,80}?\bthe General Assembly at its (?<ord>[a-z]+(?:-[a-z]+)?) session\b",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    /// <summary>A title after "entitled" with its quotation marks dropped, as the Editorial Manual quotes exact titles (issue 17).</summary>
    private static (int, string)? EntitledTitleNotQuoted(string[] lines, Random random)
    {
        var bodyStart = Array.IndexOf(lines, "---", 1) + 1;
        var i = Pick(lines, random, (l, index) => index >= bodyStart && QuotedTitle.IsMatch(l));
        if (i < 0)
        {
            return null;
        }

        var matches = QuotedTitle.Matches(lines[i]);
        var title = matches[random.Next(matches.Count)];
        lines[i] = lines[i][..title.Index] + "entitled " + title.Groups["title"].Value + lines[i][(title.Index + title.Length)..];
        return (i + 1, RuleIds.EntitledTitle);
    }

    // "entitled “Transforming our world: …”": a quoted title, its marks typographic and unnested.
    private static readonly Regex QuotedTitle = new(@"\bentitled “(?<title>[A-Z][^“”]*)”", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// A State the text speaks of now ("the Government of Mali") named by a name another State gave up before the text
    /// was adopted ("the Government of Turkey"), from the changes of the UN's list of Member States. Only in the parts
    /// of the text, outside quotations and titles, and in a line that dates nothing on or before the change: there the
    /// old name is right (issue 17).
    /// </summary>
    private static (int, string)? FormerStateName(string[] lines, Random random)
    {
        var adopted = Array.FindIndex(lines, l => l.StartsWith("adopted: ", StringComparison.Ordinal));
        if (adopted < 0 || !DraftingKit.Model.UnDate.TryParse(lines[adopted]["adopted: ".Length..].Trim(), out var on))
        {
            return null;
        }

        var changes = DraftingKit.Reports.StateNames.Default.Names
            .Where(n => n.RenamedTo is { } next && n.Until is { } until && until.CompareTo(on) < 0 && !next.Contains(DraftingKit.Reports.StateNames.WithoutArticle(n.Name), StringComparison.Ordinal))
            .ToList();
        var bodyStart = Array.IndexOf(lines, "---", 1) + 1;
        var annex = Array.FindIndex(lines, l => l.StartsWith("# Annex", StringComparison.Ordinal));
        var i = Pick(lines, random, (l, index) => index >= bodyStart && (annex < 0 || index < annex) && !l.StartsWith("[^", StringComparison.Ordinal)
            && !Year.Matches(l).Any(y => int.Parse(y.Value, CultureInfo.InvariantCulture) <= on.Year) && StateSpokenOf.Value.Matches(l).Any(m => !InsideQuotationOrItalics(l, m.Index)));
        if (changes.Count == 0 || i < 0)
        {
            return null;
        }

        var matches = StateSpokenOf.Value.Matches(lines[i]).Where(m => !InsideQuotationOrItalics(lines[i], m.Index)).ToList();
        var state = matches[random.Next(matches.Count)].Groups["state"];
        var old = changes[random.Next(changes.Count)].Name;
        lines[i] = lines[i][..state.Index] + old + lines[i][(state.Index + state.Length)..];
        return (i + 1, RuleIds.FormerStateName);
    }

    // "of Mali", "by the Niger": a preposition, then a State named by its present name.
    private static readonly Lazy<Regex> StateSpokenOf = new(() => new Regex(
        @"\b(?:of|in|to|by|with|for|between) (?<state>"
        + string.Join("|", DraftingKit.Reports.StateNames.Default.Names.Where(n => n.Until is null).Select(n => Regex.Escape(n.Name).Replace("'", "['’]", StringComparison.Ordinal)).OrderByDescending(n => n.Length))
        + @")(?![-\w])",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1)));

    private static readonly Regex Year = new(@"(?<![\w/])(?:19|20)[0-9]{2}(?![\w/])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static bool InsideQuotationOrItalics(string line, int index) =>
        line.LastIndexOf('“', index) > line.LastIndexOf('”', index) || line[..index].Count(c => c == '*') % 2 == 1;

    private static bool InsideLinkTarget(string line, int index) => line.LastIndexOf("](", index, StringComparison.Ordinal) > line.LastIndexOf(')', index);

    private static (int, string)? MonthFirstDate(string[] lines, Random random)
    {
        var i = Pick(lines, random, (l, _) => !l.StartsWith("[^", StringComparison.Ordinal) && !l.Contains(':') && Date.IsMatch(l));
        if (i < 0)
        {
            return null;
        }

        var matches = Date.Matches(lines[i]);
        var match = matches[random.Next(matches.Count)];
        var wrong = random.Next(2) == 0
            ? match.Groups["month"].Value + " " + match.Groups["day"].Value + ", " + match.Groups["year"].Value
            : match.Groups["day"].Value + "th " + match.Groups["month"].Value + " " + match.Groups["year"].Value;
        lines[i] = lines[i][..match.Index] + wrong + lines[i][(match.Index + match.Length)..];
        return (i + 1, RuleIds.DateForm);
    }
}

/// <summary>The operative verbs of the lead vocabulary, as the mutation suite needs them.</summary>
internal static class LeadGrammarProbe
{
    private static readonly Lazy<HashSet<string>> Verbs = new(() =>
        DraftingKit.Vocabulary.LeadVocabulary.Default.Operative.Keys.Select(k => k.Split(' ')[0]).ToHashSet(StringComparer.Ordinal));

    public static bool IsOperativeVerb(string word) => Verbs.Value.Contains(word)
        && !DraftingKit.Vocabulary.LeadVocabulary.Default.Preambular.Keys.Any(k => k.Split(' ')[0] == word);
}

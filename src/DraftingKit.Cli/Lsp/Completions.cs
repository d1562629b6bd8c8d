using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DraftingKit.Citations;
using DraftingKit.Model;
using DraftingKit.Rules;
using DraftingKit.Templates;
using DraftingKit.Vocabulary;

namespace DraftingKit.Cli.Lsp;

/// <summary>
/// Completion where a drafter writes: leads at the start of a paragraph (the operative ones on the "Also"/"Further"
/// ladder of the verbs already used), citations after "resolution 74/" from the catalog with their dates, footnote
/// labels after "[^", and the front matter's keys and values.
/// </summary>
internal static class Completions
{
    private const int Keyword = 14;
    private const int Reference = 18;
    private const int Property = 10;
    private const int EnumMember = 20;

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);
    private static readonly Regex CitationBefore = new(@"\b(?<kind>resolutions?|decisions?)\s+(?:[^\d\s]+\s+)?(?<session>\d{1,4})/(?<number>\d{0,4})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, MatchTimeout);
    private static readonly Regex FootnoteBefore = new(@"\[\^(?<label>[^\]\s\[]{0,40})$", RegexOptions.CultureInvariant, MatchTimeout);
    private static readonly Regex LeadBefore = new(@"^(?<number>\s*\d+\.\s+)?(?<star>\*)?(?<typed>[A-Za-z][A-Za-z ]{0,40})?$", RegexOptions.CultureInvariant, MatchTimeout);

    public static JsonObject At(ServedDocument document, int offset)
    {
        var (line, _) = document.Positions.PositionOf(offset);
        var lineStart = document.Positions.LineStart(line);
        var before = document.Text.Text.Substring(lineStart, offset - lineStart);
        var items = new JsonArray();
        try
        {
            var frontMatter = Templates.FrontMatter.Locate(document.Text.Text);
            if (frontMatter.Present && offset >= frontMatter.YamlStart && offset <= frontMatter.YamlStart + frontMatter.YamlLength)
            {
                FrontMatter(document, before, offset, items);
            }
            else if (FootnoteBefore.Match(before) is { Success: true } footnote)
            {
                foreach (var label in Footnotes.Labels(document.Text.Text))
                {
                    items.Append(Item(label, Reference, "footnote", null, Edit(document, offset - footnote.Groups["label"].Length, offset, label + "]")));
                }
            }
            else if (CitationBefore.Match(before) is { Success: true } citation)
            {
                Citations(document, citation, offset, items);
            }
            else if (LeadBefore.Match(before) is { Success: true } lead)
            {
                Leads(document, lead, lineStart, offset, items);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological line gets no completion rather than a stalled editor.
        }

        return new JsonObject { ["isIncomplete"] = false, ["items"] = items };
    }

    private static void FrontMatter(ServedDocument document, string before, int offset, JsonArray items)
    {
        var colon = before.IndexOf(':');
        if (colon < 0)
        {
            var typed = before.TrimStart();
            foreach (var key in FrontMatterChoices.Keys)
            {
                items.Append(Item(key, Property, "front matter", null, Edit(document, offset - typed.Length, offset, key + ": ")));
            }

            return;
        }

        var name = before.Substring(0, colon).Trim();
        var valueTyped = before.Substring(colon + 1).TrimStart();
        foreach (var value in FrontMatterChoices.ValuesOf(name))
        {
            items.Append(Item(value, EnumMember, name, null, Edit(document, offset - valueTyped.Length, offset, value)));
        }
    }

    private static void Citations(ServedDocument document, Match citation, int offset, JsonArray items)
    {
        var organ = document.Model()?.Header.Organ ?? Organ.GeneralAssembly;
        var code = OrganCodes.Of(organ) ?? "GA";
        var kind = citation.Groups["kind"].Value.StartsWith("d", StringComparison.OrdinalIgnoreCase) ? CitedKind.Decision : CitedKind.Resolution;
        var session = citation.Groups["session"].Value;
        var typed = citation.Groups["number"].Value;
        var start = offset - session.Length - 1 - typed.Length;
        foreach (var entry in document.Checker.Catalog.Current.OfSession(code, kind, session)
            .Where(e => e.Number.StartsWith(session + "/" + typed, StringComparison.Ordinal))
            .OrderBy(e => SerialOf(e.Number)).ThenBy(e => e.Number, StringComparer.Ordinal))
        {
            var insert = entry.Date is { } date ? entry.Number + " of " + date : entry.Number;
            var item = Item(entry.Number, Reference, entry.Date?.ToString() ?? "date not known", entry.Title, Edit(document, start, offset, insert));
            item["sortText"] = SerialOf(entry.Number).ToString("D6", CultureInfo.InvariantCulture) + entry.Number;
            item["filterText"] = entry.Number;
            items.Append(item);
        }
    }

    private static void Leads(ServedDocument document, Match lead, int lineStart, int offset, JsonArray items)
    {
        var model = document.Model();
        var numbered = lead.Groups["number"].Success;
        var operative = numbered || AfterFormula(model, lineStart);
        var typed = lead.Groups["typed"].Value;
        var start = offset - typed.Length - (lead.Groups["star"].Success ? 1 : 0);
        var vocabulary = LeadVocabulary.Default;
        var rank = 0;
        foreach (var (text, count, rung) in operative ? OperativeLeads(model, lineStart, vocabulary) : vocabulary.Preambular.OrderByDescending(p => p.Value).Select(p => (p.Key, p.Value, false)))
        {
            var detail = (rung ? "next on the ladder; " : string.Empty) + count.ToString("N0", CultureInfo.InvariantCulture) + " times in UN resolutions";
            var item = Item(text, Keyword, detail, null, Edit(document, start, offset, "*" + text + "* "));
            item["sortText"] = rank++.ToString("D4", CultureInfo.InvariantCulture);
            item["filterText"] = (lead.Groups["star"].Success ? "*" : string.Empty) + text;
            items.Append(item);
        }
    }

    /// <summary>
    /// The operative leads in the order to offer them: a verb already used in the part comes as its next rung
    /// ("Also decides" after "Decides", "Further decides" after "Also decides"), first; the others by UN frequency.
    /// </summary>
    private static IEnumerable<(string Lead, int Count, bool Rung)> OperativeLeads(ResolutionDocument? model, int lineStart, LeadVocabulary vocabulary)
    {
        var seenPlain = new List<string>();
        var seenAlso = new HashSet<string>(StringComparer.Ordinal);
        if (model is not null)
        {
            foreach (var rung in OperativeLadder.Read(model).Where(r => r.Paragraph.Span.Start < lineStart))
            {
                if (rung.Adverb is null)
                {
                    if (!seenPlain.Contains(rung.Verb))
                    {
                        seenPlain.Add(rung.Verb);
                    }
                }
                else if (rung.Adverb is "Also" or "Further")
                {
                    seenAlso.Add(rung.Verb);
                    if (!seenPlain.Contains(rung.Verb))
                    {
                        seenPlain.Add(rung.Verb);
                    }
                }
            }
        }

        var offered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var verb in seenPlain)
        {
            var next = OperativeLadder.Write(seenAlso.Contains(verb) ? "Further" : "Also", verb);
            if (offered.Add(next))
            {
                yield return (next, vocabulary.Operative.TryGetValue(next, out var count) ? count : 0, true);
            }
        }

        foreach (var pair in vocabulary.Operative.OrderByDescending(p => p.Value))
        {
            // The ladder's rungs of a verb not yet used would draw DK2005 ("Also" without an antecedent).
            if (pair.Key.StartsWith("Also ", StringComparison.Ordinal) || pair.Key.StartsWith("Further ", StringComparison.Ordinal) || seenPlain.Contains(pair.Key))
            {
                continue;
            }

            if (offered.Add(pair.Key))
            {
                yield return (pair.Key, pair.Value, false);
            }
        }
    }

    private static bool AfterFormula(ResolutionDocument? model, int lineStart)
    {
        if (model is null)
        {
            return false;
        }

        foreach (var part in model.Parts)
        {
            if (part.Formula is { } formula && formula.Span.IsKnown && formula.Span.End <= lineStart && part.Span.End >= lineStart)
            {
                return true;
            }

            if (part.OperativePart.Any(b => b.Span.Start <= lineStart && lineStart <= b.Span.End))
            {
                return true;
            }
        }

        return false;
    }

    private static int SerialOf(string number)
    {
        var slash = number.IndexOf('/');
        var digits = new string(number.Skip(slash + 1).TakeWhile(char.IsDigit).ToArray());
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var serial) ? Math.Min(serial, 999_999) : 0;
    }

    private static JsonObject Item(string label, int kind, string? detail, string? documentation, JsonObject edit)
    {
        var item = new JsonObject { ["label"] = label, ["kind"] = kind, ["textEdit"] = edit };
        if (detail is not null)
        {
            item["detail"] = detail;
        }

        if (documentation is not null)
        {
            item["documentation"] = documentation;
        }

        return item;
    }

    private static JsonObject Edit(ServedDocument document, int start, int end, string newText) =>
        Protocol.TextEdit(document.Positions, start, end, newText);
}

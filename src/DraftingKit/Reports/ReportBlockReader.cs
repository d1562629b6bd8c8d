using System.Globalization;
using System.IO;
using DraftingKit.Diagnostics;
using DraftingKit.Model;
using DraftingKit.Security;
using DraftingKit.Templates;
using DraftingKit.Text;

namespace DraftingKit.Reports;

/// <summary>
/// Reads the two kinds of fenced block a report holds: <c>include</c> (a recommended text, by the relative path of its
/// template) and <c>proceeding</c> (one formulaic step of the consideration of a proposal). Every problem is a
/// DK0020 or DK0021 on the block; nothing throws.
/// </summary>
internal static class ReportBlockReader
{
    private static readonly string[] Actions = { "council-recommended", "before", "budget-statement", "oral-revision", "adopted" };

    private static readonly string[] ProceedingKeys =
    {
        "council-recommended", "before", "budget-statement", "oral-revision", "adopted", "at", "meeting", "date", "text",
        "council-resolution", "council-date", "replaces", "sponsors", "later-sponsors", "change", "as-orally", "without-vote",
        "in-favour", "against", "abstentions",
    };

    public static RecommendedText? ReadInclude(string reportPath, Func<string, string?> readTemplate, Lazy<ProjectRoot>? root, string yaml, int start, SourceSpan span, LineMap lines, List<DraftingDiagnostic> diagnostics)
    {
        var fields = YamlFields.Read(yaml, start, lines, diagnostics, ReportDiagnostics.InvalidBlock);
        if (fields is null)
        {
            return null;
        }

        string? template = null;
        var templateSpan = span;
        string? id = null;
        foreach (var field in fields)
        {
            switch (field.Key)
            {
                case "template":
                    template = field.Value;
                    templateSpan = field.ValueSpan;
                    break;
                case "id":
                    id = field.Value;
                    break;
                default:
                    diagnostics.Add(DraftingDiagnostic.Create(ReportDiagnostics.InvalidBlock, field.KeySpan, "An include block has the keys template and id; '" + field.Key + "' is not one of them"));
                    break;
            }
        }

        if (string.IsNullOrEmpty(template))
        {
            diagnostics.Add(DraftingDiagnostic.Create(ReportDiagnostics.InvalidBlock, span, "An include block names the text's template: 'template: draft-resolution-I.res.md'"));
            return null;
        }

        id ??= IdFromPath(template!);
        var folder = Path.GetDirectoryName(reportPath) ?? string.Empty;
        var resolved = Path.Combine(folder, template!.Replace('/', Path.DirectorySeparatorChar));
        if (root is not null && !root.Value.Holds(resolved))
        {
            // SECURITY.md: a report names texts of its own project; '../../etc/passwd' or a link out of it is never read.
            diagnostics.Add(DraftingDiagnostic.Create(InputDiagnostics.OutsideProject, templateSpan, template!, root.Value.Folder));
            return new RecommendedText(id, template!, null, span);
        }

        string? source;
        try
        {
            source = readTemplate(resolved);
        }
        catch (IOException exception)
        {
            diagnostics.Add(DraftingDiagnostic.Create(ReportDiagnostics.TextNotRead, span, template!, exception.Message));
            return new RecommendedText(id, template!, null, span);
        }
        catch (UnauthorizedAccessException exception)
        {
            diagnostics.Add(DraftingDiagnostic.Create(ReportDiagnostics.TextNotRead, span, template!, exception.Message));
            return new RecommendedText(id, template!, null, span);
        }

        if (source is null)
        {
            diagnostics.Add(DraftingDiagnostic.Create(ReportDiagnostics.TextNotRead, span, template!, "no file " + resolved));
            return new RecommendedText(id, template!, null, span);
        }

        var read = TemplateReader.Read(resolved, source);
        foreach (var diagnostic in read.Diagnostics)
        {
            if (diagnostic.Severity == DraftingSeverity.Error)
            {
                diagnostics.Add(DraftingDiagnostic.Create(ReportDiagnostics.TextNotRead, span, template!, diagnostic.ToString()));
                break;
            }
        }

        return new RecommendedText(id, template!, read.Document, span);
    }

    public static Proceeding? ReadProceeding(string yaml, int start, SourceSpan span, LineMap lines, List<DraftingDiagnostic> diagnostics)
    {
        var fields = YamlFields.Read(yaml, start, lines, diagnostics, ReportDiagnostics.InvalidBlock);
        if (fields is null)
        {
            return null;
        }

        var values = new Dictionary<string, YamlField>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (Array.IndexOf(ProceedingKeys, field.Key) < 0)
            {
                diagnostics.Add(DraftingDiagnostic.Create(ReportDiagnostics.InvalidBlock, field.KeySpan, "'" + field.Key + "' is not a key of a proceeding block; the keys are " + string.Join(", ", ProceedingKeys)));
                continue;
            }

            values[field.Key] = field;
        }

        var actions = new List<string>();
        foreach (var action in Actions)
        {
            if (values.ContainsKey(action))
            {
                actions.Add(action);
            }
        }

        if (actions.Count != 1)
        {
            diagnostics.Add(DraftingDiagnostic.Create(ReportDiagnostics.InvalidBlock, span, "A proceeding block names one step: " + string.Join(", ", Actions) + (actions.Count == 0 ? string.Empty : "; this one names " + string.Join(" and ", actions))));
            return null;
        }

        var reader = new FieldReader(values, span, diagnostics);
        var meeting = reader.Meeting();
        var symbol = reader.Text(actions[0]) ?? string.Empty;
        var textId = reader.Text("text");
        switch (actions[0])
        {
            case "council-recommended":
                var councilDate = reader.Date("council-date");
                var resolution = reader.Required("council-resolution");
                return resolution is null || councilDate is null ? null : new CouncilRecommendation(resolution, councilDate.Value, symbol, textId, meeting, span);
            case "before":
                return new DraftBeforeCommittee(symbol, reader.Text("replaces"), textId, reader.Names("sponsors"), reader.Names("later-sponsors"), meeting, span);
            case "budget-statement":
                return new BudgetImplicationsStatement(symbol, meeting, span);
            case "oral-revision":
                return new OralRevision(symbol, reader.Text("change") ?? "revised", meeting, span);
            default:
                RecordedVote? vote = null;
                if (values.ContainsKey("in-favour") || values.ContainsKey("against") || values.ContainsKey("abstentions"))
                {
                    vote = new RecordedVote(reader.Number("in-favour") ?? 0, reader.Number("against") ?? 0, reader.Number("abstentions") ?? 0);
                }

                return new Adoption(symbol, textId, reader.Text("as-orally"), reader.Text("without-vote") == "true", vote, meeting, span);
        }
    }

    /// <summary>"draft-resolution-IV.res.md" → "draft-resolution-IV".</summary>
    public static string IdFromPath(string path)
    {
        var name = Path.GetFileName(path);
        return Templates.TemplateFile.Stem(name);
    }

    private sealed class FieldReader
    {
        private readonly Dictionary<string, YamlField> values;
        private readonly SourceSpan span;
        private readonly List<DraftingDiagnostic> diagnostics;

        public FieldReader(Dictionary<string, YamlField> values, SourceSpan span, List<DraftingDiagnostic> diagnostics)
        {
            this.values = values;
            this.span = span;
            this.diagnostics = diagnostics;
        }

        public string? Text(string key) => values.TryGetValue(key, out var field) && !string.IsNullOrEmpty(field.Value) ? field.Value : null;

        public string? Required(string key)
        {
            var value = Text(key);
            if (value is null)
            {
                diagnostics.Add(DraftingDiagnostic.Create(ReportDiagnostics.InvalidBlock, span, "The block needs '" + key + "'"));
            }

            return value;
        }

        public int? Number(string key)
        {
            if (Text(key) is not { } text)
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            diagnostics.Add(DraftingDiagnostic.Create(ReportDiagnostics.InvalidBlock, values[key].ValueSpan, "'" + key + "' is a number; '" + text + "' is not"));
            return null;
        }

        public UnDate? Date(string key)
        {
            if (Required(key) is not { } text)
            {
                return null;
            }

            if (UnDate.TryParse(text, out var date))
            {
                return date;
            }

            diagnostics.Add(DraftingDiagnostic.Create(ReportDiagnostics.InvalidBlock, values[key].ValueSpan, "'" + key + "' is a date (6 July 2017); '" + text + "' is not"));
            return null;
        }

        public EquatableArray<SponsorName> Names(string key)
        {
            if (!values.TryGetValue(key, out var field))
            {
                return EquatableArray<SponsorName>.Empty;
            }

            if (field.Value is not null)
            {
                diagnostics.Add(DraftingDiagnostic.Create(ReportDiagnostics.InvalidBlock, field.ValueSpan, "'" + key + "' is a list of States, one '- Name' a line or [A, B, C]"));
                return EquatableArray<SponsorName>.Empty;
            }

            var names = new List<SponsorName>();
            foreach (var (name, at) in field.Items)
            {
                names.Add(new SponsorName(name, at));
            }

            return EquatableArray.From(names);
        }

        public MeetingReference? Meeting()
        {
            var form = Text("at") switch
            {
                null or "its" => MeetingForm.Its,
                "the" => MeetingForm.The,
                "also-its" => MeetingForm.AlsoIts,
                "same" => MeetingForm.Same,
                "also-same" => MeetingForm.AlsoSame,
                var other => Bad(other),
            };
            var number = Number("meeting");
            var date = Text("date");
            if (number is null && date is null && form is MeetingForm.Its or MeetingForm.The or MeetingForm.AlsoIts)
            {
                return null;
            }

            var at = values.TryGetValue("meeting", out var field) ? field.ValueSpan : span;
            return new MeetingReference(form, number, date, at);
        }

        private MeetingForm Bad(string value)
        {
            diagnostics.Add(DraftingDiagnostic.Create(ReportDiagnostics.InvalidBlock, values["at"].ValueSpan, "'at' is its, the, also-its, same or also-same; '" + value + "' is not"));
            return MeetingForm.Its;
        }
    }
}

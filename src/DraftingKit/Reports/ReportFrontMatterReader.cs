using System.Globalization;
using DraftingKit.Diagnostics;
using DraftingKit.Model;
using DraftingKit.Templates;
using DraftingKit.Text;

namespace DraftingKit.Reports;

/// <summary>Reads the YAML front matter of a report into a <see cref="ReportHeader"/>.</summary>
internal static class ReportFrontMatterReader
{
    /// <summary>The keys of the report format.</summary>
    public static readonly string[] Keys =
    {
        "kind", "organ", "committee", "symbol", "distribution", "issued", "original-language", "session", "year",
        "agenda-item", "agenda-title", "rapporteur", "rapporteur-state", "chapter", "chapter-title",
    };

    public static ReportHeader Read(string yaml, int yamlStart, LineMap lines, List<DraftingDiagnostic> diagnostics)
    {
        var header = new ReportHeader();
        var fields = YamlFields.Read(yaml, yamlStart, lines, diagnostics, TemplateDiagnostics.InvalidYaml);
        if (fields is null)
        {
            return header;
        }

        var kept = new List<HeaderField>();
        foreach (var field in fields)
        {
            if (Array.IndexOf(Keys, field.Key) < 0)
            {
                diagnostics.Add(DraftingDiagnostic.Create(TemplateDiagnostics.UnknownKey, field.KeySpan, field.Key, string.Join(", ", Keys)));
                continue;
            }

            if (field.Value is not { } value)
            {
                diagnostics.Add(DraftingDiagnostic.Create(TemplateDiagnostics.InvalidValue, field.ValueSpan, field.Key, "a list", "write a single value on the line"));
                continue;
            }

            kept.Add(new HeaderField(field.Key, value, field.KeySpan, field.ValueSpan));
            header = Apply(header, field.Key, value, field.ValueSpan, diagnostics);
        }

        return header with { Fields = EquatableArray.From(kept) };
    }

    private static ReportHeader Apply(ReportHeader header, string key, string value, SourceSpan span, List<DraftingDiagnostic> diagnostics)
    {
        switch (key)
        {
            case "kind":
                return value switch
                {
                    "committee-report" => header with { Kind = ReportKind.CommitteeReport },
                    "commission-report" => header with { Kind = ReportKind.CommissionReport },
                    _ => Invalid(header, key, value, span, "write 'committee-report' or 'commission-report'", diagnostics),
                };
            case "organ":
                return header with { Organ = Organ.Find(value) ?? Organ.Other(value) };
            case "session":
            case "year":
                if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number <= 0)
                {
                    return Invalid(header, key, value, span, "write a number: 72 for the seventy-second session, 2017 for a year", diagnostics);
                }

                return key == "session" ? header with { Session = number } : header with { Year = number };
            case "issued":
                return UnDate.TryParse(value, out var date)
                    ? header with { Issued = date }
                    : Invalid(header, key, value, span, "write a real date as 2017-11-28 or 28 November 2017", diagnostics);
            case "committee":
                return header with { Committee = value };
            case "symbol":
                return header with { Symbol = value };
            case "distribution":
                return header with { Distribution = value };
            case "original-language":
                return header with { OriginalLanguage = value };
            case "agenda-item":
                return header with { AgendaItem = value };
            case "agenda-title":
                return header with { AgendaTitle = value };
            case "rapporteur":
                return header with { Rapporteur = value };
            case "rapporteur-state":
                return header with { RapporteurState = value };
            case "chapter":
                return header with { Chapter = value };
            case "chapter-title":
                return header with { ChapterTitle = value };
            default:
                return header;
        }
    }

    private static ReportHeader Invalid(ReportHeader header, string key, string value, SourceSpan span, string hint, List<DraftingDiagnostic> diagnostics)
    {
        diagnostics.Add(DraftingDiagnostic.Create(TemplateDiagnostics.InvalidValue, span, key, value, hint));
        return header;
    }
}

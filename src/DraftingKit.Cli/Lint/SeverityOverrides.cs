using DraftingKit.Diagnostics;
using DraftingKit.Rules;

namespace DraftingKit.Cli.Lint;

/// <summary>
/// The <c>--severity</c> values: a level alone ("warning") is the least severe finding shown; "DK2001=error" or
/// "operative-lead-form=none" sets the severity of one rule, as <c>.editorconfig</c> does for the analyzer.
/// </summary>
internal sealed class SeverityOverrides
{
    private readonly Dictionary<string, DraftingSeverity?> byId = new(StringComparer.Ordinal);

    private SeverityOverrides()
    {
    }

    public DraftingSeverity Minimum { get; private set; } = DraftingSeverity.Info;

    public static SeverityOverrides? Parse(IEnumerable<string> values, out string? error)
    {
        error = null;
        var overrides = new SeverityOverrides();
        foreach (var value in values)
        {
            var equals = value.IndexOf('=');
            if (equals < 0)
            {
                if (ParseLevel(value) is not { } minimum)
                {
                    error = $"'{value}' is not a severity; write info, warning or error, or ID=level";
                    return null;
                }

                overrides.Minimum = minimum;
                continue;
            }

            var name = value.Substring(0, equals).Trim();
            var level = value.Substring(equals + 1).Trim();
            var descriptor = RuleCatalog.Find(name);
            if (descriptor is null)
            {
                error = $"'{name}' is neither a rule id nor an alias";
                return null;
            }

            if (level is "none" or "silent" or "hidden")
            {
                overrides.byId[descriptor.Id] = null;
            }
            else if (ParseLevel(level) is { } parsed)
            {
                overrides.byId[descriptor.Id] = parsed;
            }
            else
            {
                error = $"'{level}' is not a severity; write none, info, warning or error";
                return null;
            }
        }

        return overrides;
    }

    /// <summary>The findings with their severities set, those below the minimum or switched off left out.</summary>
    public List<DraftingDiagnostic> Apply(IEnumerable<DraftingDiagnostic> findings)
    {
        var kept = new List<DraftingDiagnostic>();
        foreach (var finding in findings)
        {
            var severity = finding.Severity;
            if (byId.TryGetValue(finding.Id, out var configured))
            {
                if (configured is not { } level)
                {
                    continue;
                }

                severity = level;
            }

            if (severity >= Minimum && severity != DraftingSeverity.Hidden)
            {
                kept.Add(finding with { Severity = severity });
            }
        }

        return kept;
    }

    private static DraftingSeverity? ParseLevel(string text) => text.Trim().ToLowerInvariant() switch
    {
        "info" or "suggestion" or "note" => DraftingSeverity.Info,
        "warning" => DraftingSeverity.Warning,
        "error" => DraftingSeverity.Error,
        _ => null,
    };
}

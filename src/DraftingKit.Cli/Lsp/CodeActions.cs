using System.Text.Json.Nodes;
using DraftingKit.Diagnostics;
using DraftingKit.Rules;

namespace DraftingKit.Cli.Lsp;

/// <summary>
/// The code actions on a range: the engine's fix of each finding there, "fix all" of its rule and of every rule in
/// the document (the engine's edits applied in passes, as <c>draftkit lint --fix</c> applies them), and "set this
/// rule's severity", which writes the project's <c>.globalconfig</c>.
/// </summary>
internal static class CodeActions
{
    public static JsonArray For(ServedDocument document, JsonObject parameters)
    {
        var start = document.OffsetOf(parameters["range"]?["start"]);
        var end = document.OffsetOf(parameters["range"]?["end"]);
        var only = parameters["context"]?["only"] as JsonArray;
        var findings = document.Findings();
        var here = findings.Where(f => Touches(f, document.Text.Path, start, end)).ToList();
        var actions = new JsonArray();
        var wantsQuickFix = Wants(only, "quickfix");
        if (wantsQuickFix)
        {
            foreach (var finding in here.Where(f => f.HasFix))
            {
                actions.Append(Action(
                    "Fix " + finding.Id + ": " + Describe(finding, document.Text.Text),
                    "quickfix",
                    Edit(document, finding.Fix.Select(e => (e.Span.Start, e.Span.End, e.NewText))),
                    finding,
                    document.Positions,
                    preferred: true));
            }

            foreach (var rule in here.Where(f => f.HasFix).Select(f => f.Descriptor).Distinct())
            {
                if (findings.Count(f => f.Id == rule.Id && f.HasFix) > 1 && FixAll(document, f => f.Id == rule.Id) is { } edit)
                {
                    actions.Append(Action("Fix all " + rule.Id + " (" + rule.Title + ") in this document", "quickfix", edit, null, document.Positions));
                }
            }
        }

        if ((wantsQuickFix || Wants(only, "source.fixAll")) && findings.Count(f => f.HasFix) > 0 && FixAll(document, _ => true) is { } all)
        {
            actions.Append(Action("Fix all DraftingKit findings in this document", "source.fixAll", all, null, document.Positions));
        }

        if (wantsQuickFix)
        {
            foreach (var finding in here.GroupBy(f => f.Id).Select(g => g.First()))
            {
                foreach (var level in GlobalConfigWriter.Levels)
                {
                    if (LevelOf(finding.Severity) == level || finding.Descriptor.Id.StartsWith("DK09", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var title = level == "none"
                        ? "Switch off " + finding.Id + " in .globalconfig"
                        : "Make " + finding.Id + " " + (level == "error" ? "an " : "a ") + level + " in .globalconfig";
                    actions.Append(new JsonObject
                    {
                        ["title"] = title,
                        ["kind"] = "quickfix",
                        ["diagnostics"] = new JsonArray(DiagnosticJson.Of(finding, document.Text.Path, document.Positions)),
                        ["command"] = new JsonObject
                        {
                            ["title"] = title,
                            ["command"] = LanguageServer.SetSeverityCommand,
                            ["arguments"] = new JsonArray(document.Text.Uri, finding.Id, level),
                        },
                    });
                }
            }
        }

        return actions;
    }

    /// <summary>
    /// The text after every fix <paramref name="select"/> takes, in passes until none applies (a fix can uncover
    /// another), as one edit of the span that changed; null when nothing changes.
    /// </summary>
    public static JsonObject? FixAll(ServedDocument document, Func<DraftingDiagnostic, bool> select)
    {
        var original = document.Text.Text;
        var text = original;
        var findings = document.Findings();
        for (var pass = 0; pass < 4; pass++)
        {
            var fixedText = DraftingLinter.ApplyFixes(text, findings.Where(select), out var applied);
            if (applied == 0 || fixedText == text)
            {
                break;
            }

            text = fixedText;
            if (document.Checker.CheckWithin(document.Text.Path, text, ServedDocument.RequestTimeout) is not { } next)
            {
                break;
            }

            findings = next;
        }

        return text == original ? null : Edit(document, new[] { Difference(original, text) });
    }

    /// <summary>The one span of <paramref name="before"/> that differs from <paramref name="after"/>, and its new text.</summary>
    public static (int Start, int End, string NewText) Difference(string before, string after)
    {
        var prefix = 0;
        var limit = Math.Min(before.Length, after.Length);
        while (prefix < limit && before[prefix] == after[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < limit - prefix && before[before.Length - 1 - suffix] == after[after.Length - 1 - suffix])
        {
            suffix++;
        }

        return (prefix, before.Length - suffix, after.Substring(prefix, after.Length - suffix - prefix));
    }

    public static JsonObject Edit(ServedDocument document, IEnumerable<(int Start, int End, string NewText)> edits)
    {
        var array = new JsonArray();
        foreach (var (start, end, newText) in edits)
        {
            array.Append(Protocol.TextEdit(document.Positions, start, end, newText));
        }

        return new JsonObject { ["changes"] = new JsonObject { [document.Text.Uri] = array } };
    }

    private static JsonObject Action(string title, string kind, JsonObject edit, DraftingDiagnostic? finding, TextPositions positions, bool preferred = false)
    {
        var action = new JsonObject { ["title"] = title, ["kind"] = kind, ["edit"] = edit };
        if (finding is not null)
        {
            action["diagnostics"] = new JsonArray(DiagnosticJson.Of(finding, finding.Span.Path, positions));
        }

        if (preferred)
        {
            action["isPreferred"] = true;
        }

        return action;
    }

    /// <summary>What the fix does, in the drafter's words: "write 'Also requests'" or "delete ','".</summary>
    private static string Describe(DraftingDiagnostic finding, string text)
    {
        if (finding.Fix.Count == 1)
        {
            var edit = finding.Fix[0];
            var old = edit.Span.Start >= 0 && edit.Span.End <= text.Length ? text.Substring(edit.Span.Start, edit.Span.Length) : string.Empty;
            if (edit.NewText.Length == 0 && old.Length is > 0 and <= 40)
            {
                return "delete '" + old + "'";
            }

            if (edit.NewText.Length is > 0 and <= 40 && edit.NewText.IndexOf('\n') < 0)
            {
                return old.Length is > 0 and <= 40 && old.IndexOf('\n') < 0 ? "write '" + edit.NewText + "' for '" + old + "'" : "write '" + edit.NewText + "'";
            }
        }

        return finding.Descriptor.Fix.Title.Length > 0 ? finding.Descriptor.Fix.Title : finding.Descriptor.Title;
    }

    private static bool Touches(DraftingDiagnostic finding, string path, int start, int end)
    {
        var span = finding.Span;
        return (span.Path.Length == 0 || span.Path == path) && span.Start <= end && start <= span.End;
    }

    private static bool Wants(JsonArray? only, string kind) =>
        only is null || only.Count == 0 || only.Any(k => Protocol.String(k) is { } wanted && (kind == wanted || kind.StartsWith(wanted + ".", StringComparison.Ordinal)));

    private static string LevelOf(DraftingSeverity severity) => severity switch
    {
        DraftingSeverity.Error => "error",
        DraftingSeverity.Warning => "warning",
        DraftingSeverity.Info => "suggestion",
        _ => "none",
    };
}

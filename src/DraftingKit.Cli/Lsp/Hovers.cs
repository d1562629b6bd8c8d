using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using DraftingKit.Citations;
using DraftingKit.Model;

namespace DraftingKit.Cli.Lsp;

/// <summary>
/// What the pointer rests on: a finding (its message, its rule and what the rule's page says it checks), a citation
/// (what the catalog knows of the cited text: title, date of adoption, source), or a lead (how often the UN uses it).
/// </summary>
internal static class Hovers
{
    public static JsonObject? At(ServedDocument document, int offset)
    {
        var text = new StringBuilder();
        int? start = null;
        int? end = null;
        foreach (var finding in document.Findings().Where(f => f.Span.Path == document.Text.Path && f.Span.Start <= offset && offset <= f.Span.End))
        {
            text.Append("**").Append(finding.Id).Append("** ").Append(finding.Descriptor.Title).Append("\n\n").Append(finding.Message).Append("\n\n");
            if (RulePages.WhatItChecks(finding.Id) is { } page)
            {
                text.Append(page).Append("\n\n");
            }

            text.Append('[').Append(finding.Id).Append(" rule page](").Append(finding.Descriptor.HelpLink).Append(")\n\n");
            start ??= finding.Span.Start;
            end ??= finding.Span.End;
        }

        var (line, _) = document.Positions.PositionOf(offset);
        var lineStart = document.Positions.LineStart(line);
        var lineText = document.Positions.LineText(line);
        var column = offset - lineStart;
        if (Citation(document, lineText, column) is { } cited)
        {
            text.Append(cited.Markdown);
            start ??= lineStart + cited.Start;
            end ??= lineStart + cited.End;
        }
        else if (LeadAt.Read(lineText) is { } lead && column >= lead.Start && column <= lead.Start + lead.Length)
        {
            var count = lead.Count();
            var kind = lead.Operative ? "operative" : "preambular";
            text.Append("**").Append(lead.Lead).Append("**: ").Append(count == 0
                ? "the UN's resolutions read for DraftingKit's vocabulary never open a " + kind + " paragraph with this lead"
                : "opens " + count.ToString("N0", CultureInfo.InvariantCulture) + " " + kind + " paragraphs in the UN resolutions DraftingKit's lead vocabulary was read from (Vocabulary/" + kind + "-leads.tsv)");
            start ??= lineStart + lead.Start;
            end ??= lineStart + lead.Start + lead.Length;
        }

        if (text.Length == 0)
        {
            return null;
        }

        return new JsonObject
        {
            ["contents"] = new JsonObject { ["kind"] = "markdown", ["value"] = text.ToString().TrimEnd() },
            ["range"] = Protocol.Range(document.Positions, start ?? offset, end ?? offset),
        };
    }

    private static (string Markdown, int Start, int End)? Citation(ServedDocument document, string line, int column)
    {
        var organ = document.Model()?.Header.Organ ?? Organ.GeneralAssembly;
        foreach (var citation in CitationRecognizer.Find(line, organ))
        {
            var start = citation.NumberStart;
            var end = citation.DateLength > 0 && !citation.DateIsShared ? citation.DateStart + citation.DateLength : citation.NumberStart + citation.Number.Length;
            if (column < start || column > end || citation.Organ is null)
            {
                continue;
            }

            var kind = citation.Kind == CitedKind.Decision ? "decision" : "resolution";
            var entry = document.Checker.Catalog.Current.Find(citation.Organ, citation.Kind, citation.Number);
            var markdown = new StringBuilder();
            markdown.Append("**").Append(citation.Organ).Append(' ').Append(kind).Append(' ').Append(citation.Number).Append("**");
            if (entry is null)
            {
                markdown.Append("\n\nNot in DraftingKit's catalog (the embedded one, the project's `*.catalog.csv` files and its templates).");
            }
            else
            {
                if (entry.Title is { Length: > 0 } title)
                {
                    markdown.Append("\n\n").Append(title);
                }

                markdown.Append("\n\nAdopted: ").Append(entry.Date?.ToString() ?? "date not known");
                markdown.Append("\n\nSource: ").Append(entry.Source).Append(" (").Append(entry.Evidence).Append(')');
            }

            return (markdown.ToString(), start, end);
        }

        return null;
    }
}

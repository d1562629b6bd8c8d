using System.Globalization;
using System.IO;
using DraftingKit.Diagnostics;
using DraftingKit.Model;
using DraftingKit.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DraftingKit.Templates;

/// <summary>Reads the YAML front matter of a template into a <see cref="DocumentHeader"/>.</summary>
internal static class FrontMatterReader
{
    /// <summary>The keys of the template format, in the order the Markdown writer emits them.</summary>
    public static readonly string[] Keys =
    {
        "kind", "status", "organ", "symbol", "number", "label", "sponsors", "session", "agenda-item", "agenda-title",
        "distribution", "issued", "original-language", "language", "adopted", "reference", "title", "meeting", "akn-subparagraphs", "akn-subparagraph-forms", "akn-headings", "akn-heading-forms",
        "akn-heading-containers", "akn-bullets", "akn-preamble-in-main-body",
    };

    public static DocumentHeader Read(string text, FrontMatter frontMatter, LineMap lines, List<DraftingDiagnostic> diagnostics)
    {
        var header = new DocumentHeader();
        if (!frontMatter.Present)
        {
            return header;
        }

        var yaml = text.Substring(frontMatter.YamlStart, frontMatter.YamlLength);
        if (yaml.Trim().Length == 0)
        {
            return header;
        }

        if (Security.YamlGuard.TooLong(yaml) is { } tooLong)
        {
            diagnostics.Add(DraftingDiagnostic.Create(TemplateDiagnostics.InvalidYaml, lines.Span(frontMatter.YamlStart + tooLong.Index, 0), tooLong.Message));
            return header;
        }

        var baseLine = lines.Span(frontMatter.YamlStart, 0).Line;
        var events = new FrontMatterEvents();
        IReadOnlyList<FrontMatterEntry> entries;
        FrontMatterShape shape;
        try
        {
            events.Read(yaml);
            entries = events.Entries;
            shape = events.Shape;
        }
        catch (Exception exception) when (!events.NeedsNodeModel && (exception is YamlException or InvalidOperationException or ArgumentException))
        {
            diagnostics.Add(YamlError(lines, baseLine, frontMatter, exception));
            return header;
        }
        catch (Exception exception) when (exception is YamlException or InvalidOperationException or ArgumentException)
        {
            // The node model reads this YAML again and reports what it meets first.
            entries = events.Entries;
            shape = events.Shape;
        }

        if (events.Refusal is { } refusal)
        {
            diagnostics.Add(DraftingDiagnostic.Create(TemplateDiagnostics.InvalidYaml, lines.Span(frontMatter.YamlStart + refusal.Index, 0), refusal.Message));
            return header;
        }

        if (events.NeedsNodeModel)
        {
            try
            {
                (entries, shape) = FromNodeModel(yaml);
            }
            catch (Exception exception) when (exception is YamlException or InvalidOperationException or ArgumentException)
            {
                diagnostics.Add(YamlError(lines, baseLine, frontMatter, exception));
                return header;
            }
        }

        if (shape == FrontMatterShape.NoDocument)
        {
            return header;
        }

        if (shape == FrontMatterShape.NotMapping)
        {
            diagnostics.Add(DraftingDiagnostic.Create(
                TemplateDiagnostics.InvalidYaml,
                lines.Span(frontMatter.YamlStart, frontMatter.YamlLength),
                "it must be a list of 'key: value' lines"));
            return header;
        }

        var fields = new List<HeaderField>();
        foreach (var entry in entries)
        {
            var keySpan = SpanOf(lines, baseLine, entry.KeyStart, entry.KeyEnd);
            var valueSpan = SpanOf(lines, baseLine, entry.ValueStart, entry.ValueEnd);
            var key = entry.Key;
            if (Array.IndexOf(Keys, key) < 0)
            {
                diagnostics.Add(DraftingDiagnostic.Create(TemplateDiagnostics.UnknownKey, keySpan, key, string.Join(", ", Keys)));
                continue;
            }

            if (entry.Value is not { } rawValue)
            {
                diagnostics.Add(DraftingDiagnostic.Create(TemplateDiagnostics.InvalidValue, valueSpan, key, entry.Shape, "write a single value on the line"));
                continue;
            }

            var value = rawValue.Trim();
            fields.Add(new HeaderField(key, value, keySpan, valueSpan));
            header = Apply(header, key, value, valueSpan, diagnostics);
        }

        header = header with { Fields = EquatableArray.From(fields) };
        if (header.SpanOf("organ") is null && header.Symbol is { } symbol && Organ.OfSymbol(symbol) is { } organ)
        {
            // Without an `organ:` line the symbol says whose text it is ("S/RES/2250 (2015)": the Security Council).
            header = header with { Organ = organ };
        }

        CheckAdoptedTextKeys(header, lines.Span(frontMatter.YamlStart, 0), diagnostics);
        return header;
    }

    /// <summary>An adopted text prints its date of adoption and closes with its meeting and date.</summary>
    private static void CheckAdoptedTextKeys(DocumentHeader header, SourceSpan frontMatterStart, List<DraftingDiagnostic> diagnostics)
    {
        if (header.Status != DocumentStatus.Adopted)
        {
            return;
        }

        var at = header.SpanOf("status") ?? frontMatterStart;
        if (header.Adopted is null)
        {
            diagnostics.Add(DraftingDiagnostic.Create(TemplateDiagnostics.MissingKey, at, "adopted", "an adopted text prints its date of adoption, as the record of its meeting gives it (adopted: YYYY-MM-DD)"));
        }

        // The examples show the form only: the date and the meeting are in the record, and a plausible value
        // ("50th plenary meeting") would be copied in unchecked (issue 17).
        // An organ whose adoption line names the meeting also adopts without one (the Council's written procedure of
        // 2020, "Adopted by the Security Council on 2 June 2020"): the meeting is then optional.
        if (header.Meeting is null && header.Organ.ClosesWithMeeting)
        {
            diagnostics.Add(DraftingDiagnostic.Create(TemplateDiagnostics.MissingKey, at, "meeting", "an adopted text closes with the meeting that adopted it, as its record names it (meeting: Nth plenary meeting)"));
        }
    }

    private static DocumentHeader Apply(DocumentHeader header, string key, string value, SourceSpan span, List<DraftingDiagnostic> diagnostics)
    {
        switch (key)
        {
            case "kind":
                return value switch
                {
                    "resolution" => header with { Kind = DocumentKind.Resolution },
                    "decision" => header with { Kind = DocumentKind.Decision },
                    _ => Invalid(header, key, value, span, "write 'resolution' or 'decision'", diagnostics),
                };
            case "status":
                return value switch
                {
                    "draft" => header with { Status = DocumentStatus.Draft },
                    "adopted" => header with { Status = DocumentStatus.Adopted },
                    _ => Invalid(header, key, value, span, "write 'draft' or 'adopted'", diagnostics),
                };
            case "organ":
                return value.Length == 0
                    ? Invalid(header, key, value, span, "name the organ, for example 'General Assembly'", diagnostics)
                    : header with { Organ = Organ.Find(value) ?? Organ.Other(value) };
            case "session":
                return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var session) && session > 0
                    ? header with { Session = session }
                    : Invalid(header, key, value, span, "write the session as a number: 74 for the seventy-fourth session, 2017 for the Council's 2017 session", diagnostics);
            case "issued":
            case "adopted":
                if (!UnDate.TryParse(value, out var date))
                {
                    return Invalid(header, key, value, span, "write a real date as 2019-12-18 or 18 December 2019", diagnostics);
                }

                return key == "issued" ? header with { Issued = date } : header with { Adopted = date };
            case "symbol":
                return header with { Symbol = value };
            case "number":
                return header with { Number = value };
            case "label":
                return header with { Label = value };
            case "sponsors":
                return header with { Sponsors = value };
            case "title":
                return header with { Title = value };
            case "agenda-item":
                return header with { AgendaItem = value };
            case "agenda-title":
                return header with { AgendaTitle = value };
            case "distribution":
                return header with { Distribution = value };
            case "reference":
                return header with { Reference = value };
            case "meeting":
                return header with { Meeting = value };
            case "original-language":
                return header with { OriginalLanguage = value };
            case "language":
                return DocumentLanguage.Find(value) is { } language
                    ? header with { Language = language }
                    : Invalid(header, key, value, span, "write one of the six official languages by its code: ar, zh, en, fr, ru or es (English when the key is absent)", diagnostics);
            case "akn-subparagraphs":
                return value is "points" or "paragraphs" or "numbered"
                    ? header with { AknSubparagraphs = value == "points" ? null : value }
                    : Invalid(header, key, value, span, "write 'points', 'paragraphs' or 'numbered'", diagnostics);
            case "akn-subparagraph-forms":
                return AknSubparagraphExceptions.TryParse(value, out _)
                    ? header with { AknSubparagraphExceptions = value }
                    : Invalid(header, key, value, span, "write a form ('points', 'paragraphs' or 'numbered') and the places of its subparagraphs in reading order, such as 'numbered 3-4 9; points 1-2'", diagnostics);
            case "akn-headings":
                return value is "in-text" or "numbered"
                    ? header with { AknHeadings = value == "in-text" ? null : value }
                    : Invalid(header, key, value, span, "write 'in-text' or 'numbered'", diagnostics);
            case "akn-heading-containers":
                return AknHeadingContainers.TryParse(value, out _)
                    ? header with { AknHeadingContainers = value }
                    : Invalid(header, key, value, span, "write the places of the headings in reading order, such as '3 7'", diagnostics);
            case "akn-bullets":
                return value is "in-text" or "numbered"
                    ? header with { AknBullets = value == "in-text" ? null : value }
                    : Invalid(header, key, value, span, "write 'in-text' or 'numbered'", diagnostics);
            case "akn-heading-forms":
                return AknHeadingExceptions.TryParse(value, out _)
                    ? header with { AknHeadingExceptions = value }
                    : Invalid(header, key, value, span, "write a form ('in-text' or 'numbered') and the places of its headings in reading order, such as 'in-text 1 4-6'", diagnostics);
            case "akn-preamble-in-main-body":
                return AknPreambleInMainBody.TryParse(value, out _)
                    ? header with { AknPreambleInMainBody = value }
                    : Invalid(header, key, value, span, "write the places of the preambular paragraphs in reading order, such as '12' or '11-12'", diagnostics);
            default:
                return header;
        }
    }

    private static DocumentHeader Invalid(DocumentHeader header, string key, string value, SourceSpan span, string hint, List<DraftingDiagnostic> diagnostics)
    {
        diagnostics.Add(DraftingDiagnostic.Create(TemplateDiagnostics.InvalidValue, span, key, value, hint));
        return header;
    }

    /// <summary>
    /// The entries as YamlDotNet's node model reads them: for the YAML the events leave to it (a key written twice, a
    /// nested mapping), whose errors are the node model's own.
    /// </summary>
    internal static (IReadOnlyList<FrontMatterEntry> Entries, FrontMatterShape Shape) FromNodeModel(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count == 0)
        {
            return (Array.Empty<FrontMatterEntry>(), FrontMatterShape.NoDocument);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            return (Array.Empty<FrontMatterEntry>(), FrontMatterShape.NotMapping);
        }

        var entries = new List<FrontMatterEntry>();
        foreach (var entry in mapping.Children)
        {
            var value = entry.Value as YamlScalarNode;
            entries.Add(new FrontMatterEntry(
                (entry.Key as YamlScalarNode)?.Value ?? string.Empty,
                entry.Key.Start,
                entry.Key.End,
                value?.Value,
                value?.Value is null ? Describe(entry.Value) : string.Empty,
                entry.Value.Start,
                entry.Value.End));
        }

        return (entries, FrontMatterShape.Mapping);
    }

    private static DraftingDiagnostic YamlError(LineMap lines, int baseLine, FrontMatter frontMatter, Exception exception) =>
        exception is YamlException yaml
            ? DraftingDiagnostic.Create(TemplateDiagnostics.InvalidYaml, SpanAt(lines, baseLine, yaml.Start), FirstLine(exception.Message))

            // YamlDotNet's scanner throws the others on some malformed flow sequences (found by RuleFuzzTests).
            : DraftingDiagnostic.Create(TemplateDiagnostics.InvalidYaml, lines.Span(frontMatter.YamlStart, frontMatter.YamlLength), FirstLine(exception.Message));

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "empty",
    };

    private static SourceSpan SpanOf(LineMap lines, int baseLine, Mark startMark, Mark endMark)
    {
        var start = lines.Offset(baseLine + (int)startMark.Line - 1, (int)startMark.Column);
        var end = lines.Offset(baseLine + (int)endMark.Line - 1, (int)endMark.Column);
        return lines.Span(start, Math.Max(0, end - start));
    }

    private static SourceSpan SpanAt(LineMap lines, int baseLine, Mark mark)
    {
        var line = baseLine + Math.Max(0, (int)mark.Line - 1);
        return lines.Span(lines.Offset(line, Math.Max(1, (int)mark.Column)), 1);
    }

    private static string FirstLine(string message)
    {
        var index = message.IndexOf('\n');
        var text = index < 0 ? message : message.Substring(0, index);

        // YamlDotNet prefixes its messages with "(Line: 2, Col: 5, Idx: …) - (…): "; the span says where.
        var marker = text.LastIndexOf("): ", StringComparison.Ordinal);
        return (marker >= 0 ? text.Substring(marker + 3) : text).Trim();
    }
}

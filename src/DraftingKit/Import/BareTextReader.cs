using DraftingKit.Model;

namespace DraftingKit.Import;

/// <summary>
/// Reads a text that stands on its own without a label or an adoption line: a draft as <c>draftkit render</c>
/// prints it (its masthead, its sponsors line or title, then "The General Assembly,"), or a draft pasted from a word processor.
/// The blocks before the enacting formula are the masthead (symbol, organ, date, session, agenda item) and the
/// title; a text whose formula runs on into one sentence ("The General Assembly decides …") or whose paragraphs
/// are lettered ("(a) Takes note …") is a decision, as the UN drafts decisions; any other is a resolution.
/// </summary>
internal static class BareTextReader
{

    public static TextSegment? TryRead(IReadOnlyList<SourceBlock> blocks)
    {
        var paragraphs = blocks.Where(block => block.Kind == SourceBlockKind.Paragraph).ToList();
        var formulaIndex = paragraphs.FindIndex(block => TextAssembler.FormulaSubject(block.Text) is not null);
        if (formulaIndex < 0)
        {
            return null;
        }

        var subject = TextAssembler.FormulaSubject(paragraphs[formulaIndex].Text)!;
        var organ = TextAssembler.FindOrgan(subject);
        var formula = InlineParser.Plain(paragraphs[formulaIndex].Text).Trim();
        var next = formulaIndex + 1 < paragraphs.Count ? InlineParser.Plain(paragraphs[formulaIndex + 1].Text).TrimStart() : string.Empty;
        var decision = (formula.Length > subject.Length && formula[subject.Length] == ' ') || next.StartsWith("(a) ", StringComparison.Ordinal);
        var kind = decision ? DocumentKind.Decision : DocumentKind.Resolution;

        var header = new DocumentHeader { Kind = kind, Status = DocumentStatus.Draft, Organ = organ, Language = TextAssembler.FormulaLanguage(subject) };
        var title = new List<string>();
        var sawAgendaItem = false;
        for (var i = 0; i < formulaIndex; i++)
        {
            var plain = InlineParser.Plain(ReportSplitter.StripBold(paragraphs[i].Text)).Trim();
            // "Albania, France, Japan and United States of America: draft resolution", under the masthead of a draft.
            if (title.Count == 0 && header.Sponsors is null && HeaderReading.TrySponsorsLine(plain, out var sponsors, out kind, out var language))
            {
                header = header with { Sponsors = sponsors, Kind = kind, Language = language.IsEnglish ? header.Language : language };
                continue;
            }

            if (title.Count == 0 && AdoptedResolutionReader.ReadHeaderBlock(paragraphs[i], header, ref sawAgendaItem, agendaTitleAfter: false, diagnostics: null) is { } read)
            {
                header = read;
                continue;
            }

            title.Add(plain);
        }

        var segment = new TextSegment(kind, paragraphs[formulaIndex].Span)
        {
            Status = DocumentStatus.Draft,
            Header = header with { Title = title.Count == 0 ? null : string.Join(" ", title) },
        };
        segment.Body.AddRange(paragraphs.Skip(formulaIndex));
        segment.Footnotes.AddRange(blocks.Where(block => block.Kind == SourceBlockKind.FootnoteText));
        return segment;
    }
}

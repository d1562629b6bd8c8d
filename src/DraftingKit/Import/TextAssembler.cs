using System.Globalization;
using System.Text.RegularExpressions;
using DraftingKit.Diagnostics;
using DraftingKit.Model;
using DraftingKit.Templates;
using DraftingKit.Vocabulary;

namespace DraftingKit.Import;

/// <summary>
/// Builds the model of one resolution or decision from its source blocks: title, enacting formula, preambular
/// and operative paragraphs (numbered, lettered or one sentence running on from the formula), subparagraphs,
/// embedded numbered lists such as provisional agendas, and headings inside the preamble or operative part. It
/// places paragraphs the way <see cref="TemplateReader"/> reads the template written from them, so that the
/// template reads back into the same model.
/// </summary>
internal sealed class TextAssembler
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private static readonly Regex Numbered = new(@"^(?<number>\d{1,3})\.\s+(?<text>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline, Timeout);
    private static readonly Regex Bullet = new(@"^-\s+(?<text>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline, Timeout);
    private static readonly Regex AnnexLabel = new(@"^Annex(?: (?<number>[IVXLC]+|\d+|[A-Z]))?$", RegexOptions.CultureInvariant, Timeout);

    private readonly string path;
    private readonly LeadVocabulary vocabulary;
    private readonly List<DraftingDiagnostic> diagnostics;
    private readonly LeadRestorer leads;

    private readonly BlockDrafts preamble = new();
    private readonly BlockDrafts operative = new();
    private readonly List<AnnexBuilder> annexes = new();
    private int lastNumber;
    private bool lettered;
    private int lastLetter;

    public TextAssembler(string path, LeadVocabulary vocabulary, List<DraftingDiagnostic> diagnostics)
    {
        this.path = path;
        this.vocabulary = vocabulary;
        this.diagnostics = diagnostics;
        leads = new LeadRestorer(vocabulary, diagnostics);
    }

    public ResolutionDocument? Build(TextSegment segment)
    {
        var body = new List<SourceBlock>(segment.Body);
        if (segment.Quoted)
        {
            StripQuotation(body);
        }

        var formulaIndex = body.FindIndex(block => FormulaSubject(FormulaText(block.Text)) is not null);
        if (formulaIndex < 0)
        {
            diagnostics.Add(DraftingDiagnostic.Create(
                ImportDiagnostics.TextNotGiven,
                segment.Span,
                (segment.Label ?? "The text") + " is announced but the document gives no enacting formula ('The General Assembly,' …) for it; it is not imported" + (body.Count == 0 ? string.Empty : " (its " + body.Count.ToString(CultureInfo.InvariantCulture) + " paragraph(s) are report text)")));
            return null;
        }

        var titleParts = new List<string>();
        if (segment.Title is { } givenTitle)
        {
            titleParts.Add(givenTitle);
        }

        for (var i = 0; i < formulaIndex; i++)
        {
            titleParts.Add(InlineParser.Plain(ReportSplitter.StripBold(body[i].Text)).Trim());
        }

        var formulaBlock = body[formulaIndex];
        var formulaRaw = FormulaText(formulaBlock.Text);
        if (formulaRaw.Length != formulaBlock.Text.Length)
        {
            diagnostics.Add(DraftingDiagnostic.Create(
                ImportDiagnostics.ReportTextSkipped,
                formulaBlock.Span,
                "The report's paragraph number before the text ('" + formulaBlock.Text.Substring(0, formulaBlock.Text.Length - formulaRaw.Length).Trim() + "') is not part of the text; it is not imported"));
        }

        var subject = FormulaSubject(formulaRaw)!;
        var organ = FindOrgan(subject);
        var formula = BuildFormula(formulaRaw, subject, formulaBlock.Span);

        var rest = new List<SourceBlock>();
        for (var i = formulaIndex + 1; i < body.Count; i++)
        {
            rest.Add(body[i] with { Text = ReduceItalics(body[i].Text) });
        }

        foreach (var block in PageBreakJoiner.Join(rest, vocabulary))
        {
            Place(block);
        }

        var header = segment.Header ?? new DocumentHeader
        {
            Kind = segment.Kind,
            Status = segment.Status,
            Organ = organ,
            Label = segment.Label,
            Number = segment.Number,
            Title = titleParts.Count == 0 ? null : string.Join(" ", titleParts),
        };

        var preambleBlocks = preamble.Build();
        var operativeBlocks = operative.Build();
        if (operativeBlocks.Count == 0 && preambleBlocks.Count > 0 && preambleBlocks[preambleBlocks.Count - 1] is PreambularParagraph last
            && (last.Text.PlainText.TrimEnd().EndsWith(".", StringComparison.Ordinal)
                || (annexes.Count > 0 && last.Text.PlainText.TrimEnd().EndsWith(":", StringComparison.Ordinal))))
        {
            // A text without numbered paragraphs ends in its single operative paragraph, as the template reader has it
            // ("Adopts the following declaration:" before the annex that holds it).
            preambleBlocks.RemoveAt(preambleBlocks.Count - 1);
            operativeBlocks.Add(new OperativeParagraph(null, NumberStyle.Arabic, last.Text, last.Subparagraphs, last.Span));
        }

        // A heading that ends the preamble heads the operative paragraphs after it ("I", "Governance of …" over paragraph 1).
        while (preambleBlocks.Count > 0 && preambleBlocks[preambleBlocks.Count - 1] is Heading heading
            && operativeBlocks.Count > 0 && operativeBlocks[0] is OperativeParagraph or Heading)
        {
            preambleBlocks.RemoveAt(preambleBlocks.Count - 1);
            operativeBlocks.Insert(0, heading);
        }

        if (formula.RunsOn is true && formula.Paragraph is { } runOn)
        {
            operativeBlocks.Insert(0, runOn);
        }

        var part = new DocumentPart(null, null, formula.Formula, EquatableArray.From(preambleBlocks), EquatableArray.From(operativeBlocks), segment.Span);
        var builtAnnexes = new List<Annex>(annexes.Count);
        foreach (var annex in annexes)
        {
            builtAnnexes.Add(new Annex(annex.Label, annex.Title, EquatableArray.From(annex.Blocks.Build()), annex.Span));
        }

        return new ResolutionDocument(path, header, EquatableArray.Create(part), EquatableArray.From(builtAnnexes), EquatableArray<Footnote>.Empty);
    }

    private static void StripQuotation(List<SourceBlock> body)
    {
        for (var i = 0; i < body.Count; i++)
        {
            var text = body[i].Text;
            if (text.Length > 0 && text[0] is '“' or '"')
            {
                text = text.Substring(1);
            }

            if (i == body.Count - 1)
            {
                var trimmed = text.TrimEnd();
                if (trimmed.EndsWith("”", StringComparison.Ordinal) || trimmed.EndsWith("\"", StringComparison.Ordinal))
                {
                    text = trimmed.Substring(0, trimmed.Length - 1);
                }
            }

            body[i] = body[i] with { Text = text };
        }
    }

    /// <summary>The paragraph without a report's paragraph number before a one-sentence decision ("4. The Economic …").</summary>
    private static string FormulaText(string raw)
    {
        var numbered = Numbered.Match(raw);
        return numbered.Success && FormulaSubject(numbered.Groups["text"].Value) is not null ? numbered.Groups["text"].Value : raw;
    }

    internal static string? FormulaSubject(string raw)
    {
        var plain = InlineParser.Plain(raw).TrimStart();
        foreach (var organ in Organ.Known)
        {
            if (plain.StartsWith(organ.FormulaSubject, StringComparison.Ordinal)
                && (plain.Length == organ.FormulaSubject.Length || plain[organ.FormulaSubject.Length] is ',' or ':' or ' '))
            {
                return organ.FormulaSubject;
            }
        }

        return null;
    }

    private static Organ FindOrgan(string subject)
    {
        foreach (var organ in Organ.Known)
        {
            if (organ.FormulaSubject == subject)
            {
                return organ;
            }
        }

        return Organ.GeneralAssembly;
    }

    private (EnactingFormula Formula, bool RunsOn, OperativeParagraph? Paragraph) BuildFormula(string raw, string subject, SourceSpan span)
    {
        var text = InlineParser.Parse(raw, span);
        var plain = text.PlainText;
        var restText = plain.Substring(subject.Length);
        var restTrimmed = restText.TrimStart();
        if (restText.Length > 0 && restText[0] == ' ' && restTrimmed.Length > 0 && char.IsLower(restTrimmed[0]))
        {
            // "The Economic and Social Council decides to …": formula and single paragraph in one sentence.
            var formulaText = InlineSlicing.Slice(text, 0, subject.Length);
            var paragraph = InlineSlicing.TrimStart(text, subject.Length + (restText.Length - restTrimmed.Length));
            return (new EnactingFormula(formulaText, true, span), true, new OperativeParagraph(null, NumberStyle.Arabic, paragraph, EquatableArray<Subparagraph>.Empty, span));
        }

        return (new EnactingFormula(text, false, span), false, null);
    }

    private string ReduceItalics(string raw)
    {
        var numbered = Numbered.Match(raw);
        if (numbered.Success)
        {
            var prefix = raw.Substring(0, numbered.Groups["text"].Index);
            return prefix + leads.ReduceWholeItalics(numbered.Groups["text"].Value, operative: true);
        }

        return leads.ReduceWholeItalics(raw, operative: operative.Count > 0);
    }

    private void Place(SourceBlock block)
    {
        var raw = block.Text;
        var span = block.Span;
        var annexLabel = AnnexLabel.Match(InlineParser.Plain(ReportSplitter.StripBold(raw)).Trim());
        if (annexLabel.Success && (operative.Count > 0 || annexes.Count > 0 || (LastParagraph() is { } before && before.EndsWithColon)))
        {
            annexes.Add(new AnnexBuilder(annexLabel.Value, span));
            return;
        }

        if (annexes.Count > 0)
        {
            PlaceInAnnex(annexes[annexes.Count - 1], raw, span);
            return;
        }

        var host = LastParagraph();

        var numbered = Numbered.Match(raw);
        if (numbered.Success)
        {
            var number = int.Parse(numbered.Groups["number"].Value, CultureInfo.InvariantCulture);
            var text = InlineParser.Parse(numbered.Groups["text"].Value, span);
            var label = numbered.Groups["number"].Value;
            if (host is not null && host.ContinuesDecimalList(number))
            {
                host.AddDecimal(label, text, span);
                return;
            }

            if (lettered)
            {
                if (host is not null && host.Kind == ParagraphKind.Operative && host.EndsWithColon && number == 1)
                {
                    host.AddDecimal(label, text, span);
                }
                else
                {
                    AddOperative(new ParagraphDraft(ParagraphKind.Text, text, span) { Label = label });
                }

                return;
            }

            if (number == lastNumber + 1)
            {
                lastNumber = number;
                AddOperative(new ParagraphDraft(ParagraphKind.Operative, leads.Restore(text, operative: true), span) { Number = number });
                return;
            }

            if (host is not null && host.EndsWithColon && number == 1)
            {
                host.AddDecimal(label, text, span);
                return;
            }

            diagnostics.Add(DraftingDiagnostic.Create(
                ImportDiagnostics.UnplacedParagraph,
                span,
                string.Format(CultureInfo.InvariantCulture, "Paragraph {0} follows paragraph {1}; it is kept as operative paragraph {0}", number, lastNumber)));
            lastNumber = number;
            AddOperative(new ParagraphDraft(ParagraphKind.Operative, leads.Restore(text, operative: true), span) { Number = number });
            return;
        }

        var bullet = Bullet.Match(raw);
        if (bullet.Success)
        {
            var itemRaw = bullet.Groups["text"].Value;
            if (host is null)
            {
                Unplaced(block, "A list item stands before any paragraph it could belong to; it is kept as a paragraph of its own");
                return;
            }

            if (SubparagraphLabel.TryRead(itemRaw, out var itemLabel))
            {
                host.AddLabelled(itemLabel, InlineParser.Parse(itemRaw.Substring(itemLabel.Length), span), span);
            }
            else
            {
                host.Ladder.AddUnlabelled(InlineParser.Parse(itemRaw, span), span);
            }

            return;
        }

        if (SubparagraphLabel.TryRead(raw, out var subLabel))
        {
            var text = InlineParser.Parse(raw.Substring(subLabel.Length), span);
            var nextLetter = subLabel.LetterValue is int value && !subLabel.IsDigits && lettered
                && host is { Kind: ParagraphKind.Operative, Style: NumberStyle.Letter } && host.Ladder.IsEmpty && value == lastLetter + 1;
            if (host is not null && (host.EndsWithColon || !host.Ladder.IsEmpty) && !nextLetter)
            {
                host.AddLabelled(subLabel, text, span);
                return;
            }

            if (subLabel.LetterValue is int letter && !subLabel.IsDigits && (lettered || operative.Count == 0))
            {
                lettered = true;
                lastLetter = letter;
                AddOperative(new ParagraphDraft(ParagraphKind.Operative, leads.Restore(text, operative: true), span) { Number = letter, Style = NumberStyle.Letter });
                return;
            }

            if (host is not null)
            {
                host.AddLabelled(subLabel, text, span);
                return;
            }
        }

        // An item printed with its mark ("– achieve …", "a. Assist …") belongs to the paragraph or item it follows.
        if (host is not null && (host.EndsWithColon || !host.Ladder.IsEmpty) && PrintedItemMark.Opens(InlineParser.Plain(raw)))
        {
            host.Ladder.AddUnlabelled(InlineParser.Parse(raw, span), span);
            return;
        }

        // A paragraph of the preamble opens with a preambular lead even where its closing punctuation is missing.
        if (!PageBreakJoiner.EndsParagraph(raw) && !(operative.Count == 0 && !lettered && vocabulary.PreambularLeadAtStart(InlineParser.Plain(raw)) is not null))
        {
            var heading = new Heading(InlineParser.Parse(ReportSplitter.StripBold(raw), span), 1, span);
            if (operative.Count > 0)
            {
                operative.Add(heading);
            }
            else
            {
                preamble.Add(heading);
            }

            return;
        }

        if (operative.Count == 0 && !lettered)
        {
            preamble.Add(new ParagraphDraft(ParagraphKind.Preambular, leads.Restore(InlineParser.Parse(raw, span), operative: false), span));
            return;
        }

        Unplaced(block, "A paragraph without a number follows the operative paragraphs; it is kept as a paragraph of text");
    }

    /// <summary>
    /// An annex holds its title (the first line without closing punctuation), headings, and paragraphs without
    /// leads, numbered ("12. …") or not, with their subparagraphs.
    /// </summary>
    private static void PlaceInAnnex(AnnexBuilder annex, string raw, SourceSpan span)
    {
        var last = annex.Blocks.LastParagraph;
        var numbered = Numbered.Match(raw);
        if (numbered.Success)
        {
            annex.Blocks.Add(new ParagraphDraft(ParagraphKind.Text, InlineParser.Parse(numbered.Groups["text"].Value, span), span) { Label = numbered.Groups["number"].Value });
            return;
        }

        var bullet = Bullet.Match(raw);
        var itemRaw = bullet.Success ? bullet.Groups["text"].Value : raw;
        if (SubparagraphLabel.TryRead(itemRaw, out var label) && last is not null && (last.EndsWithColon || !last.Ladder.IsEmpty))
        {
            last.AddLabelled(label, InlineParser.Parse(itemRaw.Substring(label.Length), span), span);
            return;
        }

        if (!PageBreakJoiner.EndsParagraph(raw))
        {
            var text = InlineParser.Parse(ReportSplitter.StripBold(raw), span);
            if (annex.Title is null && annex.Blocks.Count == 0)
            {
                annex.Title = text;
            }
            else
            {
                annex.Blocks.Add(new Heading(text, 1, span));
            }

            return;
        }

        annex.Blocks.Add(new ParagraphDraft(ParagraphKind.Text, InlineParser.Parse(raw, span), span));
    }

    private void Unplaced(SourceBlock block, string message)
    {
        diagnostics.Add(DraftingDiagnostic.Create(ImportDiagnostics.UnplacedParagraph, block.Span, message));
        var paragraph = new ParagraphDraft(ParagraphKind.Text, InlineParser.Parse(block.Text, block.Span), block.Span);
        if (operative.Count > 0)
        {
            operative.Add(paragraph);
        }
        else
        {
            preamble.Add(paragraph);
        }
    }

    private void AddOperative(ParagraphDraft paragraph) => operative.Add(paragraph);

    private ParagraphDraft? LastParagraph() => operative.Count > 0 ? operative.LastParagraph : preamble.LastParagraph;

    private sealed class AnnexBuilder
    {
        public AnnexBuilder(string label, SourceSpan span)
        {
            Label = label;
            Span = span;
        }

        public string Label { get; }

        public SourceSpan Span { get; }

        public InlineText? Title { get; set; }

        public BlockDrafts Blocks { get; } = new();
    }
}

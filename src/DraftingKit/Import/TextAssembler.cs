// The assembler's state and Build, which frames one text (title, formula, parts, annexes); placing each block is in partial files, for every kind of block adds to the same preamble, operative part and numbering.
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
internal sealed partial class TextAssembler
{
    // The patterns stay in this file with the Timeout they use: C# orders static initializers only within one file.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private static readonly Regex Numbered = new(@"^(?<number>\d{1,3})\.\s+(?<text>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline, Timeout);
    private static readonly Regex NumberAlone = new(@"^(?<number>\d{1,3})\.$", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex Bullet = new(@"^-\s+(?<text>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline, Timeout);
    private static readonly Regex AnnexLabel = new(@"^Annex(?: (?<number>[IVXLC]+|\d+|[A-Z]))?$", RegexOptions.CultureInvariant, Timeout);

    // The parts a symbol names: "A/RES/75/250 B" one part, "A/RES/76/247 A-C" parts A to C.
    private static readonly Regex SymbolParts = new(@" (?<first>[A-Z])(?:-(?<last>[A-Z]))?$", RegexOptions.CultureInvariant, Timeout);

    private readonly string path;
    private readonly LeadVocabulary vocabulary;
    private readonly List<DraftingDiagnostic> diagnostics;
    private readonly LeadRestorer leads;

    private readonly BlockDrafts preamble = new();
    private readonly BlockDrafts operative = new();
    private readonly List<AnnexBuilder> annexes = new();
    private int lastNumber;

    /// <summary>True when the text placed shows pages (<see cref="AnnexOnItsPage.Paged"/>).</summary>
    private bool paged;

    /// <summary>True when the last block placed was a line without closing punctuation set as a list item; read by the next.</summary>
    private bool lastWasListLine;

    /// <summary><see cref="lastWasListLine"/> as it stood before the block being placed.</summary>
    private bool afterListLine;
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

        if (BuildInParts(segment, body) is { } inParts)
        {
            return inParts;
        }

        var formulaIndex = body.FindIndex(block => FormulaSubject(FormulaText(block.Text)) is not null);
        if (formulaIndex < 0 && OpensWithoutFormula(segment, body))
        {
            return BuildWithoutFormula(segment, body);
        }

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
        leads.ReadAs(organ);
        var formula = BuildFormula(formulaRaw, subject, formulaBlock.Span);

        PlaceAll(body, formulaIndex + 1, afterFormula: true);
        var header = segment.Header ?? new DocumentHeader
        {
            Kind = segment.Kind,
            Status = segment.Status,
            Organ = organ,
            Label = segment.Label,
            Number = segment.Number,
            Title = titleParts.Count == 0 ? null : string.Join(" ", titleParts),
        };

        // A text whose cover says nothing of its language is in the language of its formula ("L’Assemblée générale,").
        if (header.Language.IsEnglish && FormulaLanguage(subject) is { IsEnglish: false } language)
        {
            header = header with { Language = language };
        }

        return Assemble(segment, header, formula.Formula, formula.RunsOn ? formula.Paragraph : null);
    }

    private void PlaceAll(List<SourceBlock> body, int start, bool afterFormula)
    {
        this.afterFormula = afterFormula;
        paged = AnnexOnItsPage.Paged(body);
        var rest = new List<SourceBlock>();
        for (var i = start; i < body.Count; i++)
        {
            rest.Add(body[i] with { Text = ReduceItalics(body[i].Text) });
        }

        var joined = PageBreakJoiner.Join(rest, vocabulary);
        for (var i = 0; i < joined.Count; i++)
        {
            Place(joined[i], i + 1 < joined.Count ? joined[i + 1] : null);
        }
    }

    private ResolutionDocument Assemble(TextSegment segment, DocumentHeader header, EnactingFormula? formula, OperativeParagraph? runOn)
    {
        var preambleBlocks = preamble.Build();
        var operativeBlocks = operative.Build();

        // The same order as the template reader: the text the resolution adopts inside itself, then the headings that
        // close the preamble, then the unnumbered paragraph that opens the operative part.
        AdoptedText.Move(preambleBlocks, operativeBlocks, LeadOf, vocabulary);

        // A heading that ends the preamble heads the operative paragraphs after it ("I", "Governance of …" over paragraph 1).
        while (preambleBlocks.Count > 0 && preambleBlocks[preambleBlocks.Count - 1] is Heading heading
            && operativeBlocks.Count > 0 && operativeBlocks[0] is OperativeParagraph or Heading)
        {
            preambleBlocks.RemoveAt(preambleBlocks.Count - 1);
            operativeBlocks.Insert(0, heading);
        }

        if (preambleBlocks.Count > 0 && preambleBlocks[preambleBlocks.Count - 1] is PreambularParagraph opening
            && LeadOf(opening) is { } lead
            && !opening.Text.PlainText.TrimEnd().EndsWith(",", StringComparison.Ordinal)
            && vocabulary.Operative.ContainsKey(lead) && !vocabulary.Preambular.ContainsKey(lead))
        {
            // An unnumbered paragraph that opens with an operative lead after the preamble ("*Urges* all countries …:"
            // with its subparagraphs, part A of 77/128; "Adopts the following declaration:" over the declaration's
            // title) opens the operative part, as the template reader reads it.
            preambleBlocks.RemoveAt(preambleBlocks.Count - 1);
            operativeBlocks.Insert(0, new OperativeParagraph(null, NumberStyle.Arabic, opening.Text, opening.Subparagraphs, opening.Span));
        }

        if (operativeBlocks.Count == 0 && preambleBlocks.Count > 0 && preambleBlocks[preambleBlocks.Count - 1] is PreambularParagraph last
            && (last.Text.PlainText.TrimEnd().EndsWith(".", StringComparison.Ordinal)
                || (annexes.Count > 0 && last.Text.PlainText.TrimEnd().EndsWith(":", StringComparison.Ordinal))))
        {
            // A text without numbered paragraphs ends in its single operative paragraph, as the template reader has it
            // ("Adopts the following declaration:" before the annex that holds it).
            preambleBlocks.RemoveAt(preambleBlocks.Count - 1);
            operativeBlocks.Add(new OperativeParagraph(null, NumberStyle.Arabic, last.Text, last.Subparagraphs, last.Span));
        }

        // Plain text carries no italics: the unnumbered paragraph that opens the operative part gets its operative lead.
        if (operativeBlocks.Count > 0 && operativeBlocks[0] is OperativeParagraph { Number: null, Lead: null } unnumbered
            && vocabulary.OperativeLeadAtStart(unnumbered.Text.PlainText) is not null)
        {
            operativeBlocks[0] = unnumbered with { Text = leads.Restore(unnumbered.Text, operative: true) };
        }

        if (runOn is not null)
        {
            operativeBlocks.Insert(0, runOn);
        }

        var part = new DocumentPart(null, null, formula, EquatableArray.From(preambleBlocks), EquatableArray.From(operativeBlocks), segment.Span);
        var builtAnnexes = new List<Annex>(annexes.Count);
        foreach (var annex in annexes)
        {
            builtAnnexes.Add(new Annex(annex.Label, annex.Title, EquatableArray.From(annex.Blocks.Build()), annex.Span));
        }

        // Plain text carries no bold: the title an item sets over the items it heads gets it back.
        return ItemTitleEmphasis.Restore(new ResolutionDocument(path, header, EquatableArray.Create(part), EquatableArray.From(builtAnnexes), EquatableArray<Footnote>.Empty));
    }

    /// <summary>
    /// A paragraph's lead as the vocabulary knows it: its italics where the source has them, else the lead its words
    /// open with (plain text). A first word the lead restorer set in italics for want of a known lead ("We," opening a
    /// declaration) is no lead.
    /// </summary>
    private string? LeadOf(PreambularParagraph paragraph) =>
        paragraph.Lead is { } lead && (vocabulary.Operative.ContainsKey(lead) || vocabulary.Preambular.ContainsKey(lead))
            ? lead
            : vocabulary.OperativeLeadAtStart(paragraph.Text.PlainText) ?? vocabulary.PreambularLeadAtStart(paragraph.Text.PlainText);

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
}

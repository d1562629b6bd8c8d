using System.Text.RegularExpressions;
using DraftingKit.Diagnostics;
using DraftingKit.Model;
using DraftingKit.Vocabulary;

namespace DraftingKit.Import;

/// <summary>
/// Puts the italics of a paragraph on exactly its lead, as UN texts set them ("<i>Recalling also</i> its
/// resolution …"). Extractions lose them (seeds 000 and 002 print preambles without italics) or spread them
/// over the whole paragraph (seed 003 sets many paragraphs in italics from end to end).
/// </summary>
/// <remarks>
/// The lead is the one the UN's texts set in italics where a paragraph opens with its words
/// (<see cref="LeadVocabulary.PreambularItalicsAtStart"/>): the Assembly's "<i>Takes note</i> of", and for a text of
/// the Security Council the Council's own way, read first ("<i>Reaffirming</i> its strong commitment"). When
/// the corpus knows none, the first word is taken (UN leads are verbs or participles: "Recalling", "Urges") and
/// DK0105 reports the paragraph, so that the vocabulary or the text can be checked. A paragraph that already
/// opens with a shorter italic run keeps it: the source's own choice is a finding for the rules, not the importer.
/// </remarks>
internal sealed class LeadRestorer
{
    // Letters of any language: a French lead's first word is "Considérant", not "Consid".
    private static readonly Regex FirstWord = new(@"^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private readonly LeadVocabulary vocabulary;
    private readonly List<DraftingDiagnostic> diagnostics;

    // The leads of the organ whose text this is, where it sets them its own way; read before the vocabulary's.
    private LeadVocabulary? organs;

    // True once a paragraph opened a declaration's formula in the first person ("We, …"): the text after it speaks so.
    private bool firstPerson;

    public LeadRestorer(LeadVocabulary vocabulary, List<DraftingDiagnostic> diagnostics)
    {
        this.vocabulary = vocabulary;
        this.diagnostics = diagnostics;
    }

    /// <summary>
    /// Reads the leads of a text of <paramref name="organ"/>: a Security Council text in English by the Council's leads
    /// first, for the Council ends a lead's italics sooner than the Assembly.
    /// </summary>
    public void ReadAs(Organ organ) =>
        organs = organ.Name == Organ.SecurityCouncil.Name && ReferenceEquals(vocabulary, LeadVocabulary.Default) ? LeadVocabulary.Council : null;

    /// <summary>
    /// Drops the italics that an extraction spread over a whole paragraph: a paragraph that opens and closes with
    /// '*' and whose first italic run goes past its lead. Italics nested inside ("*inter alia*") stay.
    /// </summary>
    public string ReduceWholeItalics(string raw, bool operative)
    {
        if (raw.Length < 3 || raw[0] != '*' || raw[1] == '*' || raw[raw.Length - 1] != '*')
        {
            return raw;
        }

        var firstClose = raw.IndexOf('*', 1);
        if (firstClose < 0)
        {
            return raw;
        }

        var plain = InlineParser.Plain(raw.Substring(1, raw.Length - 2));
        var lead = KnownLeadOf(plain, operative) ?? string.Empty;
        var firstRun = InlineParser.Plain(raw.Substring(1, firstClose - 1)).Trim();
        return firstRun.Length > lead.Length ? raw.Substring(1, raw.Length - 2) : raw;
    }

    /// <summary>
    /// The paragraph with its lead in italics; text that already opens with italics is kept as it is, and so is a
    /// declaration's text in the first person (<see cref="SpeaksInFirstPerson"/>).
    /// </summary>
    public InlineText Restore(InlineText text, bool operative)
    {
        if (text.ItalicLead is not null || text.IsEmpty || SpeaksInFirstPerson(text.PlainText))
        {
            return text;
        }

        var plain = text.PlainText;
        // A text's one paragraph is read as a preamble's until its kind is known ("Adopts the political declaration …"
        // under the formula): a lead of either kind is a known lead.
        var lead = ItalicsOf(organs, plain, operative) ?? ItalicsOf(vocabulary, plain, operative)
            ?? ItalicsOf(organs, plain, !operative) ?? ItalicsOf(vocabulary, plain, !operative);
        if (lead is null)
        {
            var word = FirstWord.Match(plain);
            if (!word.Success)
            {
                return text;
            }

            lead = word.Value;
            var span = text.Inlines.Count > 0 ? text.Inlines[0].Span : SourceSpan.None;
            diagnostics.Add(DraftingDiagnostic.Create(ImportDiagnostics.UnknownLead, span, ImportDiagnostics.Excerpt(plain, 60), lead));
        }

        return InlineSlicing.EmphasizeStart(text, lead.Length);
    }

    /// <summary>
    /// True for a paragraph of a declaration the resolution adopts in its own body, under its decision and the
    /// declaration's title, from its formula in the first person on ("We, Heads of State and Government …," then
    /// "1. Reaffirm that the Durban Declaration …;", "2. Also reaffirm …", "16. Firmly believe …", A/RES/76/1; "1. We,
    /// the Heads of State and Government …", A/RES/75/1). The States speak there, not the Assembly: their verbs take
    /// the base form and the UN prints them in roman, as every paragraph after the formula; italics on "We" or on
    /// "Reaffirm" made the declaration's paragraphs read as the resolution's preamble and operative paragraphs, each
    /// with a wrong verb form (DK1106, DK2001). The formula opens the rest of the text: nothing of the resolution's
    /// own follows a declaration it adopts.
    /// </summary>
    private bool SpeaksInFirstPerson(string plain)
    {
        firstPerson = firstPerson || AdoptedTextFormula.Declares(plain.TrimStart());
        return firstPerson;
    }

    // Whether italics from the source are a lead at most: the longest lead known, of the organ or of the vocabulary.
    private string? KnownLeadOf(string plain, bool operative) =>
        (operative ? organs?.OperativeLeadAtStart(plain) : organs?.PreambularLeadAtStart(plain))
        ?? (operative ? vocabulary.OperativeLeadAtStart(plain) : vocabulary.PreambularLeadAtStart(plain));

    private static string? ItalicsOf(LeadVocabulary? leads, string plain, bool operative) =>
        operative ? leads?.OperativeItalicsAtStart(plain) : leads?.PreambularItalicsAtStart(plain);
}

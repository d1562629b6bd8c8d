using System.Text.RegularExpressions;
using DraftingKit.Vocabulary;

namespace DraftingKit.Import;

/// <summary>
/// A lead of a declaration in the first person: after its formula ("We, ministers and other representatives of States
/// and Governments, assembled at the United Nations …:") each paragraph opens with the verb in its base form
/// ("Recognize that road safety …", "Reaffirm further …", "Recall General Assembly resolutions …", A/RES/76/294), the
/// form of an operative lead the vocabulary lists in the third person ("Recognizes", "Reaffirms", "Stresses").
/// </summary>
/// <remarks>
/// The base form opens a paragraph only in a text whose formula speaks in the first person ("We, …" on a line of its
/// own), for elsewhere a capitalised "Note" or "Recall" at a line's start is a sentence's word; and, as every lead,
/// only after a line that ended a unit.
/// </remarks>
internal static class FirstPersonLead
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>A capitalised word of letters followed by a word: the verb and what it governs.</summary>
    private static readonly Regex Verb = new(@"^(?<verb>\p{Lu}\p{Ll}{2,})\s(?=\p{L})", RegexOptions.CultureInvariant, Timeout);

    /// <summary>True when one of the plain lines opens with a declaration's formula ("We, …", <see cref="AdoptedTextFormula.Declares"/>).</summary>
    public static bool Declares(IEnumerable<string> lines) => lines.Any(line => AdoptedTextFormula.Declares(line.Trim()));

    /// <summary>True when the plain line opens with the base form of an operative lead: "Recognize that …", "Stress the need …".</summary>
    public static bool Opens(string plain, LeadVocabulary vocabulary)
    {
        var match = Verb.Match(plain);
        if (!match.Success)
        {
            return false;
        }

        var verb = match.Groups["verb"].Value;
        var rest = plain.Substring(verb.Length);
        return vocabulary.OperativeLeadAtStart(verb + "s" + rest) is not null || vocabulary.OperativeLeadAtStart(verb + "es" + rest) is not null;
    }
}

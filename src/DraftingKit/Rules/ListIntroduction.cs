using DraftingKit.Model;
using DraftingKit.Vocabulary;

namespace DraftingKit.Rules;

/// <summary>
/// Whether the text before a list (a paragraph's own words, or an item with items of its own) must end with a colon
/// (DK2003, DK3004). A colon introduces items that continue its sentence: "(a) To monitor …". It is not wanted
/// where nothing is listed (the items under a paragraph are only its further text: "and requests the
/// Secretary-General …" after the last item, the text under a heading subparagraph), nor where the items are
/// sentences of their own, each opening with its operative verb ("58. *Requests* … ;" "(a) *Requests* …", S/RES/2659
/// (2022)), nor over headed sections ("3. *Decides* that UNMISS shall have the following mandate, … ;" "(a)
/// *Protection of civilians*:", S/RES/2677 (2023)): the text before them then ends as any clause does.
/// </summary>
internal static class ListIntroduction
{
    public static bool NeedsColon(EquatableArray<Subparagraph> items)
    {
        var first = items.FirstOrDefault(item => item.Style != ListStyle.Unlabelled || OpensWithPoint(item.Text));
        if (first is null)
        {
            return false;
        }

        var plain = first.Text.PlainText.TrimStart();
        return !OpensWithOwnVerb(first.Text, plain) && !IsHeading(first.Text);
    }

    /// <summary>"– the situation in the CAR …", "• All types of weapons …": an item marked by a dash or a bullet.</summary>
    private static bool OpensWithPoint(InlineText text)
    {
        var plain = text.PlainText.TrimStart();
        return plain.Length > 1 && plain[0] is '–' or '—' or '•' or '-' or '▪' && char.IsWhiteSpace(plain[1]);
    }

    /// <summary>"*Requests* …", "demands that …": an operative verb opens the item, in italics or after a lower-case start.</summary>
    private static bool OpensWithOwnVerb(InlineText text, string plain)
    {
        if (plain.Length == 0)
        {
            return false;
        }

        if (text.ItalicLead is { } lead && LeadVocabulary.Default.Operative.ContainsKey(lead))
        {
            return true;
        }

        // A verb in roman that begins in lower case: "a. demands that all parties …" (S/RES/2705 (2023), paragraph 8).
        var capitalised = char.ToUpperInvariant(plain[0]) + plain.Substring(1);
        return char.IsLower(plain[0]) && LeadVocabulary.Default.OperativeLeadAtStart(capitalised) is { } verb
            && verb.EndsWith("s", System.StringComparison.Ordinal);
    }

    /// <summary>"*Protection of civilians*:": the item is wholly in italics or bold, with or without its colon.</summary>
    private static bool IsHeading(InlineText text)
    {
        var plain = text.PlainText.TrimEnd();
        return InlineHeading.Is(plain.EndsWith(":", System.StringComparison.Ordinal) ? InlineSlicing.Slice(text, 0, plain.Length - 1) : text);
    }
}

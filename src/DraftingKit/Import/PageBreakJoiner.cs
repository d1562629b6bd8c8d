using System.Text.RegularExpressions;
using DraftingKit.Model;
using DraftingKit.Vocabulary;

namespace DraftingKit.Import;

/// <summary>
/// Joins the halves of a paragraph that a page break split, with the page's footnotes (already gathered) or a
/// running header between them: "… Intergovernmental Group of Experts on" / "Lessons Learned from …".
/// </summary>
/// <remarks>
/// A block continues the paragraph before it when it opens in lower case ("and girls, that have been …"), or
/// when the paragraph before it stops without the punctuation every UN paragraph ends with (, ; : .) and the
/// block does not open a paragraph of its own (a number, a subparagraph label, a list dash, a quotation mark, the
/// formula or a lead of the UN corpus) and the paragraph before is not a whole unit by its words (<see cref="UnitEnd"/>:
/// a heading over a heading, a subheading item over its text). Words in lower case after a list's last item that
/// close the paragraph ("and requests …") are not that item's.
/// </remarks>
internal static class PageBreakJoiner
{
    private static readonly Regex UnitStart = new(@"^(?:“|""|-\s|\d{1,3}\.\s|" + PrintedLabel.Pattern + @"\s|Draft (?:resolution|decision)\b|Annex(?: [IVXLC]+| \d+| [A-Z])?$)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex AnnexLabel = new(@"^Annex(?: [IVXLC]+| \d+| [A-Z])?$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static List<SourceBlock> Join(IReadOnlyList<SourceBlock> paragraphs, LeadVocabulary vocabulary)
    {
        var output = new List<SourceBlock>(paragraphs.Count);
        foreach (var block in paragraphs)
        {
            // A table is a block of its own: nothing runs on into it or out of it.
            if (output.Count > 0 && block.TableRows is null && output[output.Count - 1].TableRows is null && Continues(output[output.Count - 1].Text, block.Text, vocabulary))
            {
                var previous = output[output.Count - 1];
                var span = previous.Span with
                {
                    Length = Math.Max(previous.Span.Length, block.Span.End - previous.Span.Start),
                    EndLine = block.Span.EndLine,
                    EndColumn = block.Span.EndColumn,
                };
                output[output.Count - 1] = previous with { Text = previous.Text + LineJoin.Separator(previous.Text, block.Text) + block.Text, Span = span };
                continue;
            }

            output.Add(block);
        }

        return output;
    }

    public static bool Continues(string previous, string next, LeadVocabulary vocabulary)
    {
        var start = next.TrimStart('*');
        if (start.Length == 0)
        {
            return false;
        }

        // An item's printed mark ("a. Assist …", "– achieve …") or bullet ("o Soft body armour …") opens a unit even in lower case.
        if (PrintedItemMark.Opens(InlineParser.Plain(start)) || BulletItem.Opens(InlineParser.Plain(start)))
        {
            return false;
        }

        if (char.IsLower(start[0]))
        {
            // Words after a list that go on in lower case ("and requests …") close the paragraph, not its last item.
            return !UnitEnd.ClosesList(InlineParser.Plain(previous), InlineParser.Plain(start), words => vocabulary.OperativeLeadAtStart(words) is not null || vocabulary.PreambularLeadAtStart(words) is not null);
        }

        // A designation ("II", "Part I", "Section 1") stands alone over its title, and a title over the next designation.
        if (DesignationLine.Is(InlineParser.Plain(previous)) || DesignationLine.Is(InlineParser.Plain(next)))
        {
            return false;
        }

        // "Annex" and "Annex II" stand alone above the annex title.
        if (EndsParagraph(previous) || UnitStart.IsMatch(next) || AnnexLabel.IsMatch(InlineParser.Plain(previous).Trim().Replace("**", string.Empty)))
        {
            return false;
        }

        var plain = InlineParser.Plain(next);
        if (vocabulary.PreambularLeadAtStart(plain) is not null || vocabulary.OperativeLeadAtStart(plain) is not null)
        {
            return false;
        }

        // The formula of a text the resolution adopts ("We, Heads of State and Government …", "The States Parties to
        // this Convention,", "I, [name], solemnly swear …") opens that text under its title, as an organ's formula does.
        if (AdoptedTextFormula.Opens(plain))
        {
            return false;
        }

        foreach (var organ in Organ.Known)
        {
            if (plain.StartsWith(organ.FormulaSubject, StringComparison.Ordinal))
            {
                return false;
            }
        }

        // A heading over a heading, a subheading item over its text, a title over its entry: each a unit of its own.
        return !UnitEnd.Separates(InlineParser.Plain(previous), plain);
    }

    /// <summary>True when the text ends as a UN paragraph does: with a comma, semicolon, colon or full stop.</summary>
    public static bool EndsParagraph(string raw)
    {
        var plain = InlineParser.Plain(raw).TrimEnd();
        plain = plain.TrimEnd('”', '’', '"', ' ');
        return plain.Length > 0 && plain[plain.Length - 1] is ',' or ';' or ':' or '.' or '!' or '?';
    }
}

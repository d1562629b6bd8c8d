using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>
/// How a paragraph opens, read once and shared by every lead rule (DK1101–DK1106, DK2001–DK2006): its plain text,
/// the spaces before its first word, its words up to the first punctuation mark or number, the head of its lead and
/// how far its lead reaches as an operative or a preambular paragraph.
/// </summary>
internal sealed class LeadReading
{
    private const int Unread = -2;

    private readonly LeadGrammar grammar;
    private int operativeEnd = Unread;
    private int preambularEnd = Unread;

    public LeadReading(LeadGrammar grammar, InlineText text)
    {
        this.grammar = grammar;
        Plain = text.PlainText;
        Leading = Paragraphs.LeadingSpace(Plain);
        Words = new LeadWords(Plain);
        Head = LeadGrammar.HeadIndex(Words);
    }

    /// <summary>The paragraph's plain text.</summary>
    public string Plain { get; }

    /// <summary>How many white-space characters stand before the first word.</summary>
    public int Leading { get; }

    /// <summary>The words of <see cref="Plain"/> up to its first punctuation mark or number.</summary>
    public LeadWords Words { get; }

    /// <summary>The index in <see cref="Words"/> of the lead's head (the first word past the adverbs); -1 for none.</summary>
    public int Head { get; }

    /// <summary>The head as written ("Requests", "concerned"), or null.</summary>
    public string? HeadWord => Head < 0 ? null : Words.Word(Head);

    /// <summary>True when the text, past its leading spaces, opens with a lead the grammar reads as an operative or preambular one.</summary>
    public bool HasLeadPhrase(bool operative)
    {
        ref var end = ref operative ? ref operativeEnd : ref preambularEnd;
        if (end == Unread)
        {
            end = grammar.LeadPhraseEnd(Words, Leading, operative);
        }

        return end >= 0;
    }
}

using DraftingKit.Model;

namespace DraftingKit.Comparison;

/// <summary>
/// Cuts inline text into <see cref="WordToken"/>s: each word, each run of spaces and each punctuation mark on its
/// own, so that a changed word shows as that word and not as the sentence around it.
/// </summary>
internal static class WordTokens
{
    /// <summary>The tokens of <paramref name="text"/>; <paramref name="noteKey"/> names the note a marker points at.</summary>
    public static List<WordToken> Of(InlineText text, System.Func<string, string> noteKey)
    {
        var tokens = new Tokenizer(noteKey);
        tokens.Walk(text);
        return tokens.Found;
    }

    /// <summary>The tokens of plain text.</summary>
    public static List<WordToken> Of(string text)
    {
        var tokens = new List<WordToken>();
        AppendWords(tokens, text, italic: false, bold: false);
        return tokens;
    }

    /// <summary>Adds the words, spaces and marks of <paramref name="text"/>.</summary>
    public static void AppendWords(List<WordToken> tokens, string text, bool italic, bool bold)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = start + 1;
            var kind = Class(text[start]);
            if (kind != CharClass.Mark)
            {
                while (end < text.Length && Class(text[end]) == kind)
                {
                    end++;
                }
            }

            if (text[start] == '\n')
            {
                tokens.Add(new WordToken(TokenKind.Break, string.Empty));
            }
            else
            {
                tokens.Add(new WordToken(TokenKind.Text, text.Substring(start, end - start), italic, bold));
            }

            start = end;
        }
    }

    private enum CharClass
    {
        Word,
        Space,
        Mark,
    }

    private static CharClass Class(char c) =>
        char.IsLetterOrDigit(c) || c == '\u00AD' ? CharClass.Word
        : c == '\n' ? CharClass.Mark
        : char.IsWhiteSpace(c) ? CharClass.Space
        : CharClass.Mark;

    private sealed class Tokenizer : TypefaceWalker
    {
        private readonly System.Func<string, string> noteKey;

        public Tokenizer(System.Func<string, string> noteKey) => this.noteKey = noteKey;

        public List<WordToken> Found { get; } = new();

        protected override void VisitText(TextRun run) => AppendWords(Found, run.Text, Italic, Bold);

        protected override void VisitFootnoteReference(FootnoteReference reference) => Found.Add(new WordToken(TokenKind.Note, noteKey(reference.Label)));
    }
}

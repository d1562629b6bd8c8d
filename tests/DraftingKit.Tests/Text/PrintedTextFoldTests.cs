using System.Globalization;
using DraftingKit.Model;
using DraftingKit.Text;

namespace DraftingKit.Tests.Text;

/// <summary>
/// The printed-text fold finds the characters it changes with one search over a set read from its own predicates,
/// and a text keeps its fold for the rules of a lint: both must give what the character-by-character definition
/// gives, for every UTF-16 unit and wherever it stands.
/// </summary>
public sealed class PrintedTextFoldTests
{
    private static readonly char[] Invisible = { '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' };

    [Fact]
    public void Every_character_past_ASCII_folds_as_its_definition_says_at_the_start_the_middle_and_the_end()
    {
        var changed = 0;
        for (var c = '\u0080'; c < char.MaxValue; c++)
        {
            var expected = c is '\u2011' or '\u2010' ? '-' : CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator ? ' ' : c;
            foreach (var text in new[] { c.ToString(), "“a ” " + c + " b", "resolution 74/177 of 18 December 2019" + c })
            {
                var normalized = PrintedText.Normalize(text);
                Assert.Equal(text.Replace(c, expected), normalized);
                var folded = PrintedText.Fold(text, out var offsets);
                Assert.Equal(Array.IndexOf(Invisible, c) >= 0 ? text.Replace(c.ToString(), string.Empty) : text.Replace(c, expected), folded);
                Assert.Equal(Array.IndexOf(Invisible, c) >= 0, offsets is not null);
            }

            changed += expected != c ? 1 : 0;
        }

        // The no-break, narrow and thin spaces and the two hyphens at least, and not every character.
        Assert.InRange(changed, 12, 40);
    }

    [Fact]
    public void A_text_that_needs_no_change_is_given_back_as_it_is()
    {
        const string text = "Recalling its resolution 74/177 of 18 December 2019 — “the Declaration”";
        Assert.Same(text, PrintedText.Normalize(text));
        Assert.Same(text, PrintedText.Fold(text, out var offsets));
        Assert.Null(offsets);
    }

    [Theory]
    [InlineData("Recalling its resolution 74/177 of 18\u00a0December 2019,")]
    [InlineData("Recalling resolution ES\u201110/21 of 19 Sep\u00adtember 2012,")]
    [InlineData("Recalling its resolution 74/177,")]
    public void A_text_keeps_the_fold_of_its_plain_text_once_and_out_of_its_value(string plain)
    {
        var text = InlineText.Of(new TextRun(plain[..10], SourceSpan.None), new Emphasis(InlineText.Plain(plain[10..]), SourceSpan.None));
        Assert.Equal(PrintedText.Normalize(text.PlainText), text.PrintedPlainText);
        Assert.Same(text.PrintedPlainText, text.PrintedPlainText);
        var folded = text.FoldedPlainText(out var offsets);
        Assert.Equal(PrintedText.Fold(text.PlainText, out var expected), folded);
        Assert.Equal(expected, offsets);
        Assert.Same(folded, text.FoldedPlainText(out _));

        // What a text keeps is no part of its value: a text read afresh is equal and hashes alike.
        var fresh = InlineText.Of(new TextRun(plain[..10], SourceSpan.None), new Emphasis(InlineText.Plain(plain[10..]), SourceSpan.None));
        Assert.Equal(fresh, text);
        Assert.Equal(fresh.GetHashCode(), text.GetHashCode());
    }
}

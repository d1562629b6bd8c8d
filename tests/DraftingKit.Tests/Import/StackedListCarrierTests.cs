using DraftingKit.Import;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// The labels a PDF's reading order stacks at a page's top, with the outer item's text that introduces a list set among
/// them (S/RES/2662 (2022), annex C, Part I): that text takes the label that can carry the list, and goes after the
/// texts of the labels stacked before it.
/// </summary>
public sealed class StackedListCarrierTests
{
    /// <summary>The page's top as pdftotext reads S/RES/2662 (2022) in reading order, after its running header.</summary>
    private const string PageTop =
        "(b)\n\nTrinitrophenylmethylnitramine (tetryl);\n\n\fS/RES/2662 (2022)\n\n(c)\n2.\n\nExplosive-related goods:\n(a)\n\n3.\n\n"
        + "Nitroglycerin (except when packaged/prepared in individual medicinal doses);\n"
        + "Equipment and devices specially designed to initiate explosives by electrical or\n"
        + "non-electrical means (e.g. firing sets, detonators, igniters, detonating chord);\n\n"
        + "“Technology” required for the “production” or “use” of the items listed at paragraphs 1\nand 2, including:\n";

    private static List<string> Texts(string text) =>
        FlowingStackedNumbers.Spread(text.Split('\n'), line => LeadVocabulary.Default.OperativeLeadAtStart(line) is not null)
            .Where(line => line.Trim('\f').Length > 0).ToList();

    [Fact]
    public void A_text_in_a_colon_over_a_lettered_list_takes_the_number_and_goes_after_the_letter_stacked_before_it()
    {
        var texts = Texts(PageTop);

        var order = new[]
        {
            "(c) Nitroglycerin (except when packaged/prepared in individual medicinal doses);",
            "2. Explosive-related goods:",
            "(a) Equipment and devices specially designed to initiate explosives by electrical or",
            "non-electrical means (e.g. firing sets, detonators, igniters, detonating chord);",
            "3. “Technology” required for the “production” or “use” of the items listed at paragraphs 1",
        };
        var at = texts.IndexOf(order[0]);
        Assert.True(at >= 0, string.Join("\n", texts));
        Assert.Equal(order, texts.Skip(at).Take(order.Length));
    }

    [Fact]
    public void The_lines_keep_their_number()
    {
        Assert.Equal(PageTop.Split('\n').Length, FlowingStackedNumbers.Spread(PageTop.Split('\n'), _ => false).Length);
    }

    [Fact]
    public void A_text_in_a_colon_over_a_roman_list_takes_the_letter_stacked_first()
    {
        // Under a letter, a list numbered in roman is that letter's own: the first stacked label takes the text.
        var texts = Texts(PageTop.Replace("Explosive-related goods:\n(a)", "Explosive-related goods:\n(i)"));

        Assert.Contains("(c) Explosive-related goods:", texts);
        Assert.DoesNotContain("2. Explosive-related goods:", texts);
    }

    [Fact]
    public void A_text_that_introduces_nothing_takes_the_first_stacked_label()
    {
        var texts = Texts(PageTop.Replace("Explosive-related goods:", "Explosive-related goods;"));

        Assert.Contains("(c) Explosive-related goods;", texts);
    }

    [Theory]
    [InlineData("(c)", "2.", "Explosive-related goods:", "(a)", 1)]
    [InlineData("(c)", "2.", "Explosive-related goods:", "(i)", 0)]
    [InlineData("(iii)", "(d)", "Measures as follows:", "(i)", 1)]
    [InlineData("(3)", "(b)", "Measures as follows:", "(1)", 1)]
    [InlineData("2.", "(c)", "Explosive-related goods:", "(a)", 0)]
    [InlineData("(c)", "(d)", "Explosive-related goods:", "(a)", 0)]
    [InlineData("(c)", "2.", "Explosive-related goods:", "(b)", 0)]
    public void The_carrier_is_the_first_stacked_label_not_of_the_lists_own_kind(string first, string second, string text, string below, int carrier)
    {
        Assert.Equal(carrier, StackedListCarrier.Carrier(new[] { first, second }, text, below));
    }
}

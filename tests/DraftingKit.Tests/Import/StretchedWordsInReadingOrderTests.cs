using DraftingKit.Import;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// The words of a justified line stretched wide, which a PDF's reading order gives as blocks of one word each after
/// the block of the line's first words (<see cref="StretchedWords"/>): they go back at the end of the block's first
/// line. Lines from the corpus as pdftotext prints them without <c>-layout</c>.
/// </summary>
public sealed class StretchedWordsInReadingOrderTests
{
    private static bool Opens(string line) =>
        LeadVocabulary.Default.OperativeLeadAtStart(line) is not null || line.StartsWith("(", StringComparison.Ordinal) || char.IsDigit(line[0]);

    [Fact]
    public void The_words_set_apart_go_back_on_their_line()
    {
        // A/RES/76/213, paragraph 12, at the top of a page.
        var lines = new[] { "A/RES/76/213", "", "information and", "development;", "", "communications", "", "technology", "", "and", "", "supporting", "", "infrastructure", "", "13." };

        var restored = StretchedWords.Restore(lines, Opens);

        Assert.Equal(lines.Length, restored.Length);
        Assert.Equal("information and communications technology and supporting infrastructure", restored[2]);
        Assert.Equal("development;", restored[3]);
        Assert.Equal("13.", restored[15]);
        Assert.All(restored.Skip(4).Take(11), line => Assert.Equal(string.Empty, line.Trim()));
    }

    [Fact]
    public void An_items_line_stretched_wide_is_whole_in_the_reading()
    {
        // A/RES/75/134, paragraph 2 (a): "20 fellowships" did not fit, and the line's words stood apart.
        var text = string.Join("\n", new[]
        {
            "The General Assembly,", "Recalling its resolution 74/185 of 18 December 2019,", "Noting with appreciation the report of the Secretary-General,",
            "Considering that international law should occupy an appropriate place in the teaching of legal disciplines,", "1.", "",
            "Authorizes the Secretary-General to carry out the activities specified in his report in 2021, including the",
            "following activities to be financed from provisions in the regular budget:", "(a)", "", "The International", "20 fellowships;", "",
            "Law", "", "Fellowship", "", "Programme,", "", "with", "", "a", "", "minimum", "", "of", "", "(b)", "",
            "The United Nations Regional Courses in International Law for Africa, for Asia-Pacific and", "for Latin America and the Caribbean;",
        });

        var paragraphs = FlowingText.Paragraphs(text, LeadVocabulary.Openers).Split("\n\n").Select(block => string.Join(" ", block.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0))).ToList();

        Assert.Contains("(a) The International Law Fellowship Programme, with a minimum of 20 fellowships;", paragraphs);
        Assert.DoesNotContain("Law", paragraphs);
    }

    [Fact]
    public void A_tables_header_cells_stay_where_they_are()
    {
        // A/RES/75/246: a header row's cells, blocks of one line, some of several words.
        var lines = new[] { "", "A. Pension Administration", "Action", "", "Title of post", "", "Category", "", "Number", "", "New post" };

        Assert.Equal(lines, StretchedWords.Restore(lines, Opens));
    }

    [Fact]
    public void Two_words_apart_are_not_enough()
    {
        var lines = new[] { "", "information and", "development;", "", "communications", "", "technology", "", "13." };

        Assert.Equal(lines, StretchedWords.Restore(lines, Opens));
    }

    [Fact]
    public void A_block_whose_first_line_ended_its_unit_keeps_its_lines()
    {
        // A line that ends with its semicolon was not cut short: what follows is no word of it.
        var lines = new[] { "", "development;", "and more;", "", "Section", "", "Amount", "", "Total", "", "13." };

        Assert.Equal(lines, StretchedWords.Restore(lines, Opens));
    }

    private static bool OpensByLead(string line) =>
        LeadVocabulary.Default.PreambularLeadAtStart(line) is not null || Opens(line);

    [Fact]
    public void A_paragraphs_first_line_stretched_under_the_paragraph_before_is_whole()
    {
        // A/RES/76/179: the preambular paragraph's first line, in one block with the paragraph above it.
        var lines = new[]
        {
            "the occupying Power to respect fair trial standards,", "Condemning the continuous widespread", "anti-extremism laws to suppress dissent,", "",
            "misuse", "", "of", "", "counter-terrorism", "", "and", "",
            "Strongly condemning in this regard the ongoing pressure and mass detentions on",
        };

        var restored = StretchedWords.Restore(lines, OpensByLead);

        Assert.Equal(lines.Length, restored.Length);
        Assert.Equal("Condemning the continuous widespread misuse of counter-terrorism and", restored[1]);
        Assert.Equal("the occupying Power to respect fair trial standards,", restored[0]);
        Assert.Equal("Strongly condemning in this regard the ongoing pressure and mass detentions on", restored[12]);
    }

    [Fact]
    public void A_line_under_a_units_end_that_opens_no_paragraph_keeps_its_block()
    {
        // The line goes on the paragraph above by its words (a reference after a comma): no paragraph's first line, and
        // the blocks of one word after it may be a table's cells.
        var lines = new[] { "Recalling its resolutions 64/196 of 21 December 2009,", "as well as its resolution 65/164 of 20 December 2010 and", "66/204 of 22 December 2011,", "", "Section", "", "Amount", "", "Total", "", "13." };

        Assert.Equal(lines, StretchedWords.Restore(lines, OpensByLead));
    }

    [Fact]
    public void A_paragraphs_first_line_at_a_blocks_top_keeps_its_block()
    {
        // As before: a block that opens a paragraph with no paragraph above it in the block.
        var lines = new[] { "", "Condemning the continuous widespread", "anti-extremism laws to suppress dissent,", "", "misuse", "", "of", "", "counter-terrorism", "", "13." };

        Assert.Equal(lines, StretchedWords.Restore(lines, OpensByLead));
    }

    [Fact]
    public void A_block_of_one_line_under_the_paragraph_before_keeps_its_line()
    {
        // No line under the stretched one in its block: the words apart are no line's.
        var lines = new[] { "the occupying Power to respect fair trial standards,", "Condemning the continuous widespread", "", "misuse", "", "of", "", "counter-terrorism", "", "13." };

        Assert.Equal(lines, StretchedWords.Restore(lines, OpensByLead));
    }

    [Fact]
    public void The_pages_number_between_a_line_and_its_words_stays_where_it_is()
    {
        // A/RES/75/192: pdftotext printed the page's number between the line's first words and the rest.
        var lines = new[]
        {
            "Crimea and the failure of the occupying Power to respect fair trial standards,", "Condemning the continuous widespread", "anti-extremism laws to suppress dissent,", "",
            "4/10", "", "misuse", "", "of", "", "counter-terrorism", "", "and", "",
            "Strongly condemning in this regard the ongoing pressure and mass detentions on",
        };

        var restored = StretchedWords.Restore(lines, OpensByLead);

        Assert.Equal("Condemning the continuous widespread misuse of counter-terrorism and", restored[1]);
        Assert.Equal("4/10", restored[4]);
        Assert.All(new[] { 6, 8, 10, 12 }, index => Assert.Equal(string.Empty, restored[index]));
    }

    [Fact]
    public void A_pages_number_alone_is_no_word_of_the_line()
    {
        var lines = new[] { "", "information and", "development;", "", "4/10", "", "13." };

        Assert.Equal(lines, StretchedWords.Restore(lines, Opens));
    }
}

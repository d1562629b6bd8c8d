using DraftingKit.Import;
using DraftingKit.Model;
using DraftingKit.Templates;
using DraftingKit.Vocabulary;

namespace DraftingKit.Tests.Import;

/// <summary>
/// A list of short named entries under a paragraph's colon, each on a line of its own under the same designation with
/// the next number ("Chapter 3: Legislation and frameworks" / "Chapter 4: Criminalization", Commission resolution 26/4;
/// "Leadership dialogue 1: …;" under "(a) The leadership dialogues will address the following themes:", A/RES/75/326;
/// "Panel 1: …;", A/RES/77/274): the templates set each entry as a block of its own under the paragraph or item whose
/// colon introduces them, and a PDF's text layer, as laid out and in its reading order, runs them on (<see cref="NamedEntries"/>).
/// </summary>
public sealed class NamedEntriesImportTests
{
    private const string Header =
        "Resolution 26/4\n\nStrengthening international cooperation to combat cybercrime\n\n";

    // Resolution 26/4 of the Commission on Crime Prevention and Criminal Justice, paragraphs 2 and 3, as pdftotext's
    // reading order gives the seed's PDF: no blank line between paragraphs, the number alone over its text.
    private const string Chapters = """
        The Commission on Crime Prevention and Criminal Justice,
        Expressing appreciation for the work done thus far by the Expert Group,
        1.

        Requests the Expert Group to continue its work;
        2.

        Decides that the Expert Group will dedicate its future meetings to examining, in a
        structured manner, each of the main issues dealt with in chapters three through eight of
        the study, taking into account the deliberations of the previous meetings of the
        Expert Group:
        Chapter 3: Legislation and frameworks
        Chapter 4: Criminalization
        Chapter 5: Law enforcement and investigations
        Chapter 6: Electronic evidence and criminal justice
        Chapter 7: International cooperation (including sovereignty, jurisdiction and
        international cooperation, formal international cooperation, informal international
        cooperation, and extraterritorial evidence)
        Chapter 8: Prevention
        3.

        Encourages the Expert Group to develop possible conclusions and recommendations
        for submission to the Commission;
        """;

    private static List<BodyBlock> Operative(string body)
    {
        var result = UnDocumentImporter.ImportText("resolution-26-4.txt", Header + body);
        return Assert.Single(result.Texts).Document.Parts[0].OperativePart.ToList();
    }

    private static string Shape(BodyBlock block) => block switch
    {
        OperativeParagraph p => "operative " + p.Number + ": " + string.Join(" | ", p.Subparagraphs.Select(Item)),
        TextParagraph p => "text: " + p.Text.PlainText.Trim(),
        _ => block.GetType().Name,
    };

    private static string Item(Subparagraph item) =>
        (item.Label.Length > 0 ? "(" + item.Label + ") " : string.Empty) + item.Text.PlainText.Trim() + (item.Items.IsEmpty ? string.Empty : " [" + string.Join(" | ", item.Items.Select(Item)) + "]");

    [Fact]
    public void Entries_named_by_the_same_word_and_the_next_number_under_a_colon_are_the_paragraphs_items()
    {
        var blocks = Operative(Chapters).Select(Shape).ToArray();

        Assert.Equal(
            new[]
            {
                "operative 1: ",
                "operative 2: Chapter 3: Legislation and frameworks | Chapter 4: Criminalization | Chapter 5: Law enforcement and investigations"
                    + " | Chapter 6: Electronic evidence and criminal justice | Chapter 7: International cooperation (including sovereignty, jurisdiction and international cooperation, formal international cooperation, informal international cooperation, and extraterritorial evidence)"
                    + " | Chapter 8: Prevention",
                "operative 3: ",
            },
            blocks);
    }

    [Fact]
    public void The_reading_order_gives_the_model_the_template_sets()
    {
        // The seed's own template, as the template reader reads it: the same entries as blocks under paragraph 2.
        var template = "---\nkind: resolution\n---\n\nThe Commission on Crime Prevention and Criminal Justice,\n\n"
            + "*Expressing appreciation* for the work done thus far by the Expert Group,\n\n1. *Requests* the Expert Group to continue its work;\n\n"
            + "2. *Decides* that the Expert Group will dedicate its future meetings to examining, in a structured manner, each of the main issues dealt with in chapters three through eight of the study, taking into account the deliberations of the previous meetings of the Expert Group:\n\n"
            + "   Chapter 3: Legislation and frameworks\n\n   Chapter 4: Criminalization\n\n   Chapter 5: Law enforcement and investigations\n\n   Chapter 6: Electronic evidence and criminal justice\n\n"
            + "   Chapter 7: International cooperation (including sovereignty, jurisdiction and international cooperation, formal international cooperation, informal international cooperation, and extraterritorial evidence)\n\n"
            + "   Chapter 8: Prevention\n\n3. *Encourages* the Expert Group to develop possible conclusions and recommendations for submission to the Commission;\n";

        var read = TemplateReader.Read("resolution-26-4.res.md", template).Document.Parts[0].OperativePart;

        Assert.Equal(read.Select(Shape), Operative(Chapters).Select(Shape));
    }

    [Fact]
    public void Entries_under_an_items_colon_that_end_on_a_semicolon_are_the_items()
    {
        // A/RES/75/326, paragraph 11: the entries under item (a), then item (b), in the reading order.
        var blocks = Operative("""
            The Commission on Crime Prevention and Criminal Justice,
            Expressing appreciation for the work done thus far by the Expert Group,
            1.

            Decides that the organizational arrangements for the leadership dialogues will be as
            follows:
            (a)

            The leadership dialogues will address the following themes:
            Leadership dialogue 1: Reflecting on the urgent need for actions to achieve a healthy
            planet and prosperity of all;
            Leadership dialogue 2: Achieving a sustainable and inclusive recovery from the coronavirus
            disease (COVID-19) pandemic;
            Leadership dialogue 3: Accelerating the implementation of the environmental dimension of
            sustainable development in the context of the decade of action and delivery for
            sustainable development;
            (b)

            Each leadership dialogue will be presided over by two Co-Chairs, one from a developing
            country and one from a developed country;
            2.

            Invites participants to share experiences and initiatives to protect our planet;
            """).Select(Shape).ToArray();

        Assert.Equal(
            new[]
            {
                "operative 1: (a) The leadership dialogues will address the following themes: ["
                    + "Leadership dialogue 1: Reflecting on the urgent need for actions to achieve a healthy planet and prosperity of all;"
                    + " | Leadership dialogue 2: Achieving a sustainable and inclusive recovery from the coronavirus disease (COVID-19) pandemic;"
                    + " | Leadership dialogue 3: Accelerating the implementation of the environmental dimension of sustainable development in the context of the decade of action and delivery for sustainable development;]"
                    + " | (b) Each leadership dialogue will be presided over by two Co-Chairs, one from a developing country and one from a developed country;",
                "operative 2: ",
            },
            blocks);
    }

    [Fact]
    public void Two_entries_of_a_word_alone_and_a_number_make_a_list()
    {
        // A/RES/77/274, paragraph 5 (b): "Panel 1:" and "Panel 2:", each of three lines, under the item's colon.
        var paragraphs = ReadingOrderParagraphs.Of("""
            The General Assembly,
            1.

            Decides that the organizational arrangements for the high-level meeting will be as follows:
            (a)

            The high-level meeting will consist of an opening segment, two panels and a closing segment;
            (b)

            The multi-stakeholder panels will address the following themes:
            Panel 1: Accelerating multisectoral actions to ensure equitable high-quality people-centred
            tuberculosis care, and addressing determinants of tuberculosis in the context of universal
            health coverage;
            Panel 2: Scaling up adequate and sustainable national, regional and international financing
            to ensure equity in tuberculosis service delivery, innovative strategies, as well as for the
            research and development of new diagnostics, vaccines and medicines;
            (c)

            Each of the two multi-stakeholder panels will be co-chaired by two representatives;
            """, LeadVocabulary.Default);

        Assert.Equal(7, paragraphs.Count);
        Assert.StartsWith("Panel 1: Accelerating", paragraphs[4], StringComparison.Ordinal);
        Assert.EndsWith("universal health coverage;", paragraphs[4], StringComparison.Ordinal);
        Assert.StartsWith("Panel 2: Scaling up", paragraphs[5], StringComparison.Ordinal);
        Assert.StartsWith("(c) Each of the two", paragraphs[6], StringComparison.Ordinal);
    }

    [Fact]
    public void The_lines_as_laid_out_part_at_each_entry_too()
    {
        // pdftotext -layout of the seed's PDF: the entries at the text's column, the long one's further lines set in.
        var text = "                                                             Resolution 26/4\n\n"
            + "             Strengthening international cooperation to combat cybercrime\n\n"
            + "             The Commission on Crime Prevention and Criminal Justice,\n"
            + "                   Expressing appreciation for the work done thus far by the Expert Group,\n"
            + "      1.      Requests the Expert Group to continue its work and, in so doing, to hold periodic\n"
            + "              meetings and function as the platform for further discussion on substantive issues\n"
            + "              concerning cybercrime, keeping pace with its evolving trends;\n"
            + "      2.      Decides that the Expert Group will dedicate its future meetings to examining, in a\n"
            + "              structured manner, each of the main issues dealt with in chapters three through eight of\n"
            + "              the study, without prejudice to other issues included in the mandate of the Expert\n"
            + "              Group, taking into account, as appropriate, contributions received pursuant to\n"
            + "              Commission resolution 22/7 and the deliberations of the previous meetings of the\n"
            + "              Expert Group:\n"
            + "              Chapter 3: Legislation and frameworks\n"
            + "              Chapter 4: Criminalization\n"
            + "              Chapter 5: Law enforcement and investigations\n"
            + "              Chapter 6: Electronic evidence and criminal justice\n"
            + "              Chapter 7: International cooperation (including sovereignty, jurisdiction and\n"
            + "                   international cooperation, formal international cooperation, informal international\n"
            + "                   cooperation, and extraterritorial evidence)\n"
            + "              Chapter 8: Prevention\n"
            + "      3.      Encourages the Expert Group to develop possible conclusions and recommendations\n"
            + "              for submission to the Commission;\n"
            + "\f";

        var result = UnDocumentImporter.ImportText("resolution-26-4.txt", text);
        var blocks = Assert.Single(result.Texts).Document.Parts[0].OperativePart;

        var items = Assert.IsType<OperativeParagraph>(blocks[1]).Subparagraphs;
        Assert.Equal(6, items.Count);
        Assert.Equal("Chapter 4: Criminalization", items[1].Text.PlainText.Trim());
        Assert.EndsWith("and extraterritorial evidence)", items[4].Text.PlainText.Trim(), StringComparison.Ordinal);
        Assert.Equal(3, blocks.Count);
    }

    [Fact]
    public void A_designation_at_a_wrapped_lines_start_without_a_colon_above_goes_on_its_sentence()
    {
        // The line above ends mid-sentence: "Chapter 4:" there is the sentence's, though "Chapter 5:" follows it.
        var paragraphs = ReadingOrderParagraphs.Of("""
            The Commission on Crime Prevention and Criminal Justice,
            1.

            Requests the Secretariat to update the study along the lines set out in
            Chapter 4: Criminalization, and to report thereon, and the Expert Group to consider in
            Chapter 5: Law enforcement the lessons learned;
            2.

            Decides to remain seized of the matter.
            """, LeadVocabulary.Default);

        Assert.Equal(3, paragraphs.Count);
        Assert.Contains("set out in Chapter 4: Criminalization, and to report thereon, and the Expert Group to consider in Chapter 5:", paragraphs[1], StringComparison.Ordinal);
    }

    [Fact]
    public void One_named_line_under_a_colon_with_no_entry_named_alike_after_it_is_no_list()
    {
        // "Chapter 3:" under the colon, then no other chapter before the next paragraph: the sentence runs on.
        var paragraphs = ReadingOrderParagraphs.Of("""
            The Commission on Crime Prevention and Criminal Justice,
            1.

            Decides that the Expert Group will examine the following:
            Chapter 3: Legislation and frameworks, together with the matters of criminalization, as
            Annex 2: Criminalization sets them out, and of law enforcement;
            2.

            Decides to remain seized of the matter.
            """, LeadVocabulary.Default);

        Assert.Equal(3, paragraphs.Count);
        Assert.EndsWith("the following: Chapter 3: Legislation and frameworks, together with the matters of criminalization, as Annex 2: Criminalization sets them out, and of law enforcement;", paragraphs[1], StringComparison.Ordinal);
    }

    [Fact]
    public void An_entrys_number_is_no_note_marker_though_the_next_note_has_it()
    {
        // A/RES/75/326: "Leadership dialogue 3:" under note 2's marker, note 3's marker glued further on ("Agenda 21,3").
        var result = UnDocumentImporter.ImportText("layer.txt", "Draft resolution I\n\nInternational meeting\n\nThe General Assembly,\n\n"
            + "Recalling the Rio Declaration,1\n\n"
            + "1. Decides that the meeting shall elect eight Vice-Presidents,2 and that the arrangements will be as follows:\n\n"
            + "(a) The leadership dialogues will address the following themes:\n\n"
            + "Leadership dialogue 1: Reflecting on the urgent need for actions to achieve a healthy planet;\n\n"
            + "Leadership dialogue 2: Achieving a sustainable and inclusive recovery;\n\n"
            + "Leadership dialogue 3: Accelerating the implementation of the environmental dimension;\n\n"
            + "(b) Each leadership dialogue will be presided over by two Co-Chairs;\n\n"
            + "2. Invites the major groups as identified in Agenda 21,3 to contribute to the international meeting.\n\n"
            + "__________________\n1 A/CONF.151/26/Rev.1 (Vol. I), annex I.\n2 Two from each of the regional groups.\n3 A/CONF.151/26/Rev.1 (Vol. I), resolution 1, annex II.\n");

        var operative = Assert.Single(result.Texts).Document.Parts[0].OperativePart;
        var entries = Assert.IsType<OperativeParagraph>(operative[0]).Subparagraphs[0].Items;

        Assert.Equal(3, entries.Count);
        Assert.DoesNotContain(entries[2].Text.Inlines, inline => inline is FootnoteReference);
        Assert.Contains(Assert.IsType<OperativeParagraph>(operative[1]).Text.Inlines, inline => inline is FootnoteReference { Label: "3" });
    }
}

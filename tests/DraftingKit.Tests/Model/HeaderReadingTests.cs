using DraftingKit.Model;
using DraftingKit.Rendering;

namespace DraftingKit.Tests.Model;

/// <summary>
/// Issue 15, item 7: a header written in any language the project holds the words of (<see cref="HeaderWording"/>)
/// reads back through the same words (<see cref="HeaderReading"/>): every organ, every date, every session, the
/// agenda lines, the adoption and number lines and the closing meeting, each with the language it is written in.
/// </summary>
public sealed class HeaderReadingTests
{
    private static readonly DocumentLanguage French = DocumentLanguage.Find("fr")!;

    public static TheoryData<string, string> OrgansByLanguage()
    {
        var data = new TheoryData<string, string>();
        foreach (var words in HeaderWording.All)
        {
            foreach (var organ in Organ.Known)
            {
                data.Add(organ.Key, words.Language.Code);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OrgansByLanguage))]
    public void Every_line_written_for_an_organ_reads_back_the_same(string key, string code)
    {
        var organ = Organ.Find(key)!;
        var words = HeaderWording.For(DocumentLanguage.Find(code)!);
        var adopted = new UnDate(2021, 4, 1);

        Assert.True(HeaderReading.TryOrgan(words.OrganName(organ), out var readOrgan, out var language));
        Assert.Equal((organ, words.Language), (readOrgan, language));

        Assert.True(HeaderReading.TryFormula(words.FormulaSubject(organ) + ",", out readOrgan, out var subject, out language));
        Assert.Equal((organ, words.FormulaSubject(organ), words.Language), (readOrgan, subject, language));

        var meeting = words.MeetingName(organ) is { } name ? words.MeetingLine(8956, name) : null;
        foreach (var kind in new[] { DocumentKind.Resolution, DocumentKind.Decision })
        {
            foreach (var inParts in new[] { false, true })
            {
                foreach (var at in new[] { meeting, null })
                {
                    var line = words.AdoptionLine(organ, kind, at, adopted, inParts);
                    var read = HeaderReading.TryAdoptionLine(line);

                    Assert.True(read is not null, $"'{line}' is not read back");
                    var expectedKind = line.Contains(words.KindWord(DocumentKind.Decision, inParts), StringComparison.Ordinal) ? DocumentKind.Decision : DocumentKind.Resolution;
                    var named = organ.AdoptionLineForm.Contains("{meeting}", StringComparison.Ordinal) ? at : null;
                    // A form without the kind's word (the Council's "Adopted by …") reads the same alone and in parts.
                    var parts = inParts && line != words.AdoptionLine(organ, kind, at, adopted, inParts: false);
                    Assert.Equal(new AdoptionReading(organ, expectedKind, named, adopted, parts, words.Language), read);
                }
            }

            Assert.True(HeaderReading.TryNumberLine(words.NumberLine(kind, "2618 (2022)"), out var readKind, out var number, out language));
            Assert.Equal((kind, "2618 (2022)", words.Language), (readKind, number, language));
        }

        if (meeting is not null)
        {
            Assert.True(HeaderReading.IsMeetingLine(meeting, out language), $"'{meeting}' is not a meeting line");
            Assert.Equal(words.Language, language);
        }
    }

    [Fact]
    public void Every_date_of_a_year_reads_back_in_each_language()
    {
        foreach (var words in HeaderWording.All)
        {
            for (var day = new DateTime(2024, 1, 1); day.Year == 2024; day = day.AddDays(1))
            {
                var date = new UnDate(day.Year, day.Month, day.Day);
                Assert.True(HeaderReading.TryDate(words.Date(date), out var read, out var language), $"'{words.Date(date)}' is not read back");
                Assert.Equal((date, words.Language), (read, language));
            }
        }
    }

    [Theory]
    [InlineData("1er juin 2021", 2021, 6, 1)]
    [InlineData("28 avril 2021", 2021, 4, 28)]
    [InlineData("15\u00A0décembre 1998", 1998, 12, 15)]
    [InlineData("1er\u00A0août 2020", 2020, 8, 1)]
    public void A_French_date_is_read_as_the_French_cover_prints_it(string line, int year, int month, int day)
    {
        Assert.True(HeaderReading.TryDate(line, out var date, out var language));
        Assert.Equal((new UnDate(year, month, day), French), (date, language));
    }

    [Theory]
    [InlineData("32 mai 2021")]
    [InlineData("28 avrill 2021")]
    [InlineData("mai 2021")]
    [InlineData("28 avril")]
    public void What_is_no_date_is_not_read_as_one(string line) => Assert.False(HeaderReading.TryDate(line, out _, out _));

    [Fact]
    public void Every_session_reads_back_in_each_language()
    {
        foreach (var words in HeaderWording.All)
        {
            for (var session = 1; session < 120; session++)
            {
                foreach (var kind in new[] { string.Empty, "special", "emergency special" })
                {
                    var line = words.Session(session, kind);
                    Assert.True(HeaderReading.TrySession(line, out var read, out var language), $"'{line}' is not read back");
                    Assert.Equal((session, words.Language), (read, language));
                }
            }

            Assert.True(HeaderReading.TrySession(words.YearSession(2017), out var year, out var yearLanguage));
            Assert.Equal((2017, words.Language), (year, yearLanguage));
        }
    }

    [Theory]
    [InlineData("Soixante-quinzième session", 75)]
    [InlineData("Soixante et onzième session", 71)]
    [InlineData("Quatre-vingt-unième session", 81)]
    [InlineData("Onzième session extraordinaire d’urgence", 11)]
    [InlineData("Session de 2017", 2017)]
    public void A_French_session_line_gives_its_number(string line, int session)
    {
        Assert.True(HeaderReading.TrySession(line, out var read, out var language));
        Assert.Equal((session, French), (read, language));
    }

    [Theory]
    [InlineData("Agenda item 106", "106", "en")]
    [InlineData("Agenda items 14 and 122", "14 and 122", "en")]
    [InlineData("Point 14 de l’ordre du jour", "14", "fr")]
    [InlineData("Points 14 et 122 de l’ordre du jour", "14 et 122", "fr")]
    [InlineData("Point 72 b) de l'ordre du jour", "72 b)", "fr")]
    public void An_agenda_line_gives_its_items(string line, string items, string code)
    {
        Assert.True(HeaderReading.TryAgendaItem(line, out var read, out var language));
        Assert.Equal((items, code), (read, language.Code));
    }

    [Theory]
    [InlineData("Point 14")]
    [InlineData("Points de l’ordre du jour")]
    [InlineData("Agenda item")]
    public void A_line_that_only_looks_like_an_agenda_line_is_none(string line) => Assert.False(HeaderReading.TryAgendaItem(line, out _, out _));

    [Theory]
    [InlineData("Distr.: General", "General", "en")]
    [InlineData("Distr.: Limited", "Limited", "en")]
    [InlineData("Distr. générale", "générale", "fr")]
    [InlineData("Distr. limitée", "limitée", "fr")]
    public void The_distribution_line_says_its_language(string line, string value, string code)
    {
        Assert.True(HeaderReading.TryDistribution(line, out var read, out var language));
        Assert.Equal((value, code), (read, language.Code));
    }

    [Fact]
    public void A_whole_French_header_as_the_renderers_print_it_reads_back()
    {
        var header = new DocumentHeader
        {
            Kind = DocumentKind.Resolution,
            Status = DocumentStatus.Adopted,
            Organ = Organ.GeneralAssembly,
            Symbol = "A/RES/75/274",
            Distribution = "générale",
            Issued = new UnDate(2021, 4, 29),
            Session = 75,
            AgendaItem = "14",
            Adopted = new UnDate(2021, 4, 28),
            Meeting = "62e séance plénière",
            Language = French,
        };

        var masthead = HeaderLines.MastheadLines(header).ToDictionary(line => line.Kind, line => line.Text);
        Assert.True(HeaderReading.TryOrgan(masthead[HeaderLineKind.Organ], out var organ, out var organLanguage));
        Assert.True(HeaderReading.TryDistribution(masthead[HeaderLineKind.Distribution], out var distribution, out _));
        Assert.True(HeaderReading.TryDate(masthead[HeaderLineKind.Issued], out var issued, out _));
        Assert.True(HeaderReading.TrySession(HeaderLines.SessionLine(header)!, out var session, out _));
        Assert.True(HeaderReading.TryAgendaItem(HeaderLines.AgendaLine(header)!, out var item, out _));
        var adoption = HeaderReading.TryAdoptionLine(HeaderLines.AdoptionLine(header)!);
        var closing = HeaderLines.Closing(header).ToList();

        Assert.Equal((Organ.GeneralAssembly, French), (organ, organLanguage));
        Assert.Equal(("générale", new UnDate(2021, 4, 29), 75, "14"), (distribution, issued, session, item));
        Assert.Equal(new AdoptionReading(Organ.GeneralAssembly, DocumentKind.Resolution, null, new UnDate(2021, 4, 28), false, French), adoption);
        Assert.True(HeaderReading.IsMeetingLine(closing[0], out var meetingLanguage));
        Assert.Equal(French, meetingLanguage);
        Assert.True(HeaderReading.TryDate(closing[1], out var closed, out _));
        Assert.Equal(new UnDate(2021, 4, 28), closed);
    }

    [Theory]
    [InlineData("The General Assembly,", "en")]
    [InlineData("L’Assemblée générale,", "fr")]
    [InlineData("L'Assemblée générale,", "fr")]
    [InlineData("Le Conseil de sécurité,", "fr")]
    public void The_formula_says_the_organ_and_the_language(string formula, string code)
    {
        Assert.True(HeaderReading.TryFormula(formula, out _, out var subject, out var language));
        Assert.Equal(code, language.Code);
        Assert.Equal(formula.TrimEnd(','), subject);
    }

    [Theory]
    [InlineData("Rappelant ses résolutions 53/199 du 15 décembre 1998")]
    [InlineData("L’Assemblée générale décennale")]
    [InlineData("Recalling its resolution 70/1 of 25 September 2015")]
    public void Body_text_is_no_header_line(string line)
    {
        Assert.Null(HeaderReading.TryAdoptionLine(line));
        Assert.False(HeaderReading.TryDate(line, out _, out _));
        Assert.False(HeaderReading.TrySession(line, out _, out _));
        Assert.False(HeaderReading.IsMeetingLine(line, out _));
    }

    [Theory]
    [InlineData("62e séance plénière", "fr")]
    [InlineData("1re séance plénière", "fr")]
    [InlineData("53rd plenary meeting", "en")]
    [InlineData("54th (resumed) plenary meeting", "en")]
    [InlineData("9th resumed plenary meeting", "en")]
    [InlineData("8956th meeting", "en")]
    public void A_closing_meeting_line_is_read_in_its_language(string line, string code)
    {
        Assert.True(HeaderReading.IsMeetingLine(line, out var language));
        Assert.Equal(code, language.Code);
    }

    [Theory]
    [InlineData("53th plenary meeting")]
    [InlineData("62 séance plénière")]
    [InlineData("62nd séance plénière")]
    [InlineData("62e plenary meeting")]
    public void A_meeting_line_with_the_wrong_ordinal_is_none(string line) => Assert.False(HeaderReading.IsMeetingLine(line, out _));

    [Fact]
    public void Every_sponsors_line_reads_back_in_each_language()
    {
        foreach (var words in HeaderWording.All)
        {
            foreach (var kind in new[] { DocumentKind.Resolution, DocumentKind.Decision })
            {
                var line = words.SponsorsLine("Albania, France, Japan and United States of America", kind);
                Assert.True(HeaderReading.TrySponsorsLine(line, out var sponsors, out var read, out var language), $"'{line}' is not read back");
                Assert.Equal(("Albania, France, Japan and United States of America", kind, words.Language), (sponsors, read, language));
            }
        }
    }

    [Theory]
    [InlineData("Argentine, Maroc et Qatar : projet de résolution", "Argentine, Maroc et Qatar", "fr")]
    [InlineData("Argentine, Maroc et Qatar: projet de décision", "Argentine, Maroc et Qatar", "fr")]
    [InlineData("Albania and Japan: draft decision", "Albania and Japan", "en")]
    public void A_sponsors_line_is_read_as_either_typography_sets_its_colon(string line, string names, string code)
    {
        Assert.True(HeaderReading.TrySponsorsLine(line, out var sponsors, out _, out var language));
        Assert.Equal((names, code), (sponsors, language.Code));
    }

    [Theory]
    [InlineData("Approves the draft resolution")]
    [InlineData(": projet de résolution")]
    [InlineData("the sponsors: draft resolution")]
    public void What_only_ends_like_a_sponsors_line_is_none(string line) => Assert.False(HeaderReading.TrySponsorsLine(line, out _, out _, out _));

    [Fact]
    public void An_organ_the_project_does_not_know_is_read_from_the_English_form()
    {
        var read = HeaderReading.TryAdoptionLine("Resolution adopted by the United Nations Environment Assembly on 2 March 2022");

        Assert.NotNull(read);
        Assert.Equal("United Nations Environment Assembly", read!.Organ.Name);
        Assert.Equal(new UnDate(2022, 3, 2), read.Adopted);
    }
}

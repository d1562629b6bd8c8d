using System.Text.RegularExpressions;
using DraftingKit.Citations;
using DraftingKit.Model;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;
using DraftingKit.Text;

namespace DraftingKit.Tests.Citations;

/// <summary>
/// The citation search reads a text only where an opening word stands and reads each part of a list for where it
/// ends; it must find what the search over the whole text with every match's groups found
/// (<see cref="WholeTextCitationSearch"/>): the same citations at the same offsets, the same form slips, on the
/// seed templates, 74/177, the imported General Assembly and Security Council templates and written forms.
/// </summary>
public sealed class CitationSearchTests
{
    private static readonly Organ[] Organs =
    {
        Organ.GeneralAssembly, Organ.SecurityCouncil, Organ.EconomicAndSocialCouncil, Organ.HumanRightsCouncil,
        Organ.Other("Commission on Narcotic Drugs"), Organ.Other("Human Rights Council"),
    };

    private static readonly Regex KindWord = new(CitationOpenings.KindWordText, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(10));

    /// <summary>Forms the corpus holds rarely or never: unusual spaces, hyphens and the places an opening may stand.</summary>
    public static readonly string[] Written =
    {
        "Recalling its resolution\u00A074/177 of 18\u00A0December\u00A02019 and its decision\u00A0S-8/1,",
        "Recalling its reso\u00ADlution 74/177 of 18 Decem\u00ADber 2019, and ES\u201110/21 of 13 December 2018",
        "Resolution 2250 (2015) and 2419\u202F(2018) of the Security Council",
        "resolutions 69/193 and 69/196 of 18 December 2014, 70/286 of 17 June 2016 on cross-cutting issues, 73/302 of 20 June 2019",
        "irresolution 12/3; indecision 4/5; Irresolutions 6/7",
        "esolution 1/2 at the start, ecision 3/4, resolution",
        "Reaffirming its resolutions 31/6 A and B, 57/270 B, 415 (V) and 155 C (VII), sect. III, para. 4",
        "endorsed by the Human Rights Council in its resolution 17/4 of 16 June 2011",
        "of the Human Rights Council, reaffirming its resolutions 47/21 and 48/3",
        "the United Nations Environment Assembly, as reflected in its resolution 2/17",
        "the Council in its resolutions 47/21 of 13 July 2021; and the Assembly in its resolution 75/1",
        "Commission resolutions 18/3 and 19/4, Council resolution 2017/15 and Commission on Narcotic Drugs resolution 61/1",
        "General Assembly resolution 2017/15, Economic and Social Council resolution 12/2019 and decision 2015/234",
        "its decision 14/8 and its decision 74/309, Its resolution 3/1",
        "resolution 74/177 (2019), resolution 2250/2015, resolution 2461(2019), resolution 75/253A, resolution 31/6 A-B",
        "resolution 3367 (XXX) A, resolution 69/283 annex II, resolution 74/177 (18 December 2019), resolution 12/2019",
        "resolutions 1/2 and resolution 3/4 and decisions\n5/6 to 5/9 and resolutions\t\t7/8",
        "its resolution 74/177 of 31 February 2019, and its resolution 74/178 of 18\nDecember 2019",
        "its",
        "resolutions 2019/12, 12/2019, 2250/2015, 1946/1, 1/1946, 2100/3, 3/2101, 1945/2, S-2019/1, 75/1999 and 100/2000 and decision 2015/234",
        "resolution 75/253\u00A0A, resolution 2334\u00A0(2016), decision 5/2020 B and resolution 5/2020 (2020)",
        "resolution\u00A01/2, resolutions\u20033/4, decision\v5/6, Decisions\u200A7/8, Resolution\u30009/10, decisions\u202F11/12",
        "resolution, 9/10, resolution. 11/12, resolution-13/14, resolution\u2019 15/16, resolutionsx 1/2, resolution) 3/4, resolution\u00AD 5/6",
        "resolution 1/" + new string('1', 50) + " and resolution " + string.Concat(Enumerable.Repeat("1/2, ", 200)),
    };

    [Fact]
    public void The_search_finds_what_the_whole_text_search_found_in_written_forms()
    {
        var citations = 0;
        foreach (var organ in Organs)
        {
            foreach (var text in Written)
            {
                citations += AssertSame(text, organ, "written");
            }
        }

        Assert.True(citations > 100, "the written forms hold citations: " + citations);
    }

    [Fact]
    public void The_search_finds_what_the_whole_text_search_found_in_the_seeds_and_74_177()
    {
        var files = Directory.GetFiles(RepositoryPaths.InRepository("tests", "corpus", "seeds"), "*.res.md", SearchOption.AllDirectories)
            .Append(RepositoryPaths.InRepository("samples", "A-RES-74-177.res.md"))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        var citations = 0;
        foreach (var file in files)
        {
            var document = TemplateReader.ReadFile(file).Document;
            foreach (var organ in Organs.Prepend(document.Header.Organ))
            {
                foreach (var text in Texts(document))
                {
                    citations += AssertSame(text, organ, Path.GetFileName(file));
                }
            }
        }

        Assert.True(citations > 1000, "the seeds and 74/177 hold citations: " + citations);
    }

    [Theory]
    [InlineData("akn4un-templates")]
    [InlineData("akn4un-sc-templates")]
    public void The_search_finds_what_the_whole_text_search_found_in_the_imported_templates(string folder)
    {
        var files = Directory.GetFiles(RepositoryPaths.InRepository("tests", "corpus", folder), "*.res.md", SearchOption.AllDirectories);
        Assert.True(files.Length > 100, "the imported templates are there: " + files.Length);
        var citations = 0;
        foreach (var file in files.OrderBy(f => f, StringComparer.Ordinal))
        {
            var document = TemplateReader.ReadFile(file).Document;
            foreach (var text in Texts(document))
            {
                citations += AssertSame(text, document.Header.Organ, Path.GetFileName(file));
            }
        }

        Assert.True(citations > files.Length, "the imported templates hold citations: " + citations);
    }

    [Fact]
    public void The_openings_are_the_whole_patterns_matches_in_order()
    {
        foreach (var text in Written.Select(t => PrintedText.Fold(t, out _)))
        {
            var expected = KindWord.Matches(text).Select(m => (m.Index, m.Length, char.ToLowerInvariant(m.Value[0]) == 'd' ? CitedKind.Decision : CitedKind.Resolution)).ToList();
            var found = new List<(int, int, CitedKind)>();
            for (var opening = CitationOpenings.Next(text, 0); opening.Found; opening = CitationOpenings.Next(text, opening.End))
            {
                found.Add((opening.Start, opening.Length, opening.Kind));
            }

            Assert.Equal(expected, found);
        }
    }

    [Theory]
    [InlineData("Recalling its resolution 74/177", 1)]
    [InlineData("Recalling its irresolution 74/177 and its resolutions of 2019", 0)]
    [InlineData("decision S-8/1, resolution ES-10/21 and resolutions 1/2 and 3/4", 3)]
    [InlineData("resolution", 0)]
    public void Openings_stand_only_before_a_number(string text, int count)
    {
        var found = 0;
        for (var opening = CitationOpenings.Next(text, 0); opening.Found; opening = CitationOpenings.Next(text, opening.End))
        {
            found++;
        }

        Assert.Equal(count, found);
    }

    private static IEnumerable<string> Texts(ResolutionDocument document) =>
        DocumentText.InReadingOrder(document).Concat(document.Footnotes.Select(f => f.Text)).Select(t => t.PlainText);

    private static int AssertSame(string text, Organ organ, string where)
    {
        var expected = WholeTextCitationSearch.Citations(text, organ);
        var found = CitationRecognizer.Find(text, organ);
        if (!expected.SequenceEqual(found))
        {
            Assert.Fail(where + " (" + organ.Name + "): \"" + text + "\"\nexpected " + string.Join("; ", expected) + "\nfound " + string.Join("; ", found));
        }

        var expectedSlips = WholeTextCitationSearch.Slips(text, organ, ResolutionCatalog.Default);
        var slips = CitationForms.Find(text, organ, ResolutionCatalog.Default);
        if (!expectedSlips.SequenceEqual(slips))
        {
            Assert.Fail(where + " (" + organ.Name + "): \"" + text + "\"\nexpected slips " + string.Join("; ", expectedSlips) + "\nfound " + string.Join("; ", slips));
        }

        return found.Count + slips.Count;
    }
}

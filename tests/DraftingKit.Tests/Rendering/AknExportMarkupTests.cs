using System.Xml.Linq;
using DraftingKit.Import.Akn;
using DraftingKit.Model;
using DraftingKit.Rendering;
using DraftingKit.Tests.Support;
using Xunit.Abstractions;
using DraftingKit.Rendering.Akn;

namespace DraftingKit.Tests.Rendering;

/// <summary>
/// The markup of an exported resolution judged against the UN's own AKN4UN file of the same resolution, over every
/// General Assembly file of the corpus: each link the UN makes to a document is there (in the text and in the
/// footnotes), and the cover page marks what the UN's marks (the originating document, the committee, the classes
/// of the masthead's places).
/// </summary>
public sealed class AknExportMarkupTests
{
    private static readonly XNamespace Akn = AknRenderer.Namespace;

    private readonly ITestOutputHelper output;

    public AknExportMarkupTests(ITestOutputHelper output) => this.output = output;

    /// <summary>Links of the UN's files that point at no document, each with what is wrong with it.</summary>
    private static readonly Dictionary<string, string> LinksToNoDocument = new(StringComparer.Ordinal)
    {
        ["77/A_RES_77_174-2228792E.xml: 3202 (S-VI) → 3202(S-VI)"] = "a slip in the UN file: the address lacks the series (undocs.org/en/3202(S-VI) for A/RES/3202 (S-VI)), so the template keeps no symbol to link",
        ["77/A_RES_77_325-2316717E.xml: UNEP/EA.5/Res.6. → file:///C:/Users/99989073/Downloads/autotransfer/BIODIVERSITYANDHEALTH-English.pdf"] = "a slip in the UN file: the link points at a file on an editor's computer",
    };

    [SkippableFact]
    public void Every_link_of_the_UN_file_to_a_document_comes_back_in_the_export_with_its_text_and_symbol()
    {
        var missing = new List<string>();
        var links = 0;
        foreach (var (name, theirs, ours) in Exports())
        {
            var exported = Links(ours).GroupBy(l => l).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            foreach (var link in Links(theirs))
            {
                links++;
                if (exported.TryGetValue(link, out var left) && left > 0)
                {
                    exported[link] = left - 1;
                }
                else
                {
                    missing.Add(name + ": " + link);
                }
            }
        }

        output.WriteLine(links + " links in the UN's files, " + missing.Count + " missing from the export");
        Assert.True(links > 10_000, "the corpus should hold thousands of links; found " + links);
        var unexplained = missing.Where(link => !LinksToNoDocument.ContainsKey(link)).ToList();
        var stale = LinksToNoDocument.Keys.Where(link => !missing.Contains(link)).ToList();
        Assert.True(unexplained.Count == 0, "links lost in the export:\n" + string.Join("\n", unexplained.Take(40)));
        Assert.True(stale.Count == 0, "listed links that the export now keeps (remove them from the list):\n" + string.Join("\n", stale));
    }

    [SkippableFact]
    public void The_cover_marks_the_originating_document_the_committee_and_the_masthead_classes_as_the_UN_file_does()
    {
        var differences = new List<string>();
        var proponents = 0;
        foreach (var (name, theirs, ours) in Exports())
        {
            var expected = Cover(theirs);
            if (expected.Any(line => line.StartsWith("docProponent", StringComparison.Ordinal)))
            {
                proponents++;
            }

            var actual = Cover(ours);
            if (SequenceDifference.Of(expected, actual, "UN", "ours") is { } difference)
            {
                differences.Add(name + ": " + difference);
            }
        }

        output.WriteLine(proponents + " files with a reference line, " + differences.Count + " covers marked otherwise");
        Assert.True(proponents > 900, "the corpus should hold hundreds of reference lines; found " + proponents);
        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(20)));
    }

    [Theory]
    [InlineData("[on the report of the Third Committee (A/74/400, para. 20)]", "[on the report of the Third Committee (", "A/74/400, para. 20", ")]", "thirdCommittee")]
    [InlineData("[on the report of the Special Political and Decolonization Committee (Fourth Committee) (A/75/413, para. 8)]", "[on the report of the Special Political and Decolonization Committee (Fourth Committee) (", "A/75/413, para. 8", ")]", "fourthCommittee")]
    [InlineData("[without reference to a Main Committee (A/76/L.14 and A/76/L.14/Add.1)]", "[without reference to a Main Committee (", "A/76/L.14 and A/76/L.14/Add.1", ")]", "noMainCommittee")]
    [InlineData("[on the report of the Economic and Social Council]", "[on the report of the Economic and Social Council]", null, "", null)]
    [InlineData("[on the report of the Human Rights Council (Part II)]", "[on the report of the Human Rights Council (Part II)]", null, "", null)]
    [InlineData("[without reference to a Main Committee (A/75/L.1", "[without reference to a Main Committee (A/75/L.1", null, "", "noMainCommittee")]
    public void Reference_line_is_split_around_the_document_it_names(string line, string before, string? originating, string after, string? committee)
    {
        var proponent = AknProponent.Read(line);

        Assert.Equal(before, proponent.Before);
        Assert.Equal(originating, proponent.Originating);
        Assert.Equal(after, proponent.After);
        Assert.Equal(committee, proponent.CommitteeId);
        Assert.Equal(line, proponent.Before + proponent.Originating + proponent.After);
    }

    [Theory]
    [InlineData("A/RES/67/234 B", "https://undocs.org/en/A/RES/67/234B")]
    [InlineData("A/RES/75/101 A-B", "https://undocs.org/en/A/RES/75/101A-B")]
    [InlineData("A/75/6 (Sect. 2)", "https://undocs.org/en/A/75/6(Sect.2)")]
    [InlineData("NPT/CONF.2010/50 (Vol. I)", "https://undocs.org/en/NPT/CONF.2010/50(Vol.I)")]
    [InlineData("A/73/6 (Plan outline)", "https://undocs.org/en/A/73/6(Plan%20outline)")]
    [InlineData("A/RES/73/186", "https://undocs.org/en/A/RES/73/186")]
    [InlineData("73/186", null)]
    [InlineData("A/RES/73/186 and Corr.1", null)]
    [InlineData("A/RES/73/186  B", null)]
    [InlineData("A/75/6 (Sect. 2", null)]
    public void A_printed_symbol_gets_the_address_the_UN_files_give_it(string target, string? address)
    {
        Assert.Equal(address, DocumentLinks.AddressOf(target));
    }

    /// <summary>Each General Assembly file of the corpus with the export of its import.</summary>
    private static IEnumerable<(string Name, XDocument Theirs, XDocument Ours)> Exports()
    {
        var corpus = Require.CorpusFolder("akn4un", "en");
        foreach (var file in Directory.GetFiles(corpus, "*.xml", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            var result = AknImporter.ImportFile(file);
            var ours = XDocument.Parse(AknRenderer.Render(result.Document, new AknRenderOptions(result.SubparagraphForms, result.HeadingMarkup)));
            yield return (Path.GetRelativePath(corpus, file).Replace('\\', '/'), XDocument.Load(file), ours);
        }
    }

    /// <summary>
    /// Links to the Official Document System as "text → symbol", the symbol as the importer reads it without its
    /// spaces (the addresses write "2200 (XXI)" both with and without them). Links to one document with nothing but
    /// white space between them, as the UN's files split "690", " " and "(1991)" or "76/1", "8" and "3", count as one
    /// link with the text between them.
    /// </summary>
    private static List<string> Links(XDocument document)
    {
        var links = new List<(string Text, string Target, XElement Last)>();
        foreach (var a in document.Descendants(Akn + "a"))
        {
            if (!a.Ancestors().Any(e => e.Name == Akn + "preamble" || e.Name == Akn + "mainBody" || e.Name == Akn + "attachments"))
            {
                continue;
            }

            var target = AknSymbols.FromHref((string?)a.Attribute("href") ?? string.Empty).Replace(" ", string.Empty);
            if (target.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var between = links.Count > 0 && links[links.Count - 1].Target == target ? Between(links[links.Count - 1].Last, a) : null;
            if (between is not null)
            {
                var last = links[links.Count - 1];
                links[links.Count - 1] = (last.Text + between + a.Value, target, a);
            }
            else
            {
                links.Add((a.Value, target, a));
            }
        }

        return links.Where(l => l.Text.Trim().Length > 0).Select(l => Normalize(l.Text) + " → " + l.Target).ToList();
    }

    /// <summary>The white space between two sibling links, or null when anything else stands between them.</summary>
    private static string? Between(XElement first, XElement second)
    {
        if (first.Parent != second.Parent)
        {
            return null;
        }

        var text = string.Empty;
        for (var node = first.NextNode; node != second; node = node.NextNode)
        {
            if (node is not XText { } run || run.Value.Trim().Length > 0)
            {
                return null;
            }

            text += run.Value;
        }

        return text;
    }

    /// <summary>
    /// The cover's lines the export writes, by what marks them: the element, its class and its paragraph's, the
    /// committee it refers to and the originating document.
    /// </summary>
    private static List<string> Cover(XDocument document)
    {
        var lines = new List<string>();
        var cover = document.Descendants(Akn + "coverPage").FirstOrDefault();
        if (cover is null)
        {
            return lines;
        }

        foreach (var element in cover.Descendants())
        {
            switch (element.Name.LocalName)
            {
                case "docNumber":
                    lines.Add("docNumber in p." + (string?)element.Parent?.Attribute("class"));
                    break;
                case "docAuthority" when (string?)element.Attribute("refersTo") != "#publisher":
                case "docStatus":
                case "docDate" when element.Parent?.Name.LocalName != "docTitle":
                    lines.Add(element.Name.LocalName + "." + (string?)element.Attribute("class"));
                    break;
                case "docProponent":
                    lines.Add("docProponent " + (string?)element.Attribute("refersTo"));
                    break;
                case "inline" when (string?)element.Attribute("name") == "originating document":
                    lines.Add("originating document: " + Normalize(element.Value));
                    break;
            }
        }

        return lines;
    }

    private static string Normalize(string text) => string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

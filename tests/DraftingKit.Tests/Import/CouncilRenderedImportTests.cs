using System.Globalization;
using DraftingKit.Import;
using DraftingKit.Rendering;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;
using Xunit.Abstractions;

namespace DraftingKit.Tests.Import;

/// <summary>
/// The Security Council's resolutions as a user hands them back: every template of the Council's corpus (2020–2024,
/// tests/corpus/akn4un-sc-templates) rendered as the Council prints it (masthead "S/RES/2618 (2022)", "Resolution
/// 2618 (2022)", "Adopted by the Security Council at its 8956th meeting, on 27 January 2022", no title, "The Security
/// Council,") and as Word, and imported back: the importer must recognise the organ from the text and keep every
/// paragraph, heading, list item and footnote. Figures are printed per year.
/// </summary>
public sealed class CouncilRenderedImportTests
{
    private readonly ITestOutputHelper output;

    public CouncilRenderedImportTests(ITestOutputHelper output) => this.output = output;

    private static IReadOnlyList<string> Templates { get; } = Directory
        .GetFiles(RepositoryPaths.InRepository("tests", "corpus", "akn4un-sc-templates"), "*.res.md")
        .OrderBy(path => path, StringComparer.Ordinal)
        .ToList();

    /// <summary>Council texts that do not come back whole through plain text, keyed on the file and a hash of every outline line that differs, with the reason.</summary>
    private static readonly Dictionary<string, string> KnownInText = new(StringComparer.Ordinal)
    {
        ["S-RES-2514-2020.res.md #3691aab8"] = "an item the UN's file sets without a label under an item ('To carry out … the following tasks'), printed as a paragraph of its own: read back as a paragraph of text",
        ["S-RES-2520-2020.res.md #bdc8823b"] = "two headings one under another ('AMISOM' over 'Priorities and tasks'): read as one heading split by a page",
        ["S-RES-2531-2020.res.md #f370fad7"] = "two headings one under another ('MINUSMA’s mandate' over 'General principles'): read as one heading split by a page",
        ["S-RES-2551-2020.res.md #6e780be2"] = "a heading that opens with its own label ('(i) Exemptions, advance approvals and notifications'): read back as a subparagraph",
        ["S-RES-2552-2020.res.md #c45b1083"] = "an item that is a subheading without closing punctuation ('(c) 2020/2021 elections') over an unlabelled paragraph: read as one item split by a page",
        ["S-RES-2556-2020.res.md #2b06640e"] = "an item without closing punctuation followed by a heading ('Stabilisation'): read as one item split by a page",
        ["S-RES-2560-2020.res.md #660bb3f4"] = "paragraphs that end in spaces in the UN's file, which print does not show",
        ["S-RES-2564-2021.res.md #4bd651c8"] = "in the annex, a designated person's name as a title over the entry: read as one paragraph",
        ["S-RES-2567-2021.res.md #f55f4f87"] = "a heading ending in a colon ('United Nations and International Support:'): read back as a paragraph of text",
        ["S-RES-2568-2021.res.md #38fc0cbb"] = "text that goes on after a list in lower case ('and stressing the need …'), a container's closing words: joined to the last item",
        ["S-RES-2573-2021.res.md #aaebd4e9"] = "the UN's file has no enacting formula ('The Security Council,'); without it the text importer finds no text",
        ["S-RES-2584-2021.res.md #5be7d0d1"] = "two headings one under another ('MINUSMA’s mandate' over 'General principles'), as 2531 (2020)",
        ["S-RES-2592-2021.res.md #f3bf8149"] = "operative paragraph 11 in the UN's file is a number with no text: read back as a paragraph of text '11.'",
        ["S-RES-2600-2021.res.md #1eec0af4"] = "a paragraph that ends in a space in the UN's file, which print does not show",
        ["S-RES-2605-2021.res.md #8a3766b2"] = "an unlabelled subheading item ('… delivery of humanitarian assistance') over the next item: read as one item split by a page",
        ["S-RES-2607-2021.res.md #b78b1010"] = "the lone '*' the Council sets as a separator over a heading ('Part 1: Degrading Al-Shabaab'): read as one heading; and the annex's lettered paragraphs ('a. Nitrocellulose …', numbered 'a.' in the AKN file), which the template reads with their labels, come back from the text as unlabelled text",
        ["S-RES-2610-2021.res.md #9a504690"] = "an unlabelled item that is a subheading ('Asset Freeze'): read back as a heading",
        ["S-RES-2612-2021.res.md #379d13e2"] = "an item without closing punctuation followed by a heading ('Stabilisation'), as 2556 (2020)",
        ["S-RES-2624-2022.res.md #ed0bb847"] = "in the annex, an entity's name in capitals as a title over the entry: read as one paragraph",
        ["S-RES-2625-2022.res.md #bc524347"] = "a heading ending in a colon ('United Nations and International Support:'), as 2567 (2021)",
        ["S-RES-2628-2022.res.md #a0b6c2f2"] = "the lone '*' separator over a heading ('Somalia'), as 2607 (2021)",
        ["S-RES-2640-2022.res.md #cc4e4b54"] = "two headings one under another ('MINUSMA’s mandate' over 'General principles'), as 2531 (2020)",
        ["S-RES-2659-2022.res.md #7c3b748d"] = "an unlabelled subheading item over the next item, as 2605 (2021)",
        ["S-RES-2662-2022.res.md #df3fa6f0"] = "text that goes on after a list in lower case ('confirms it will keep …'): joined to the last item, as 2568 (2021)",
        ["S-RES-2666-2022.res.md #e2878eb8"] = "an unlabelled item that is a subheading ('Support for the 2023 electoral process'), as 2610 (2021)",
        ["S-RES-2671-2022.res.md #2a883f0e"] = "a paragraph that ends in a space in the UN's file, which print does not show",
        ["S-RES-2677-2023.res.md #9fd0f2aa"] = "an item labelled 'v)' (one bracket) in the UN's file: read as the last item going on",
        ["S-RES-2705-2023.res.md #ce8485b1"] = "text that goes on after a list in lower case ('and, in the context of …'): joined to the last item, as 2568 (2021)",
        ["S-RES-2709-2023.res.md #1e2464af"] = "an unlabelled subheading item over the next item, as 2605 (2021)",
        ["S-RES-2710-2023.res.md #7dd73048"] = "two headings one under another ('Maintaining momentum on the security transition' over 'Actions'), as 2520 (2020)",
        ["S-RES-2713-2023.res.md #c4733247"] = "the lone '*' separator over a heading ('A. Targeted sanctions'), as 2607 (2021); and the annex's lettered paragraphs ('a. Nitrocellulose …', numbered 'a.' in the AKN file), which the template reads with their labels, come back from the text as unlabelled text",
        ["S-RES-2714-2023.res.md #41ac5093"] = "a preambular paragraph that is a lettered point ('a. reduce the ability of Al-Shabaab …') after a paragraph ending in a colon: read back as its item",
        ["S-RES-2717-2023.res.md #a43a58b1"] = "an unlabelled item that is a subheading ('Protection of the United Nations'), as 2610 (2021)",
        ["S-RES-2729-2024.res.md #bc524347"] = "a heading ending in a colon ('United Nations and International Support:'), as 2567 (2021)",
        ["S-RES-2733-2024.res.md #6698ebee"] = "a quoted paragraph ('“Authorises all Member States …') set as an unlabelled item: read back as a paragraph of text",
        ["S-RES-2734-2024.res.md #72b71874"] = "an unlabelled item that is a subheading ('Asset Freeze'), as 2610 (2021)",
        ["S-RES-2736-2024.res.md #943d14df"] = "a paragraph that ends in spaces in the UN's file, which print does not show",
        ["S-RES-2744-2024.res.md #5c30c22e"] = "in the annex, a title ('Delisting procedures') over its first paragraph: read as one paragraph",
        ["S-RES-2748-2024.res.md #d8420acd"] = "text that goes on after a list in lower case ('and requests the Secretary-General …'): joined to the last item, as 2568 (2021)",
        ["S-RES-2759-2024.res.md #39a0d82c"] = "an unlabelled subheading item over the next item, as 2605 (2021)",
        ["S-RES-2765-2024.res.md #e9e2f1eb"] = "a preambular paragraph that ends without punctuation in the UN's file ('… under international law'): read back as a heading",
        ["S-RES-2767-2024.res.md #7541ab9b"] = "text that goes on after a list in lower case ('and expresses its intention …'): joined to the last item, as 2568 (2021)",
    };

    /// <summary>Council texts that do not come back whole through Word, keyed as <see cref="KnownInText"/>.</summary>
    private static readonly Dictionary<string, string> KnownInWord = new(StringComparer.Ordinal)
    {
        ["S-RES-2514-2020.res.md #3691aab8"] = "an item the UN's file sets without a label under an item ('To carry out … the following tasks'), printed as a paragraph of its own: read back as a paragraph of text",
        ["S-RES-2520-2020.res.md #bdc8823b"] = "two headings one under another ('AMISOM' over 'Priorities and tasks'): read as one heading split by a page",
        ["S-RES-2531-2020.res.md #f370fad7"] = "two headings one under another ('MINUSMA’s mandate' over 'General principles'): read as one heading split by a page",
        ["S-RES-2551-2020.res.md #6e780be2"] = "a heading that opens with its own label ('(i) Exemptions, advance approvals and notifications'): read back as a subparagraph",
        ["S-RES-2552-2020.res.md #c45b1083"] = "an item that is a subheading without closing punctuation ('(c) 2020/2021 elections') over an unlabelled paragraph: read as one item split by a page",
        ["S-RES-2556-2020.res.md #2b06640e"] = "an item without closing punctuation followed by a heading ('Stabilisation'): read as one item split by a page",
        ["S-RES-2560-2020.res.md #660bb3f4"] = "paragraphs that end in spaces in the UN's file, which print does not show",
        ["S-RES-2564-2021.res.md #4bd651c8"] = "in the annex, a designated person's name as a title over the entry: read as one paragraph",
        ["S-RES-2567-2021.res.md #f55f4f87"] = "a heading ending in a colon ('United Nations and International Support:'): read back as a paragraph of text",
        ["S-RES-2568-2021.res.md #38fc0cbb"] = "text that goes on after a list in lower case ('and stressing the need …'), a container's closing words: joined to the last item",
        ["S-RES-2573-2021.res.md #ba6d444f"] = "the UN's file has no enacting formula ('The Security Council,'); without it the text importer finds no text",
        ["S-RES-2584-2021.res.md #5be7d0d1"] = "two headings one under another ('MINUSMA’s mandate' over 'General principles'), as 2531 (2020)",
        ["S-RES-2592-2021.res.md #f3bf8149"] = "operative paragraph 11 in the UN's file is a number with no text: read back as a paragraph of text '11.'",
        ["S-RES-2600-2021.res.md #1eec0af4"] = "a paragraph that ends in a space in the UN's file, which print does not show",
        ["S-RES-2605-2021.res.md #8a3766b2"] = "an unlabelled subheading item ('… delivery of humanitarian assistance') over the next item: read as one item split by a page",
        ["S-RES-2607-2021.res.md #b78b1010"] = "the lone '*' the Council sets as a separator over a heading ('Part 1: Degrading Al-Shabaab'): read as one heading; and the annex's lettered paragraphs ('a. Nitrocellulose …', numbered 'a.' in the AKN file), which the template reads with their labels, come back from the text as unlabelled text",
        ["S-RES-2610-2021.res.md #9a504690"] = "an unlabelled item that is a subheading ('Asset Freeze'): read back as a heading",
        ["S-RES-2612-2021.res.md #379d13e2"] = "an item without closing punctuation followed by a heading ('Stabilisation'), as 2556 (2020)",
        ["S-RES-2624-2022.res.md #ed0bb847"] = "in the annex, an entity's name in capitals as a title over the entry: read as one paragraph",
        ["S-RES-2625-2022.res.md #bc524347"] = "a heading ending in a colon ('United Nations and International Support:'), as 2567 (2021)",
        ["S-RES-2628-2022.res.md #a0b6c2f2"] = "the lone '*' separator over a heading ('Somalia'), as 2607 (2021)",
        ["S-RES-2640-2022.res.md #cc4e4b54"] = "two headings one under another ('MINUSMA’s mandate' over 'General principles'), as 2531 (2020)",
        ["S-RES-2659-2022.res.md #7c3b748d"] = "an unlabelled subheading item over the next item, as 2605 (2021)",
        ["S-RES-2662-2022.res.md #df3fa6f0"] = "text that goes on after a list in lower case ('confirms it will keep …'): joined to the last item, as 2568 (2021)",
        ["S-RES-2666-2022.res.md #e2878eb8"] = "an unlabelled item that is a subheading ('Support for the 2023 electoral process'), as 2610 (2021)",
        ["S-RES-2671-2022.res.md #2a883f0e"] = "a paragraph that ends in a space in the UN's file, which print does not show",
        ["S-RES-2677-2023.res.md #9fd0f2aa"] = "an item labelled 'v)' (one bracket) in the UN's file: read as the last item going on",
        ["S-RES-2705-2023.res.md #ce8485b1"] = "text that goes on after a list in lower case ('and, in the context of …'): joined to the last item, as 2568 (2021)",
        ["S-RES-2709-2023.res.md #1e2464af"] = "an unlabelled subheading item over the next item, as 2605 (2021)",
        ["S-RES-2710-2023.res.md #7dd73048"] = "two headings one under another ('Maintaining momentum on the security transition' over 'Actions'), as 2520 (2020)",
        ["S-RES-2713-2023.res.md #75bbe80b"] = "the lone '*' separator over a heading ('A. Targeted sanctions'), as 2607 (2021); and the annex's lettered paragraphs ('a. Nitrocellulose …', numbered 'a.' in the AKN file), which the template reads with their labels, come back from the text as unlabelled text",
        ["S-RES-2714-2023.res.md #41ac5093"] = "a preambular paragraph that is a lettered point ('a. reduce the ability of Al-Shabaab …') after a paragraph ending in a colon: read back as its item",
        ["S-RES-2717-2023.res.md #a43a58b1"] = "an unlabelled item that is a subheading ('Protection of the United Nations'), as 2610 (2021)",
        ["S-RES-2729-2024.res.md #bc524347"] = "a heading ending in a colon ('United Nations and International Support:'), as 2567 (2021)",
        ["S-RES-2733-2024.res.md #6698ebee"] = "a quoted paragraph ('“Authorises all Member States …') set as an unlabelled item: read back as a paragraph of text",
        ["S-RES-2734-2024.res.md #72b71874"] = "an unlabelled item that is a subheading ('Asset Freeze'), as 2610 (2021)",
        ["S-RES-2736-2024.res.md #943d14df"] = "a paragraph that ends in spaces in the UN's file, which print does not show",
        ["S-RES-2744-2024.res.md #5c30c22e"] = "in the annex, a title ('Delisting procedures') over its first paragraph: read as one paragraph",
        ["S-RES-2748-2024.res.md #d8420acd"] = "text that goes on after a list in lower case ('and requests the Secretary-General …'): joined to the last item, as 2568 (2021)",
        ["S-RES-2759-2024.res.md #39a0d82c"] = "an unlabelled subheading item over the next item, as 2605 (2021)",
        ["S-RES-2765-2024.res.md #e9e2f1eb"] = "a preambular paragraph that ends without punctuation in the UN's file ('… under international law'): read back as a heading",
        ["S-RES-2767-2024.res.md #7541ab9b"] = "text that goes on after a list in lower case ('and expresses its intention …'): joined to the last item, as 2568 (2021)",
    };

    [Fact]
    public void Council_UN_text_imports_back_to_the_same_model()
    {
        var failures = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Templates)
        {
            var original = TemplateReader.ReadFile(path).Document;
            var result = UnDocumentImporter.ImportText(path, UnTextRenderer.Render(original));
            RenderedOutputImportTests.Compare(path, CarriedModel.AsPlainText(original), result, CarriedModel.AsPlainText, failures);
        }

        Report("Council UN text", failures, KnownInText);
    }

    [Fact]
    public void Council_Word_imports_back_to_the_same_model()
    {
        var failures = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Templates)
        {
            var original = TemplateReader.ReadFile(path).Document;
            using var stream = new MemoryStream(DocxRenderer.Render(original));
            var result = UnDocumentImporter.ImportDocx(path, stream);
            RenderedOutputImportTests.Compare(path, CarriedModel.AsPlainText(original), result, CarriedModel.AsPlainText, failures);
        }

        Report("Council Word", failures, KnownInWord);
    }

    private void Report(string format, Dictionary<string, string> failures, Dictionary<string, string> known)
    {
        Assert.True(Templates.Count >= 200, "The Council's templates should number 261; found " + Templates.Count);
        output.WriteLine(format + ": " + (Templates.Count - failures.Count) + " of " + Templates.Count + " import back to the same model");
        output.WriteLine("year  files  same model");
        foreach (var year in Templates.GroupBy(Year).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var differ = failures.Keys.Count(key => Year(key.Split(' ')[0]) == year.Key);
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-5} {1,5}  {2,10}", year.Key, year.Count(), year.Count() - differ));
        }

        foreach (var failure in failures)
        {
            output.WriteLine(failure.Key + ": " + failure.Value);
        }

        AllowList.AssertExact(format, known, failures);
    }

    /// <summary>The year of "S-RES-2618-2022.res.md".</summary>
    private static string Year(string path)
    {
        var stem = Path.GetFileName(path).Split('.')[0];
        return stem.Substring(stem.LastIndexOf('-') + 1);
    }
}

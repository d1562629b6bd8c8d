using System.Text;
using CsCheck;
using DraftingKit.Rendering;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;
using DraftingKit.Rendering.Akn;

namespace DraftingKit.Tests.Hostile;

/// <summary>
/// The importers on damaged input: Word files with bytes flipped or cut short, AKN4UN XML with random edits. They
/// report what they cannot read and never throw; whatever they read renders in every format.
/// </summary>
[Collection(HostileSettings.Collection)]
public sealed class HostileImportTests
{
    private static readonly TemplateReadResult Sample = TemplateReader.ReadFile(RepositoryPaths.InRepository("samples", "A-RES-74-177.res.md"));

    private static readonly byte[] SampleDocx = DocxRenderer.Render(Sample.Document);

    private static readonly string SampleAkn = AknRenderer.Render(Sample.Document);

    // The UN text the intact Word file imports as: what a damaged copy must give when it reports nothing.
    private static readonly string IntactText = Intact();

    private static readonly string[] XmlTokens =
    {
        "<", ">", "</p>", "<p>", "&", "&amp;", "&#0;", "&#x1F;", "<![CDATA[", "]]>", "<!DOCTYPE x [<!ENTITY a \"b\">]>", "<!--", "\"", "'", "=", "\0", "\uD800",
        "<akomaNtoso>", "</akomaNtoso>", "<num>1.</num>", "<authorialNote marker=\"1\" eId=\"x\"><p>n</p></authorialNote>", "<container name=\"x\">", "xmlns=\"urn:x\"",
    };

    [Fact]
    public void Damaged_word_files_are_reported_not_fatal() =>
        Gen.Select(Gen.Select(Gen.Double[0, 1], Gen.Byte).Array[1, 30], Gen.Double[0.05, 1], (flips, keep) =>
        {
            var bytes = (byte[])SampleDocx.Clone();
            foreach (var (where, value) in flips)
            {
                bytes[(int)(where * (bytes.Length - 1))] = value;
            }

            return bytes[..(int)(keep * bytes.Length)];
        }).Sample(bytes => HostileRun.ImportDocx(bytes, IntactText), seed: HostileSettings.Seed, threads: 1, iter: HostileSettings.Iterations(40));

    [Fact]
    public void Random_bytes_as_a_word_file_are_reported_not_fatal() =>
        Gen.Byte.Array[0, 2000].Sample(HostileRun.ImportDocx, seed: HostileSettings.Seed, threads: 1, iter: HostileSettings.Iterations(40));

    [Fact]
    public void Edited_akn_xml_is_reported_not_fatal() =>
        Gen.Select(Gen.Int[0, 3], Gen.Double[0, 1], Gen.Int[0, XmlTokens.Length - 1], Gen.Int[1, 300]).Array[1, 10]
            .Select(edits =>
            {
                var builder = new StringBuilder(SampleAkn);
                foreach (var (kind, where, token, length) in edits)
                {
                    var at = (int)(where * builder.Length);
                    var span = System.Math.Min(length, builder.Length - at);
                    _ = kind switch
                    {
                        0 => builder.Insert(at, XmlTokens[token]),
                        1 => builder.Remove(at, span),
                        2 => builder.Insert(at, builder.ToString(at, span)),
                        _ => builder.Remove(at, System.Math.Min(XmlTokens[token].Length, builder.Length - at)).Insert(at, XmlTokens[token]),
                    };
                }

                return builder.ToString();
            })
            .Sample(HostileRun.ImportAkn, seed: HostileSettings.Seed, threads: 1, iter: HostileSettings.Iterations(80));

    [Fact]
    public void Random_text_as_akn_xml_is_reported_not_fatal() =>
        Gen.String[0, 2000].Sample(HostileRun.ImportNotAkn, seed: HostileSettings.Seed, threads: 1, iter: HostileSettings.Iterations(80));

    [Fact]
    public void Deeply_nested_akn_xml_is_reported_not_fatal() =>
        HostileRun.ImportNotAkn("<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act><body>" + Repeat("<paragraph><content><p>", 3000) + "x" + Repeat("</p></content></paragraph>", 3000) + "</body></act></akomaNtoso>");

    [Fact]
    public void A_word_file_cut_short_is_reported_not_read_as_empty()
    {
        foreach (var keep in new[] { 0.1, 0.5, 0.9, 0.99 })
        {
            using var stream = new System.IO.MemoryStream(SampleDocx[..(int)(keep * SampleDocx.Length)]);
            var imported = DraftingKit.Import.UnDocumentImporter.ImportDocx("cut.docx", stream);

            Assert.True(imported.Diagnostics.Count > 0, $"a Word file cut to {keep:P0} imported as {imported.Texts.Count} text(s) without a diagnostic");
        }
    }

    private static string Intact()
    {
        using var stream = new System.IO.MemoryStream(SampleDocx);
        return string.Concat(DraftingKit.Import.UnDocumentImporter.ImportDocx("intact.docx", stream).Texts.Select(document => UnTextRenderer.Render(document.Document)));
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}

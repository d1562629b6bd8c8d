using System.Text;
using DraftingKit.Import.Akn;
using DraftingKit.Model;

namespace DraftingKit.Tests.Import.Akn;

/// <summary>
/// The forms of AKN a later year's tool may write, each read into the model of the UN's own form: the older AKN
/// namespaces, another encoding, CDATA and comments in text; and what is not AKN stays out: an element of another
/// namespace that bears an AKN name, a namespace that only looks like AKN's, a document type declaration.
/// </summary>
public sealed class AknSerialisationTests
{
    private const string Final = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    // 76/1's closing and 75/100's first paragraph, in the corpus's own markup.
    private const string Open = "<statement name=\"resolution\"><preface><p><docNumber>76/1.</docNumber><docTitle>Côte d’Ivoire</docTitle></p></preface><preamble><formula name=\"enactingFormula\"><p><span class=\"italic\">The General Assembly</span>,</p></formula>"
        + "<container name=\"Recalling\"><p><span class=\"italic\">Recalling</span> its resolution 74/91 of 13 December 2019,</p></container></preamble>";

    private const string Close = "<conclusions><p><inline name=\"adoptionMeeting\">1st plenary meeting</inline><eol/><docDate date=\"2021-09-14\">14 September 2021</docDate></p></conclusions></statement></akomaNtoso>";

    private static string Body(string note) =>
        "<mainBody><paragraph><num>1.</num><content><p>\t<span class=\"italic\">Takes note</span> of the report of the Secretary-General;" + note + "</p></content></paragraph></mainBody>";

    private static string File(string ns = Final, string root = "<akomaNtoso xmlns=\"{0}\">", string note = "<authorialNote marker=\"1\" eId=\"n1\"><p>A/75/312.</p></authorialNote>") =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, root, ns) + Open + Body(note) + Close;

    private static string Outline(AknImportResult result) => ModelDump.Write(result.Document);

    [Theory]
    [InlineData("http://docs.oasis-open.org/legaldocml/ns/akn/3.0/WD17")]
    [InlineData("http://docs.oasis-open.org/legaldocml/ns/akn/3.0/CSD13")]
    public void A_file_in_an_older_AKN_namespace_reads_as_in_the_final_one(string ns)
    {
        var final = AknImporter.Import("final.xml", File());

        var older = AknImporter.Import("final.xml", File(ns));

        Assert.Equal("76/1", older.Document.Header.Number);
        Assert.Equal(Outline(final), Outline(older));
        Assert.Equal(final.Diagnostics.Select(d => d.Id), older.Diagnostics.Select(d => d.Id));
    }

    [Theory]
    [InlineData("http://docs.oasis-open.org/legaldocml/ns/akn/3.0/WD17/extra")]
    [InlineData("http://docs.oasis-open.org/legaldocml/ns/akn/3.0/")]
    [InlineData("http://docs.oasis-open.org/legaldocml/ns/akn/2.0")]
    [InlineData("http://example.org/akn/3.0")]
    public void A_namespace_that_only_looks_like_AKN_is_not_read_as_AKN(string ns)
    {
        var result = AknImporter.Import("other.xml", File(ns));

        Assert.Equal("DK0153", Assert.Single(result.Diagnostics).Id);
        Assert.Empty(result.Document.Parts);
    }

    [Fact]
    public void The_prefix_and_where_the_namespace_is_declared_change_nothing()
    {
        var prefixed = File(root: "<akn:akomaNtoso xmlns:akn=\"{0}\">").Replace("<", "<akn:", StringComparison.Ordinal).Replace("<akn:/", "</akn:", StringComparison.Ordinal).Replace("<akn:akn:", "<akn:", StringComparison.Ordinal);

        Assert.Equal(Outline(AknImporter.Import("f.xml", File())), Outline(AknImporter.Import("f.xml", prefixed)));
    }

    [Fact]
    public void An_element_of_another_namespace_bearing_an_AKN_name_is_not_read_as_AKN()
    {
        // A proprietary note of another namespace ("uy:authorialNote") is no footnote of the text, whatever its name.
        var foreign = File(root: "<akomaNtoso xmlns=\"{0}\" xmlns:uy=\"http://un.org/proprietary/uy\">", note: "<uy:authorialNote marker=\"1\"><uy:p>A/75/312.</uy:p></uy:authorialNote>");

        var result = AknImporter.Import("f.xml", foreign);

        // Its words stay as plain text, as of any element the importer does not map (DK0154), which names its namespace.
        Assert.Empty(result.Document.Footnotes);
        Assert.Contains("Secretary-General;A/75/312.", Outline(result), StringComparison.Ordinal);
        var unmapped = result.Diagnostics.Where(d => d.Id == "DK0154").Select(d => d.Message).ToList();
        Assert.Equal(2, unmapped.Count);
        Assert.Contains("'{http://un.org/proprietary/uy}authorialNote' inside 'p'", unmapped[0], StringComparison.Ordinal);
        Assert.Contains("'{http://un.org/proprietary/uy}p'", unmapped[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Text_in_CDATA_sections_and_split_by_comments_reads_as_the_same_text()
    {
        var split = File().Replace("Takes note</span> of the report", "Takes<![CDATA[ no]]>te</span> of the <!-- c --><?dk x?>report", StringComparison.Ordinal)
            .Replace("74/91", "74<![CDATA[/]]>91", StringComparison.Ordinal);

        Assert.Equal(Outline(AknImporter.Import("f.xml", File())), Outline(AknImporter.Import("f.xml", split)));
    }

    [Theory]
    [InlineData("UTF-16", "utf-16-le")]
    [InlineData("UTF-16", "utf-16-be")]
    [InlineData("ISO-8859-1", "latin1")]
    [InlineData("UTF-8", "utf-8-bom")]
    public void Bytes_are_decoded_by_their_byte_order_mark_or_declared_encoding(string declared, string bytes)
    {
        // "Côte d’Ivoire": in ISO-8859-1 the ô is one byte and the ’, beyond it, a character reference.
        var text = "<?xml version=\"1.0\" encoding=\"" + declared + "\"?>\n" + File();
        var encoded = bytes switch
        {
            "utf-16-le" => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray(),
            "utf-16-be" => Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(text)).ToArray(),
            "latin1" => Encoding.Latin1.GetBytes(text.Replace("’", "&#8217;", StringComparison.Ordinal)),
            _ => Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(),
        };

        var result = AknImporter.Import("f.xml", new MemoryStream(encoded));

        Assert.Equal("Côte d’Ivoire", result.Document.Header.Title);
        Assert.Equal(Outline(AknImporter.Import("f.xml", File())), Outline(result));
    }

    [Fact]
    public void A_document_type_declaration_is_refused_with_a_message_that_names_it_and_nothing_is_fetched()
    {
        // A reader that fetched would go to the address; the import refuses the declaration before reading on.
        var xml = "<?xml version=\"1.0\"?>\n<!-- from a later tool -->\n<!DOCTYPE akomaNtoso SYSTEM \"http://127.0.0.1:9/akomantoso30.dtd\">\n" + File();

        var result = AknImporter.Import("doctype.xml", new MemoryStream(Encoding.UTF8.GetBytes(xml)));

        var refusal = Assert.Single(result.Diagnostics);
        Assert.Equal("DK0152", refusal.Id);
        Assert.Contains("declares a document type", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("remove the declaration", refusal.Message, StringComparison.Ordinal);
        Assert.Empty(result.Document.Parts);
    }

    [Fact]
    public void Xml_that_is_bad_for_another_reason_keeps_the_reader_s_own_message()
    {
        var result = AknImporter.Import("bad.xml", new MemoryStream(Encoding.UTF8.GetBytes("<akomaNtoso><statement></akomaNtoso>")));

        var refusal = Assert.Single(result.Diagnostics);
        Assert.Equal("DK0152", refusal.Id);
        Assert.DoesNotContain("document type", refusal.Message, StringComparison.Ordinal);
    }
}

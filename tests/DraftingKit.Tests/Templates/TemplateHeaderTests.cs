using System.Text;
using DraftingKit.Model;
using DraftingKit.Security;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Templates;

/// <summary>
/// What a project catalog reads of a template linted with it: its header alone (<c>TemplateReader.ReadHeader</c>),
/// from as few of its bytes as a front matter can span. It must be the header the reader reads, and empty where the
/// reader refuses the file.
/// </summary>
public sealed class TemplateHeaderTests : IDisposable
{
    private const string FrontMatter = "---\nkind: resolution\nstatus: adopted\norgan: General Assembly\nsession: 74\nnumber: 74/177\ntitle: Crime prevention\n---\n\n";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "draftkit-header-" + Guid.NewGuid().ToString("N"));

    public TemplateHeaderTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void The_header_of_every_template_is_the_one_the_reader_reads()
    {
        var read = 0;
        foreach (var path in RepositoryPaths.EveryTemplate())
        {
            Assert.Equal(TemplateReader.ReadFile(path, InputLimits.TemplateBytes).Document.Header, TemplateReader.ReadHeader(path, InputLimits.TemplateBytes).Header);
            read++;
        }

        Assert.True(read > 1000, $"only {read} templates read");
    }

    [Fact]
    public void A_large_template_has_the_header_the_reader_reads()
    {
        var header = HeaderOf(Encoding.UTF8.GetBytes(FrontMatter + Body(2_000_000)));

        Assert.Equal("74/177", header.Number);
    }

    [Fact]
    public void A_large_template_with_an_invalid_byte_after_its_front_matter_has_the_header_the_reader_reads()
    {
        var bytes = Encoding.UTF8.GetBytes(FrontMatter + Body(2_000_000));
        bytes[^10] = 0xFF;

        Assert.Equal("74/177", HeaderOf(bytes).Number);
    }

    [Fact]
    public void A_large_template_the_reader_refuses_for_a_long_line_has_an_empty_header()
    {
        var header = HeaderOf(Encoding.UTF8.GetBytes(FrontMatter + Body(1_000_000) + new string('x', InputLimits.LineCharacters + 1) + "\n"));

        Assert.Equal(new DocumentHeader(), header);
    }

    [Fact]
    public void A_line_of_more_bytes_than_a_line_may_have_characters_is_read_as_the_reader_reads_it()
    {
        // 150,000 characters of two bytes each: over the line limit in bytes, within it in characters.
        var header = HeaderOf(Encoding.UTF8.GetBytes(FrontMatter + Body(1_000_000) + new string('é', 150_000) + "\n"));

        Assert.Equal("74/177", header.Number);
    }

    [Fact]
    public void A_front_matter_that_closes_beyond_the_bytes_read_is_too_long_and_gives_an_empty_header()
    {
        // Four comment lines of 63,000 three-byte characters each: the YAML is over its limit, and its closing line
        // lies past the bytes a front matter may span; each is cut through a character somewhere.
        var yaml = string.Concat(Enumerable.Repeat("# " + new string('€', 63_000) + "\n", 4));
        var header = HeaderOf(Encoding.UTF8.GetBytes("---\nnumber: 74/177\n" + yaml + "---\n\n" + Body(1_000_000)));

        Assert.Equal(new DocumentHeader(), header);
    }

    /// <summary>The header read both ways, held equal, with its size past the bytes a header is read from.</summary>
    private DocumentHeader HeaderOf(byte[] bytes)
    {
        var path = Path.Combine(folder, "large.res.md");
        File.WriteAllBytes(path, bytes);
        var limit = 64L * 1024 * 1024;

        var read = TemplateReader.ReadFile(path, limit).Document.Header;
        var header = TemplateReader.ReadHeader(path, limit).Header;

        Assert.True(bytes.Length > 1_000_000);
        Assert.Equal(read, header);
        return header;
    }

    private static string Body(int characters)
    {
        var paragraph = "*Recalling* its resolution 73/186 of 17 December 2018 on the strengthening of the United Nations crime prevention programme,\n\n";
        var body = new StringBuilder("The General Assembly,\n\n");
        while (body.Length < characters)
        {
            body.Append(paragraph);
        }

        return body.ToString();
    }
}

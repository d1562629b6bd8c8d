using System.IO.Compression;
using System.Text;
using DraftingKit.Import;
using DraftingKit.Rendering;
using DraftingKit.Security;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Security;

/// <summary>
/// Issue 23: a Word file's package is judged before the Open XML SDK opens it. Each hostile package is made here,
/// in memory, from the Word file DraftingKit writes for 74/177, so that only the hostile part differs.
/// </summary>
public sealed class DocxPackageTests
{
    private static readonly byte[] Sample = DocxRenderer.Render(TemplateReader.ReadFile(RepositoryPaths.InRepository("samples", "A-RES-74-177.res.md")).Document);

    [Fact]
    public void The_word_file_DraftingKit_writes_passes_the_checks_and_imports()
    {
        var result = Import(Sample);

        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "DK0190" or "DK0191" or "DK0041");
        Assert.Single(result.Texts);
    }

    [Fact]
    public void A_zip_bomb_is_DK0190_from_its_directory_before_anything_is_decompressed()
    {
        // 32 MiB of one byte repeated compresses to tens of kilobytes: the bomb (0.95 MB expanding to 413 MB)
        // in small, so that making it stays quick; the refusal reads only the package's directory either way.
        var bomb = WithPart("word/document.xml", new RepeatedBytes((byte)' ', 32L * 1024 * 1024));
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        var result = Import(bomb);

        // The memory budget, not a clock: refusing from the directory allocates a little, expanding would take 32 MiB.
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocated < 4 * 1024 * 1024, "allocated " + (GC.GetAllocatedBytesForCurrentThread() - allocated));
        var refusal = Assert.Single(result.Diagnostics);
        Assert.Equal(("DK0190", 1, 1), (refusal.Id, refusal.Span.Line, refusal.Span.Column));
        Assert.StartsWith("The Word file is not read: 'word/document.xml' declares that its ", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("more than 100 times", refusal.Message, StringComparison.Ordinal);
        Assert.Empty(result.Texts);
    }

    [Fact]
    public void A_part_whose_header_understates_its_size_is_read_no_further_than_declared()
    {
        // 8 MiB of spaces whose headers declare 1,000 bytes: the runtime's zip reader stops at the declared size and
        // the guard's bounded read would stop at a mebibyte, so the part is refused as unreadable, never expanded.
        var bomb = WithPart("word/document.xml", new RepeatedBytes((byte)' ', 8L * 1024 * 1024));
        Understate(bomb, "word/document.xml", 1000);

        var result = Import(bomb);

        Assert.Empty(result.Texts);
        var refusal = Assert.Single(result.Diagnostics);
        Assert.True(refusal.Id is "DK0190" or "DK0108", refusal.ToString());
    }

    [Fact]
    public void A_part_changed_after_it_was_packed_fails_its_checksum_and_is_DK0190()
    {
        // The text part stored uncompressed, so that one changed letter still reads as XML: only its CRC-32 can tell.
        var stored = WithPart("word/document.xml", new MemoryStream(PartBytes(Sample, "word/document.xml")), CompressionLevel.NoCompression);
        Assert.Empty(Import(stored).Diagnostics);
        var damaged = (byte[])stored.Clone();
        var at = IndexOf(damaged, Encoding.ASCII.GetBytes("Kyoto"));
        Assert.True(at > 0);
        damaged[at + 4] = (byte)'x';

        var refusal = Assert.Single(Import(damaged).Diagnostics);

        Assert.Equal("DK0190", refusal.Id);
        Assert.Contains("'word/document.xml' does not match the checksum", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_package_of_more_entries_than_the_limit_is_DK0190()
    {
        var crowded = Rewrite(Sample, zip =>
        {
            for (var i = 0; i < InputLimits.DocxEntries; i++)
            {
                zip.CreateEntry("customXml/item" + i + ".xml");
            }
        });

        var refusal = Assert.Single(Import(crowded).Diagnostics);

        Assert.Equal("DK0190", refusal.Id);
        Assert.Contains("entries; a Word file may hold 1,000", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_type_declaration_in_a_part_is_DK0191_and_no_entity_is_expanded()
    {
        var xxe = ReplacePart(Sample, "word/document.xml", xml => xml.Replace("<w:document ", "<!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:document ", StringComparison.Ordinal));

        var refusal = Assert.Single(Import(xxe).Diagnostics);

        Assert.Equal("DK0191", refusal.Id);
        Assert.Contains("'word/document.xml' declares a document type (DTD)", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_nested_past_the_limit_is_DK0191()
    {
        var depth = InputLimits.XmlDepth + 10;
        var deep = ReplacePart(Sample, "word/document.xml", xml => xml.Replace("<w:body>", "<w:body>" + string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", depth / 2)) + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", depth / 2)), StringComparison.Ordinal));

        var refusal = Assert.Single(Import(deep).Diagnostics);

        Assert.Equal("DK0191", refusal.Id);
        Assert.Contains("nests elements more than 256 deep", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stream_that_cannot_seek_is_read_up_to_the_limit_only()
    {
        using var endless = new RepeatedBytes(0, InputLimits.DocxBytes * 4);

        var result = UnDocumentImporter.ImportDocx("endless.docx", endless);

        Assert.Equal("DK0041", Assert.Single(result.Diagnostics).Id);
        Assert.True(endless.Position <= InputLimits.DocxBytes + 1024 * 1024, "read " + endless.Position);
    }

    private static ImportResult Import(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        return UnDocumentImporter.ImportDocx("hostile.docx", stream);
    }

    private static byte[] WithPart(string name, Stream content, CompressionLevel level = CompressionLevel.Fastest) => Rewrite(Sample, zip =>
    {
        zip.GetEntry(name)?.Delete();
        using var entry = zip.CreateEntry(name, level).Open();
        content.CopyTo(entry);
    });

    private static byte[] PartBytes(byte[] docx, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var part = new MemoryStream();
        zip.GetEntry(name)!.Open().CopyTo(part);
        return part.ToArray();
    }

    private static int IndexOf(byte[] bytes, byte[] what) => bytes.AsSpan().IndexOf(what);

    private static byte[] ReplacePart(byte[] docx, string name, Func<string, string> edit) => Rewrite(docx, zip =>
    {
        var entry = zip.GetEntry(name)!;
        string xml;
        using (var reader = new StreamReader(entry.Open()))
        {
            xml = reader.ReadToEnd();
        }

        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(edit(xml));
    });

    private static byte[] Rewrite(byte[] docx, Action<ZipArchive> change)
    {
        var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            change(zip);
        }

        return stream.ToArray();
    }

    /// <summary>Writes <paramref name="size"/> as the uncompressed size of the entry in its local header and the central directory.</summary>
    private static void Understate(byte[] zip, string name, uint size)
    {
        var nameBytes = Encoding.ASCII.GetBytes(name);
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var local = zip[i] == 0x50 && zip[i + 1] == 0x4B && zip[i + 2] == 3 && zip[i + 3] == 4 && Matches(zip, i + 30, nameBytes);
            var central = zip[i] == 0x50 && zip[i + 1] == 0x4B && zip[i + 2] == 1 && zip[i + 3] == 2 && Matches(zip, i + 46, nameBytes);
            if (local || central)
            {
                BitConverter.GetBytes(size).CopyTo(zip, i + (local ? 22 : 24));
            }
        }
    }

    private static bool Matches(byte[] bytes, int at, byte[] expected) =>
        at + expected.Length <= bytes.Length && bytes.AsSpan(at, expected.Length).SequenceEqual(expected);

    /// <summary>A stream of one byte repeated, read without holding it: the size of a bomb without its memory.</summary>
    private sealed class RepeatedBytes : Stream
    {
        private readonly byte value;
        private readonly long length;

        public RepeatedBytes(byte value, long length)
        {
            this.value = value;
            this.length = length;
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - Position);
            Array.Fill(buffer, value, offset, n);
            Position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

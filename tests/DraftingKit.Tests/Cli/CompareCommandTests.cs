using DraftingKit.Comparison;
using DraftingKit.Import.Akn;
using DraftingKit.Rendering;
using DraftingKit.Tests.Comparison;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Cli;

/// <summary><c>draftkit compare</c> run as a process (issue 21), on the UN's files of 75/196, 76/187 and 77/237.</summary>
public sealed class CompareCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("draftkit-compare-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string Corpus(string session, string file) => Require.AknFile(session, file);

    private static string Series75 => Corpus("75", "75_196_E.xml");

    private static string Series76 => Corpus("76", "A_RES_76_187-2119242E.xml");

    private static string Series77 => Corpus("77", "A_RES_77_237-2229003E.xml");

    [SkippableFact]
    public void Compare_prints_the_summary_and_the_marked_text()
    {
        var (exitCode, output, error) = DraftkitProcess.Run(folder, "compare", Series75, Series76);

        Assert.True(exitCode == 0, error);
        var lines = output.Split('\n');
        Assert.Equal("A/RES/76/187 compared with A/RES/75/196", lines[0]);
        Assert.StartsWith("preamble: 3 new, ", lines[2], StringComparison.Ordinal);
        Assert.Contains("~ Agenda item [-111-]{+108+}", lines);
    }

    [SkippableFact]
    public void Compare_writes_Word_with_tracked_changes_that_accept_to_the_revised_text()
    {
        var target = Path.Combine(folder, "out", "76-187-tracked.docx");

        var (exitCode, output, error) = DraftkitProcess.Run(folder, "compare", Series75, Series76, "--format", "docx", "-o", target, "--author", "Third Committee secretariat");

        Assert.True(exitCode == 0, error);
        Assert.StartsWith("A/RES/76/187 compared with A/RES/75/196: header and title: ", output, StringComparison.Ordinal);
        Assert.EndsWith(target + "\n", output, StringComparison.Ordinal);
        var revised = AknImporter.ImportFile(Series76).Document;
        Assert.Equal(TrackedChanges.Plain(DocxRenderer.Render(revised)), TrackedChanges.Accept(File.ReadAllBytes(target)));
        Assert.Contains("w:author=\"Third Committee secretariat\"", DocxText(target));
    }

    [SkippableFact]
    public void Compare_with_base_auto_finds_the_latest_text_with_the_same_title_and_says_which()
    {
        foreach (var file in new[] { Series75, Series76 })
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        var (exitCode, output, error) = DraftkitProcess.Run(folder, "compare", Series77, "--base", "auto", "--corpus", folder, "--format", "html");

        Assert.True(exitCode == 0, error);
        Assert.Equal($"draftkit: base: {Path.Combine(folder, Path.GetFileName(Series76))} (A/RES/76/187; same title, session 76; searched 2 texts in {folder})\n", error);
        Assert.Contains("<h1>A/RES/77/237 compared with A/RES/76/187</h1>", output);
        Assert.Contains("<ins>", output);
        Assert.Contains("<del>", output);
    }

    [SkippableFact]
    public void Compare_with_base_auto_searches_the_drafts_own_folder_by_default()
    {
        var draft = Path.Combine(folder, "draft.xml");
        File.Copy(Series76, draft);
        File.Copy(Series75, Path.Combine(folder, "earlier.xml"));

        var (exitCode, output, error) = DraftkitProcess.Run(folder, "compare", "draft.xml", "--base", "auto", "--format", "md");

        Assert.True(exitCode == 0, error);
        Assert.Contains("(A/RES/75/196; same title, session 75;", error);
        Assert.StartsWith("# A/RES/76/187 compared with A/RES/75/196\n", output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Compare_with_base_auto_and_no_earlier_text_says_so_and_exits_1()
    {
        File.Copy(Series77, Path.Combine(folder, "draft.xml"));

        var (exitCode, output, error) = DraftkitProcess.Run(folder, "compare", "draft.xml", "--base", "auto");

        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("draftkit: no base found for 'draft.xml' (\"Strengthening the United Nations crime prevention", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a.res.md b.res.md --base c.res.md", "draftkit: name the base and the revised text, or the draft alone with --base <file> or --base auto.")]
    [InlineData("a.res.md", "draftkit: name the base and the revised text, or the draft alone with --base <file> or --base auto.")]
    [InlineData("a.res.md b.res.md --format docx", "draftkit: docx output is binary; name a file with --output.")]
    [InlineData("a.res.md b.res.md --corpus .", "draftkit: --corpus is where --base auto searches; use it with --base auto.")]
    [InlineData("a.res.md missing.res.md", "draftkit: cannot read 'missing.res.md': the file does not exist")]
    public void Compare_refuses_a_wrong_request_with_exit_2(string arguments, string message)
    {
        File.WriteAllText(Path.Combine(folder, "a.res.md"), "---\nsymbol: A/C.3/77/L.14\n---\n\nThe General Assembly,\n\n1. *Decides* to act.\n");

        var (exitCode, output, error) = DraftkitProcess.Run(folder, arguments.Split(' ').Prepend("compare").ToArray());

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Equal(message + "\n", error.Replace("\r\n", "\n"));
    }

    [SkippableFact]
    public void Compare_of_a_template_with_errors_prints_them_and_exits_1()
    {
        File.WriteAllText(Path.Combine(folder, "bad.res.md"), "---\nkind: resolutoin\n---\n\nThe General Assembly,\n\n1. *Decides* to act.\n");

        var (exitCode, _, error) = DraftkitProcess.Run(folder, "compare", Series76, "bad.res.md");

        Assert.Equal(1, exitCode);
        Assert.StartsWith("bad.res.md(2,7): error DK0003: ", error, StringComparison.Ordinal);
    }

    private static string DocxText(string path)
    {
        using var archive = System.IO.Compression.ZipFile.OpenRead(path);
        using var reader = new StreamReader(archive.GetEntry("word/document.xml")!.Open());
        return reader.ReadToEnd();
    }
}

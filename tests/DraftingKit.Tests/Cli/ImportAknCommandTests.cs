using DraftingKit.Cli;
using DraftingKit.Cli.Commands;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Cli;

/// <summary><c>draftkit import-akn</c> on the sample of UN files.</summary>
public sealed class ImportAknCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "draftkit-import-akn-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_folder_gives_one_template_per_resolution_named_from_its_symbol()
    {
        var sample = RepositoryPaths.InRepository("tests", "corpus", "akn4un");
        var stdout = new StringWriter();

        var exitCode = ImportAknCommand.Run(new[] { sample }, folder, force: false, stdout, new StringWriter());

        Assert.Equal(ExitCodes.Success, exitCode);
        var names = Directory.GetFiles(folder).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToList();
        Assert.Equal(13, names.Count);
        Assert.Contains("A-RES-76-101.res.md", names);
        Assert.Contains("A-RES-75-101-A-B.res.md", names);
        Assert.Contains("A-RES-75-274.fra.res.md", names);
        var read = TemplateReader.ReadFile(Path.Combine(folder, "A-RES-76-101.res.md"));
        Assert.False(read.HasErrors);
        Assert.Equal("Question of Tokelau", read.Document.Header.Title);
    }

    [Fact]
    public void Import_takes_AKN4UN_XML_too_and_writes_what_import_akn_writes()
    {
        var file = RepositoryPaths.InRepository("tests", "corpus", "akn4un", "A_RES_76_101-2118705E.xml");

        var exitCode = ImportCommand.Run(file, folder, force: false, new StringWriter(), new StringWriter());

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(new[] { "A-RES-76-101.res.md" }, Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void An_existing_template_is_kept_unless_forced()
    {
        var file = RepositoryPaths.InRepository("tests", "corpus", "akn4un", "A_RES_76_101-2118705E.xml");
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, "A-RES-76-101.res.md");
        File.WriteAllText(target, "kept");
        var stderr = new StringWriter();

        Assert.Equal(ExitCodes.UsageOrIoError, ImportAknCommand.Run(new[] { file }, folder, force: false, new StringWriter(), stderr));
        Assert.Equal("kept", File.ReadAllText(target));
        Assert.Contains("--force", stderr.ToString());

        Assert.Equal(ExitCodes.Success, ImportAknCommand.Run(new[] { file }, folder, force: true, new StringWriter(), new StringWriter()));
        Assert.StartsWith("---\nkind: resolution", File.ReadAllText(target));
    }

    [Fact]
    public void A_file_that_is_not_AKN_is_reported_and_gives_exit_code_1()
    {
        Directory.CreateDirectory(folder);
        var bad = Path.Combine(folder, "bad.xml");
        File.WriteAllText(bad, "<akomaNtoso>");
        var stderr = new StringWriter();

        Assert.Equal(ExitCodes.InputHasErrors, ImportAknCommand.Run(new[] { bad }, Path.Combine(folder, "out"), force: false, new StringWriter(), stderr));
        Assert.Contains("DK0152", stderr.ToString());
    }

    [Theory]
    [InlineData("UTF-16 LE with BOM and declaration")]
    [InlineData("akn: prefix")]
    [InlineData("namespace 3.0/CSD13")]
    public void Import_writes_the_same_template_from_the_file_written_in_another_serialisation(string variantName)
    {
        // draftkit import on 76/101 as another tool may write it: in UTF-16, with every element prefixed akn:, or in a
        // draft namespace; the template is the one the UN's own file gives.
        var file = RepositoryPaths.InRepository("tests", "corpus", "akn4un", "A_RES_76_101-2118705E.xml");
        var variant = Import.Akn.AknSerialisations.All.Single(v => v.Name == variantName);
        var written = Path.Combine(folder, "in", "A_RES_76_101-2118705E.xml");
        Directory.CreateDirectory(Path.GetDirectoryName(written)!);
        File.WriteAllBytes(written, Import.Akn.AknSerialisations.Write(System.Xml.Linq.XDocument.Load(file, System.Xml.Linq.LoadOptions.PreserveWhitespace), variant));

        Assert.Equal(ExitCodes.Success, ImportCommand.Run(file, Path.Combine(folder, "un"), force: false, new StringWriter(), new StringWriter()));
        var stderr = new StringWriter();
        Assert.Equal(ExitCodes.Success, ImportCommand.Run(written, Path.Combine(folder, "other"), force: false, new StringWriter(), stderr));

        Assert.Equal(string.Empty, stderr.ToString());
        Assert.Equal(File.ReadAllText(Path.Combine(folder, "un", "A-RES-76-101.res.md")), File.ReadAllText(Path.Combine(folder, "other", "A-RES-76-101.res.md")));
    }
}

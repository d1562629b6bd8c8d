using DraftingKit.Diagnostics;
using DraftingKit.Import;

namespace DraftingKit.Tests.Import;

/// <summary>
/// An import finding names the line, column and offset of the file it read, not of the text the importer made of it
/// (a layout's lines joined into paragraphs, a page's header and foot taken out, an item's label set apart), so that
/// an editor or CI opens the file where the finding is.
/// </summary>
public sealed class ImportFindingPositionsTests
{
    // pdftotext -layout of a Council resolution's page break (S/RES/2767 (2024), paragraphs of its preamble): the
    // page's foot and the next page's running header stand between two paragraphs. Their leads ("Emphasising",
    // "Determining") are put in words no organ's vocabulary holds, so that each paragraph draws a DK0105.
    private const string LaidOut = """
                                                                                        S/RES/2767 (2024)

                           The Security Council,

                           Lamenting the need for adequate risk assessment and risk management strategies by
                     the FGS and the United Nations, of climate change, other ecological changes, natural
                     disasters and other factors on the stability of Somalia,

        24-12345                                                                              3/11




        S/RES/2767 (2024)


                           Saluting that the situation in Somalia continues to constitute a threat to
                     international peace and security,

                           1.    Decides to remain actively seized of the matter.

        """;

    [Fact]
    public void A_finding_in_a_laid_out_page_names_the_files_line()
    {
        var findings = Quoting(UnDocumentImporter.ImportText("laid-out.txt", LaidOut).Diagnostics);

        Assert.Equal(new[] { "Lamenting", "Saluting" }, findings.Select(f => f.Word));
        Assert.All(findings, f => Assert.StartsWith(f.Word, LaidOut.Substring(f.Finding.Span.Start).TrimStart(), StringComparison.Ordinal));
        Assert.Equal(new[] { 5, 17 }, findings.Select(f => f.Finding.Span.Line));
    }

    [Fact]
    public void A_finding_in_a_file_with_windows_line_ends_names_its_offset_in_the_file()
    {
        var file = LaidOut.Replace("\n", "\r\n", StringComparison.Ordinal);

        var findings = Quoting(UnDocumentImporter.ImportText("laid-out.txt", file).Diagnostics);

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.StartsWith(f.Word, file.Substring(f.Finding.Span.Start).TrimStart(), StringComparison.Ordinal));
        Assert.Equal(new[] { 5, 17 }, findings.Select(f => f.Finding.Span.Line));
    }

    [Fact]
    public void A_finding_after_a_list_the_reading_sets_apart_stays_inside_the_file()
    {
        // The reading sets an item's label apart from its text after a blank line: the text it reads is longer than
        // the file, and the finding on the paragraph that ends it stood past the file's end.
        const string file = "Decision 74/501\n\nThe General Assembly decided:\n   (i) to hold a debate\nin the plenary;\n\n"
            + "The General Assembly decides to take note of the report of the Secretary-General on follow-up to the Twelfth United Nations Congress on\n[^1]: A/68/128.\n";

        var result = UnDocumentImporter.ImportText("decision.txt", file);

        var finding = Assert.Single(result.Diagnostics);
        Assert.True(finding.Span.End <= file.Length, finding.Id + " ends at " + finding.Span.End + " of " + file.Length);
        Assert.Equal(7, finding.Span.Line);
        Assert.StartsWith("The General Assembly decides", file.Substring(finding.Span.Start), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_text_left_out_spans_every_line_it_covers()
    {
        var result = UnDocumentImporter.ImportFile(SeedCorpus.SeedPath(SeedCorpus.Report000));

        var skipped = result.Diagnostics.First(d => d.Id == ImportDiagnostics.ReportTextSkipped.Id);
        Assert.Equal(5, skipped.Span.Line);
        Assert.Equal(89, skipped.Span.EndLine);
        Assert.StartsWith("40 blocks of report text from '", skipped.Message, StringComparison.Ordinal);
    }

    /// <summary>The findings that quote the paragraph they stand on (DK0105), with the paragraph's first word.</summary>
    private static List<(DraftingDiagnostic Finding, string Word)> Quoting(IEnumerable<DraftingDiagnostic> diagnostics) =>
        diagnostics.Where(d => d.Id == ImportDiagnostics.UnknownLead.Id).Select(d => (d, d.Message.Substring(1, d.Message.IndexOf(' ', StringComparison.Ordinal) - 1))).ToList();
}

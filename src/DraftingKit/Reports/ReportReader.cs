using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using DraftingKit.Diagnostics;
using DraftingKit.Model;
using DraftingKit.Security;
using DraftingKit.Templates;
using DraftingKit.Text;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Footnote = DraftingKit.Model.Footnote;
using SourceSpan = DraftingKit.Model.SourceSpan;

namespace DraftingKit.Reports;

/// <summary>
/// Reads a <c>*.report.md</c> (YAML front matter and Markdown, as <c>docs/report-format.md</c> describes) into a
/// <see cref="ReportDocument"/>, with the texts it includes read from their own templates. It never throws on bad
/// input: every problem is a diagnostic with file, line and column.
/// </summary>
public static class ReportReader
{
    /// <summary>The file name ending of report templates.</summary>
    public const string Extension = ".report.md";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseFootnotes()
        .UsePreciseSourceLocation()
        .Build();

    private static readonly Regex Designation = new(@"^(?<designation>[IVXLC]+|[A-Z])\.\s", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>True when <paramref name="path"/> names a report template.</summary>
    public static bool IsReport(string path) => path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the report at <paramref name="path"/>, its included texts from inside its project (<see cref="ProjectRoot.Find"/>).</summary>
    public static ReportReadResult ReadFile(string path) => ReadFile(path, ProjectRoot.Find(path));

    /// <summary>Reads the report at <paramref name="path"/>, its included texts from inside <paramref name="root"/>; a file over the size limit is refused unread.</summary>
    public static ReportReadResult ReadFile(string path, ProjectRoot root) =>
        InputChecks.FileTooLarge(path, InputLimits.TemplateBytes, InputChecks.Templates) is { } refusal
            ? Refused(path, refusal)
            : Read(path, new UTF8Encoding(false, false).GetString(File.ReadAllBytes(path)), root);

    /// <summary>Reads a report from its text; included templates are read from disk, relative to <paramref name="path"/> and inside its project.</summary>
    public static ReportReadResult Read(string path, string text) => Read(path, text, ReadFromDisk, new Lazy<ProjectRoot>(() => ProjectRoot.Find(path)));

    /// <summary>Reads a report from its text; included templates are read from disk, relative to <paramref name="path"/>, and only from inside <paramref name="root"/>.</summary>
    public static ReportReadResult Read(string path, string text, ProjectRoot root) => Read(path, text, ReadFromDisk, new Lazy<ProjectRoot>(() => root));

    /// <summary>
    /// Reads a report from its text; <paramref name="readTemplate"/> gives the text of an included template from its
    /// full path, or null when there is no such file (a host without file access, such as the analyzer, answers
    /// from the files it was given, which are the project's own).
    /// </summary>
    public static ReportReadResult Read(string path, string text, Func<string, string?> readTemplate) => Read(path, text, readTemplate, root: null);

    private static ReportReadResult Read(string path, string text, Func<string, string?> readTemplate, Lazy<ProjectRoot>? root)
    {
        if (InputChecks.Text(path, text, InputLimits.TemplateBytes, InputChecks.Templates) is { } refusal)
        {
            return Refused(path, refusal);
        }

        var diagnostics = new List<DraftingDiagnostic>();
        var lines = new LineMap(path, text);
        var frontMatter = FrontMatter.Locate(text);
        if (frontMatter.Present && !frontMatter.Closed)
        {
            diagnostics.Add(DraftingDiagnostic.Create(TemplateDiagnostics.UnterminatedFrontMatter, lines.LineSpan(1)));
        }

        var header = frontMatter.Closed
            ? ReportFrontMatterReader.Read(text.Substring(frontMatter.YamlStart, frontMatter.YamlLength), frontMatter.YamlStart, lines, diagnostics)
            : new ReportHeader();
        var body = frontMatter.Body(text);
        var blocks = new List<ReportBlock>();
        var footnotes = new List<Footnote>();
        if (body.Trim().Length == 0)
        {
            diagnostics.Add(DraftingDiagnostic.Create(TemplateDiagnostics.EmptyBody, lines.Span(frontMatter.BodyStart, 0)));
        }
        else
        {
            var inlines = new InlineConverter(body, lines, diagnostics);
            foreach (var block in TemplateReader.ParseBody(body, Pipeline, lines, diagnostics) ?? new MarkdownDocument())
            {
                Add(path, readTemplate, root, body, block, lines, inlines, blocks, footnotes, diagnostics);
            }
        }

        var report = new ReportDocument(path, header, EquatableArray.From(blocks), EquatableArray.From(footnotes));
        diagnostics.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : string.CompareOrdinal(a.Id, b.Id));
        return new ReportReadResult(report, diagnostics);
    }

    /// <summary>The text of a template on disk, or null when there is no such file; a file over the size limit is not read.</summary>
    private static string? ReadFromDisk(string fullPath)
    {
        if (!File.Exists(fullPath))
        {
            return null;
        }

        if (InputChecks.FileTooLarge(fullPath, InputLimits.TemplateBytes, InputChecks.Templates) is { } refusal)
        {
            throw new IOException(refusal.Message);
        }

        return TemplateReader.Decode(File.ReadAllBytes(fullPath)).Text;
    }

    private static ReportReadResult Refused(string path, DraftingDiagnostic refusal) =>
        new(new ReportDocument(path, new ReportHeader(), EquatableArray<ReportBlock>.Empty, EquatableArray<Footnote>.Empty), new[] { refusal });

    private static void Add(string path, Func<string, string?> readTemplate, Lazy<ProjectRoot>? root, string body, Block block, LineMap lines, InlineConverter inlines, List<ReportBlock> blocks, List<Footnote> footnotes, List<DraftingDiagnostic> diagnostics)
    {
        var span = lines.Inclusive(block.Span.Start, block.Span.End);
        switch (block)
        {
            case HeadingBlock heading:
                var headingText = inlines.Convert(heading.Inline);
                var designation = Designation.Match(headingText.PlainText);
                blocks.Add(new ReportHeading(heading.Level, designation.Success ? designation.Groups["designation"].Value : null, headingText, span));
                break;
            case FencedCodeBlock fenced:
                AddFenced(path, readTemplate, root, body, fenced, span, lines, blocks, diagnostics);
                break;
            case ListBlock { IsOrdered: true } list:
                foreach (var item in list)
                {
                    if (item is not ListItemBlock listItem)
                    {
                        continue;
                    }

                    var first = true;
                    foreach (var child in listItem)
                    {
                        if (first && child is ParagraphBlock paragraph)
                        {
                            blocks.Add(new ReportParagraph(inlines.Convert(paragraph.Inline), listItem.Order, lines.Inclusive(listItem.Span.Start, listItem.Span.End)));
                        }
                        else
                        {
                            Add(path, readTemplate, root, body, child, lines, inlines, blocks, footnotes, diagnostics);
                        }

                        first = false;
                    }
                }

                break;
            case ListBlock list:
                foreach (var item in list)
                {
                    if (item is ListItemBlock listItem)
                    {
                        foreach (var child in listItem)
                        {
                            Add(path, readTemplate, root, body, child, lines, inlines, blocks, footnotes, diagnostics);
                        }
                    }
                }

                break;
            case ParagraphBlock paragraph:
                blocks.Add(new ReportText(inlines.Convert(paragraph.Inline), span));
                break;
            case FootnoteGroup group:
                foreach (var child in group)
                {
                    if (child is Markdig.Extensions.Footnotes.Footnote footnote)
                    {
                        var parts = new List<Inline>();
                        foreach (var part in footnote)
                        {
                            if (part is ParagraphBlock text)
                            {
                                parts.AddRange(inlines.Convert(text.Inline).Inlines);
                            }
                        }

                        footnotes.Add(new Footnote(InlineConverter.FootnoteLabel(footnote.Label), new InlineText(EquatableArray.From(parts)), lines.Inclusive(footnote.Span.Start, footnote.Span.End)));
                    }
                }

                break;
            case HtmlBlock { Type: HtmlBlockType.Comment }:
            case LinkReferenceDefinitionGroup:
            case BlankLineBlock:
                break;
            default:
                diagnostics.Add(DraftingDiagnostic.Create(TemplateDiagnostics.UnsupportedMarkdown, span, "A " + block.GetType().Name.Replace("Block", string.Empty).ToLowerInvariant() + " block"));
                break;
        }
    }

    private static void AddFenced(string path, Func<string, string?> readTemplate, Lazy<ProjectRoot>? root, string body, FencedCodeBlock fenced, SourceSpan span, LineMap lines, List<ReportBlock> blocks, List<DraftingDiagnostic> diagnostics)
    {
        var info = (fenced.Info ?? string.Empty).Trim();
        var start = fenced.Lines.Count > 0 ? fenced.Lines.Lines[0].Position : fenced.Span.Start;
        var yaml = fenced.Lines.ToString();
        switch (info)
        {
            case "include":
                if (ReportBlockReader.ReadInclude(path, readTemplate, root, yaml, start, span, lines, diagnostics) is { } text)
                {
                    blocks.Add(text);
                }

                break;
            case "proceeding":
                if (ReportBlockReader.ReadProceeding(yaml, start, span, lines, diagnostics) is { } proceeding)
                {
                    blocks.Add(new ProceedingParagraph(proceeding, span));
                }

                break;
            default:
                diagnostics.Add(DraftingDiagnostic.Create(ReportDiagnostics.InvalidBlock, span, "A fenced block of a report is 'include' (a recommended text) or 'proceeding' (a step of the consideration of a proposal); '" + info + "' is neither"));
                break;
        }
    }
}

/// <summary>A report as read, with the reader's diagnostics in source order.</summary>
public sealed record ReportReadResult(ReportDocument Report, IReadOnlyList<DraftingDiagnostic> Diagnostics)
{
    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors
    {
        get
        {
            foreach (var diagnostic in Diagnostics)
            {
                if (diagnostic.Severity == DraftingSeverity.Error)
                {
                    return true;
                }
            }

            return false;
        }
    }
}

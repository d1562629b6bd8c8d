using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DraftingKit.Declarations;
using DraftingKit.Rendering;
using DraftingKit.Rules;
using DraftingKit.Templates;

namespace DraftingKit.Analyzers.Tests.Declarations;

/// <summary>
/// Resolution 74/177 (samples/A-RES-74-177.res.md) written as a C# declaration, paragraph for paragraph: it renders
/// as the template does, word for word, and draws the template's findings on the same characters.
/// </summary>
public sealed class SampleDeclarationTests
{
    private static readonly Regex Operative = new(@"^(?<number>[0-9]+)\. ", RegexOptions.CultureInvariant, System.TimeSpan.FromSeconds(1));
    private static readonly Regex Subparagraph = new(@"^\((?<label>[a-z]+)\) ", RegexOptions.CultureInvariant, System.TimeSpan.FromSeconds(1));
    private static readonly Regex Footnote = new(@"^\[\^(?<label>[^\]]+)\]: ", RegexOptions.CultureInvariant, System.TimeSpan.FromSeconds(1));

    private static string TemplatePath => Path.Combine(AnalyzerHarness.Root, "samples", "A-RES-74-177.res.md");

    [Fact]
    public void The_declaration_renders_word_for_word_as_the_template()
    {
        var template = File.ReadAllText(TemplatePath);
        var declaration = Assert.Single(DeclarationHarness.Read(AsDeclaration(template)));

        var fromTemplate = UnTextRenderer.Render(TemplateReader.Read(TemplatePath, template).Document);
        var fromDeclaration = UnTextRenderer.Render(DeclaredDocumentBuilder.Build(declaration).Document);

        Assert.Equal(fromTemplate, fromDeclaration);
    }

    [Fact]
    public void The_declaration_draws_the_template_findings_on_the_same_characters()
    {
        var template = File.ReadAllText(TemplatePath);
        var source = AsDeclaration(template);
        var declaration = Assert.Single(DeclarationHarness.Read(source));

        var expected = DraftingLinter.Lint(TemplatePath, template).Select(f => (f.Id, template.Substring(f.Span.Start, f.Span.Length))).ToList();
        var actual = DeclaredResolutionLinter.Lint(declaration).Select(f => (f.Id, source.Substring(f.Span.Start, f.Span.Length))).ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    /// <summary>The template as a C# class: front matter as the attribute, each block of the body as a constant.</summary>
    internal static string AsDeclaration(string template)
    {
        var header = TemplateReader.Read(TemplatePath, template).Document.Header;
        var builder = new StringBuilder("using DraftingKit.Authoring;\n\nnamespace Drafts;\n\n[Resolution(");
        var fields = new List<string>();
        void Add(string name, string? value)
        {
            if (value is not null)
            {
                fields.Add(name + " = " + Literal(value));
            }
        }

        Add("Symbol", header.Symbol);
        Add("Number", header.Number);
        if (header.Session is { } session)
        {
            fields.Add("Session = " + session.ToString(CultureInfo.InvariantCulture));
        }

        Add("AgendaItem", header.AgendaItem);
        Add("AgendaTitle", header.AgendaTitle);
        Add("Distribution", header.Distribution);
        Add("Issued", header.Issued?.ToIsoString());
        Add("Adopted", header.Adopted?.ToIsoString());
        Add("Reference", header.Reference);
        Add("Title", header.Title);
        Add("Meeting", header.Meeting);
        Add("Sponsors", header.Sponsors);
        builder.Append(string.Join(",\n    ", fields)).Append(")]\npublic partial class A_RES_74_177\n{\n");

        var body = template.Substring(template.IndexOf("\n---\n", 4, System.StringComparison.Ordinal) + 5);
        var index = 0;
        foreach (var raw in body.Split("\n\n"))
        {
            var block = raw.Trim();
            if (block.Length == 0 || block.StartsWith("*The General Assembly", System.StringComparison.Ordinal))
            {
                continue;
            }

            index++;
            string attribute;
            Match match;
            if ((match = Operative.Match(block)).Success)
            {
                attribute = "[Operative]";
                block = block.Substring(match.Length);
            }
            else if ((match = Subparagraph.Match(block)).Success)
            {
                attribute = "[Subparagraph]";
                block = block.Substring(match.Length);
            }
            else if ((match = Footnote.Match(block)).Success)
            {
                attribute = "[Footnote(" + Literal(match.Groups["label"].Value) + ")]";
                block = block.Substring(match.Length);
            }
            else
            {
                attribute = "[Preambular]";
            }

            builder.Append("    ").Append(attribute).Append("\n    public const string Paragraph")
                .Append(index.ToString(CultureInfo.InvariantCulture)).Append(" = ").Append(Literal(block)).Append(";\n\n");
        }

        return builder.Append("}\n").ToString();
    }

    /// <summary>A regular C# literal; non-ASCII quotation marks are written as escapes, so the mapping through them is exercised.</summary>
    private static string Literal(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '“' => "\\u201C",
                '”' => "\\u201D",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}

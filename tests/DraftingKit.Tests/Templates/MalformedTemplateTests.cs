using System.Text;
using DraftingKit.Diagnostics;
using DraftingKit.Model;
using DraftingKit.Templates;

namespace DraftingKit.Tests.Templates;

/// <summary>
/// Bad templates: each gives a clear diagnostic at the right line and column, never an exception, and keeps
/// every word of the body in the model.
/// </summary>
public sealed class MalformedTemplateTests
{
    private const string Header = "---\nkind: resolution\nstatus: draft\norgan: General Assembly\ntitle: Test\n---\n\n";
    private const string Body = "The General Assembly,\n\n*Recalling* its resolution 73/186,\n\n1. *Requests* the Secretary-General to report.\n";

    public static TheoryData<string, string, string, int, int> Cases => new()
    {
        // name, template, expected id, line, column
        { "yaml syntax error", "---\nkind: [resolution\n---\n\n" + Body, "DK0001", 3, 1 },
        { "front matter is a list", "---\n- resolution\n- draft\n---\n\n" + Body, "DK0001", 2, 1 },
        { "unknown key", Header.Replace("title: Test", "titel: Test") , "DK0002", 5, 1 },
        { "kind is neither resolution nor decision", Header.Replace("kind: resolution", "kind: resolutoin") + Body, "DK0003", 2, 7 },
        { "status is not draft or adopted", Header.Replace("status: draft", "status: final") + Body, "DK0003", 3, 9 },
        { "session is not a number", Header.Replace("title: Test", "session: seventy-fourth") + Body, "DK0003", 5, 10 },
        { "adoption date does not exist", Header.Replace("title: Test", "adopted: 2019-02-30") + Body, "DK0003", 5, 10 },
        { "key given a list", Header.Replace("title: Test", "title:\n  - One\n  - Two") + Body, "DK0003", 6, 3 },
        { "adopted text without its date of adoption", Header.Replace("status: draft", "status: adopted\nmeeting: 50th plenary meeting") + Body, "DK0004", 3, 9 },
        { "empty body", Header, "DK0005", 7, 1 },
        { "unterminated emphasis", Header + "The General Assembly,\n\n*Recalling its resolution 73/186,\n\n1. *Requests* the Secretary-General to report.\n", "DK0006", 10, 1 },
        { "footnote label never defined", Header + "The General Assembly,\n\n*Recalling* its resolution 73/186,[^9]\n\n1. *Requests* the Secretary-General to report.\n", "DK0007", 10, 35 },
        { "footnote defined twice", Header + Body + "\n[^1]: First.\n\n[^1]: Second.\n", "DK0008", 16, 1 },
        { "indented code block", Header + "The General Assembly,\n\n    Indented text read as code.\n\n*Recalling* its resolution 73/186,\n\n1. *Requests* it.\n", "DK0009", 10, 5 },
        { "html block", Header + Body + "\n<div>Raw markup</div>\n", "DK0009", 14, 1 },
        { "unnumbered paragraph after the operative part", Header + Body + "\nA stray sentence after the operative paragraphs.\n", "DK0010", 14, 1 },
        { "front matter never closed", "---\nkind: resolution\n\nThe General Assembly,\n", "DK0011", 1, 1 },
        { "unknown level-one heading", Header + Body + "\n# Appendix\n\nText.\n", "DK0013", 14, 1 },
        { "footnote never referenced", Header + Body + "\n[^1]: United Nations, *Treaty Series*, vol. 2225.\n", "DK0014", 14, 1 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_template_gives_a_diagnostic_at_the_right_place(string name, string template, string id, int line, int column)
    {
        var result = TemplateReader.Read("bad.res.md", template);

        var diagnostic = result.Diagnostics.FirstOrDefault(d => d.Id == id);
        Assert.True(diagnostic is not null, $"{name}: expected {id}, got [{string.Join("; ", result.Diagnostics)}]");
        Assert.Equal((line, column), (diagnostic!.Span.Line, diagnostic.Span.Column));
        Assert.Equal("bad.res.md", diagnostic.Span.Path);
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message));
        Assert.DoesNotContain("{0}", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_template_keeps_every_word_of_its_body(string name, string template, string id, int line, int column)
    {
        _ = (id, line, column);
        var result = TemplateReader.Read("bad.res.md", template);
        var frontMatterEnd = template.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        var body = frontMatterEnd < 0 || template.StartsWith("---\nkind: resolution\n\n", StringComparison.Ordinal) ? string.Empty : template.Substring(frontMatterEnd + 5);
        var dump = ModelDump.Write(result.Document);
        foreach (var word in Words(body))
        {
            Assert.True(dump.Contains(word, StringComparison.Ordinal), $"{name}: '{word}' was lost; model:\n{dump}");
        }
    }

    [Fact]
    public void Invalid_utf8_is_reported_with_the_byte_offset_and_the_rest_is_read()
    {
        var bytes = Encoding.UTF8.GetBytes(Header + Body).ToList();
        bytes.Insert(Header.Length + 5, 0xC3);
        bytes.Insert(Header.Length + 6, 0x28);

        var result = TemplateReader.Read("bad.res.md", bytes.ToArray());

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "DK0012");
        Assert.Contains("byte " + (Header.Length + 5), diagnostic.Message, StringComparison.Ordinal);
        Assert.Single(result.Document.OperativeParagraphs());
    }

    [Fact]
    public void Diagnostics_print_as_compilers_print_them()
    {
        var result = TemplateReader.Read("drafts/bad.res.md", Header + "The General Assembly,\n\n*Recalling its resolution,\n\n1. *Requests* it.\n");

        Assert.Equal(
            "drafts/bad.res.md(10,1): error DK0006: '*' opens italics that are never closed; close the lead with '*' or escape it as '\\*'",
            result.Diagnostics.Single(d => d.Id == "DK0006").ToString());
    }

    [Fact]
    public void Every_template_descriptor_has_a_unique_id_and_a_help_link_to_its_page()
    {
        var ids = TemplateDiagnostics.All.Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(TemplateDiagnostics.All, d => Assert.EndsWith("/docs/rules/" + d.Id + ".md", d.HelpLink, StringComparison.Ordinal));
        Assert.All(TemplateDiagnostics.All, d => Assert.True(System.IO.File.Exists(Support.RepositoryPaths.InRepository("docs", "rules", d.Id + ".md")), d.Id + " has no page"));
    }

    [Fact]
    public void Every_bad_case_is_a_distinct_input()
    {
        var templates = Cases.Select(row => (string)row[1]).ToList();
        Assert.True(templates.Count >= 15);
        Assert.Equal(templates.Count, templates.Distinct().Count());
    }

    private static string[] Words(string text) =>
        text.Split(new[] { ' ', '\n', '*', ',', '.', ':', '[', ']', '^', '<', '>', '/', '-', '#' }, StringSplitOptions.RemoveEmptyEntries)
            .Where(word => word.Length > 3 && word.All(char.IsLetter))
            .ToArray();
}

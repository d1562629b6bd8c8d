using DraftingKit.Diagnostics;
using DraftingKit.Model;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;
using DraftingKit.Text;
using Markdig;

namespace DraftingKit.Tests.Templates;

/// <summary>
/// The front matter read from YamlDotNet's parser events gives what the node model gave, and Markdig reading the
/// file's own text (the front matter as one block) gives the model a blanked copy of the file gave: over every
/// template of the repository and the corpus, and over the YAML only the node model judges.
/// </summary>
public sealed class FrontMatterEventsTests
{
    private const string Body = "*The General Assembly,*\n\n*Recalling* its resolution 73/186,[^1]\n\n1. *Requests* the Secretary-General to report.\n\n[^1]: A note.\n";

    public static TheoryData<string, bool> Yaml => new()
    {
        // yaml, whether the node model must judge it
        { "kind: resolution\nstatus: draft\ntitle: Combating terrorism\n", false },
        { "sponsors: [Chile, Peru]\nsession:\n  - 74\n  - 75\n", false },
        { "kind: &k resolution\n", false },
        { "kind:\nsymbol: \n", false },
        { "- resolution\n- draft\n", false },
        { "kind: resolution\nkind: decision\n", true },
        { "kind: resolution\ntitle: {a: 1, a: 2}\n", true },
        { "title:\n  text: nested\n", true },
        { "!!str kind: resolution\nkind: decision\n", true },
        { "? [complex]\n: value\n", true },
        { "kind: resolution\n--- second document\n", true },
    };

    [Theory]
    [MemberData(nameof(Yaml))]
    public void The_events_read_the_entries_the_node_model_reads_or_leave_the_yaml_to_it(string yaml, bool needsNodeModel)
    {
        var events = new FrontMatterEvents();
        events.Read(yaml);

        Assert.Null(events.Refusal);
        Assert.Equal(needsNodeModel, events.NeedsNodeModel);
        if (!needsNodeModel)
        {
            var (entries, shape) = FrontMatterReader.FromNodeModel(yaml);
            Assert.Equal(shape, events.Shape);
            Assert.Equal(entries, events.Entries);
        }
    }

    [Fact]
    public void An_alias_is_refused_in_the_same_pass_after_the_entries_before_it()
    {
        var events = new FrontMatterEvents();
        events.Read("kind: &k resolution\nstatus: draft\ntitle: *k\n");

        Assert.NotNull(events.Refusal);
        Assert.Contains("'*k'", events.Refusal!.Message, StringComparison.Ordinal);
        Assert.Equal("kind: &k resolution\nstatus: draft\ntitle: ".Length, events.Refusal.Index);
    }

    [Fact]
    public void Every_front_matter_of_the_repository_and_the_corpus_reads_as_the_node_model_reads_it()
    {
        var read = 0;
        foreach (var path in Templates())
        {
            var text = File.ReadAllText(path);
            var frontMatter = FrontMatter.Locate(text);
            if (!frontMatter.Closed)
            {
                continue;
            }

            var yaml = text.Substring(frontMatter.YamlStart, frontMatter.YamlLength);
            var events = new FrontMatterEvents();
            events.Read(yaml);
            Assert.False(events.NeedsNodeModel, path);
            var (entries, shape) = FrontMatterReader.FromNodeModel(yaml);
            Assert.Equal(shape, events.Shape);
            Assert.Equal(entries, events.Entries);
            read++;
        }

        Assert.True(read > 1000, $"only {read} front matters read");
    }

    public static TheoryData<string, string> Texts => new()
    {
        // name, template: the front matter's fences as the reader finds them, where Markdig's own would differ
        { "plain", "---\nkind: resolution\n---\n" + Body },
        { "byte order mark", "\uFEFF---\nkind: resolution\n---\n" + Body },
        { "closed by '...'", "---\nkind: resolution\n...\n" + Body },
        { "fences with trailing blanks", "---  \nkind: resolution\n---\t\n" + Body },
        { "CR LF", ("---\nkind: resolution\n---\n" + Body).Replace("\n", "\r\n", StringComparison.Ordinal) },
        { "a lone CR in the front matter", "---\nkind: resolution\rstatus: draft\n--- \r \n" + Body },
        { "empty front matter", "---\n---\n" + Body },
        { "a thematic break straight after", "---\nkind: resolution\n---\n---\n" + Body },
        { "a setext underline in the body", "---\nkind: resolution\n---\ntext\n---\n" + Body },
        { "code indented straight after", "---\nkind: resolution\n---\n    code\n\n" + Body },
        { "a list straight after", "---\nkind: resolution\n---\n- one\n- two\n\n" + Body },
        { "footnote markers in the YAML", "---\ntitle: See [^1] and [^2]\n---\n" + Body },
        { "a quote line in the YAML", "---\ntitle: >\n  folded\n---\n> quoted\n\n" + Body },
        { "nothing after the closing fence", "---\nkind: resolution\n---" },
        { "never closed", "---\nkind: resolution\n" + Body },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Markdig_reading_the_file_itself_gives_the_model_of_a_blanked_copy(string name, string text)
    {
        AssertSameAsBlankedCopy(name, text);
    }

    [Fact]
    public void Every_template_of_the_repository_and_the_corpus_gives_the_model_of_a_blanked_copy()
    {
        var read = 0;
        foreach (var path in Templates())
        {
            AssertSameAsBlankedCopy(path, File.ReadAllText(path));
            read++;
        }

        Assert.True(read > 1000, $"only {read} templates read");
    }

    [Fact]
    public void Without_the_context_Markdig_reads_the_front_matter_as_markdown()
    {
        // The parser acts only where the reader says a front matter is: a footnote recovered from a piece of the body,
        // parsed alone, that opens with "---" stays text.
        var text = "---\nkind: resolution\n---\n" + Body;
        var markdown = Markdown.Parse(text, TemplateReader.Pipeline);
        Assert.DoesNotContain(markdown, block => block is FrontMatterBlock);

        var withContext = Markdown.Parse(text, TemplateReader.Pipeline, FrontMatterBlockParser.Context(FrontMatter.Locate(text)));
        Assert.IsType<FrontMatterBlock>(withContext[0]);
    }

    private static void AssertSameAsBlankedCopy(string name, string text)
    {
        var frontMatter = FrontMatter.Locate(text);
        var lines = new LineMap(name, text);
        var header = new DocumentHeader();
        var body = frontMatter.Body(text);
        var expectedDiagnostics = new List<DraftingDiagnostic>();
        var expected = TemplateReader.ParseBody(body, TemplateReader.Pipeline, lines, expectedDiagnostics) is { } blanked
            ? new BodyBuilder(body, lines, header, expectedDiagnostics).Build(blanked)
            : default;

        var bodyStart = frontMatter.Closed ? frontMatter.BodyStart : 0;
        var actualDiagnostics = new List<DraftingDiagnostic>();
        var actual = TemplateReader.ParseBody(text, TemplateReader.Pipeline, lines, actualDiagnostics, bodyStart, FrontMatterBlockParser.Context(frontMatter)) is { } whole
            ? new BodyBuilder(text, lines, header, actualDiagnostics).Build(whole)
            : default;

        Assert.True(expected.Equals(actual), name);
        Assert.Equal(expectedDiagnostics.Select(d => (d.Id, d.Span, d.Message)), actualDiagnostics.Select(d => (d.Id, d.Span, d.Message)));
    }

    private static IEnumerable<string> Templates() => RepositoryPaths.EveryTemplate();
}

using DraftingKit.Model;
using DraftingKit.Templates;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Model;

/// <summary>
/// A text answers "which footnote references do you hold?" without a walk when it holds none. The answer must be the
/// walk's, reference for reference, on every text of the repository's and the corpus's templates and on references
/// nested in italics, bold and links.
/// </summary>
public sealed class FootnoteReferencesTests
{
    // The walk the model made for every text before: every reference, nested runs included.
    private sealed class Walk : InlineWalker
    {
        public List<FootnoteReference> Found { get; } = new();

        protected override void VisitFootnoteReference(FootnoteReference reference) => Found.Add(reference);
    }

    private static List<FootnoteReference> Walked(InlineText text)
    {
        var walk = new Walk();
        walk.Walk(text);
        return walk.Found;
    }

    [Fact]
    public void On_every_template_a_text_gives_the_references_the_walk_finds()
    {
        var files = new[] { "samples", "templates", Path.Combine("tests", "corpus") }
            .SelectMany(folder => Directory.GetFiles(RepositoryPaths.InRepository(folder), "*.res.md", SearchOption.AllDirectories));
        var references = 0;
        foreach (var file in files)
        {
            var document = TemplateReader.ReadFile(file).Document;
            foreach (var text in DocumentText.InReadingOrder(document).Concat(document.Footnotes.Select(note => note.Text)))
            {
                var expected = Walked(text);
                Assert.Equal(expected, text.FootnoteReferences());
                references += expected.Count;
            }
        }

        Assert.True(references > 1000, references + " references");
    }

    [Theory]
    [InlineData("Plain words.", 0)]
    [InlineData("A note.[^1]", 1)]
    [InlineData("*Italic with a note[^1]* and after[^2]", 2)]
    [InlineData("**Bold *and italic[^1]***", 1)]
    [InlineData("A [link with a note[^1]](https://undocs.org/A/RES/74/177)", 1)]
    [InlineData("*Only italics* and **bold**", 0)]
    public void Nested_references_are_found_and_none_is_none(string paragraph, int count)
    {
        var text = "---\nkind: resolution\n---\n*The General Assembly,*\n\n*Recalling* " + paragraph + "\n\n[^1]: One.\n\n[^2]: Two.\n";
        var document = TemplateReader.Read("nested.res.md", text).Document;
        var texts = DocumentText.InReadingOrder(document).ToList();
        Assert.Equal(count, texts.Sum(t => t.FootnoteReferences().Count()));
        foreach (var t in texts)
        {
            Assert.Equal(Walked(t), t.FootnoteReferences());
        }
    }
}

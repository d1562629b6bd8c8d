using DraftingKit.Templates;

namespace DraftingKit.Tests.Templates;

/// <summary>
/// A footnote defined and never referenced stays in the model (DK0014 reports it). Found by issue 3: seed 002's
/// draft resolution V defines footnotes 3 and 4 whose markers the extraction lost, and Markdig dropped them.
/// </summary>
public sealed class UnreferencedFootnoteTests
{
    [Fact]
    public void Unreferenced_footnote_is_kept_and_reported()
    {
        const string template = "---\nkind: resolution\n---\n\nThe General Assembly,\n\n1. *Decides* to hold the future sessions of the Expert Group within existing resources.[^1]\n\n[^1]: General Assembly resolution 65/230, annex.\n\n[^2]: United Nations, *Treaty Series*, vol. 1577, No. 27531.\n";
        var result = TemplateReader.Read("unreferenced.res.md", template);

        var footnote = result.Document.Footnotes.Single(note => note.Label == "2");
        Assert.Equal("United Nations, *Treaty Series*, vol. 1577, No. 27531.", DraftingKit.Model.ModelDump.Inline(footnote.Text));
        var warning = Assert.Single(result.Diagnostics, diagnostic => diagnostic.Id == "DK0014");
        Assert.Equal(11, warning.Span.Line);
    }
}

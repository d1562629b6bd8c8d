using DraftingKit.Model;
using DraftingKit.Templates;

namespace DraftingKit.Tests.Comparison;

/// <summary>Small texts for comparison tests: a draft's front matter and the body given, read as a template.</summary>
internal static class ComparedTexts
{
    public static ResolutionDocument Draft(string body, int session = 76, string title = "Strengthening the United Nations crime prevention and criminal justice programme, in particular its technical cooperation capacity")
    {
        var template = "---\nkind: resolution\nstatus: draft\nsymbol: A/C.3/" + session + "/L.14\nsession: " + session + "\nagenda-item: 108\ntitle: \"" + title + "\"\n---\n\n*The General Assembly*,\n\n" + body.Replace("\r\n", "\n") + "\n";
        var result = TemplateReader.Read("draft-" + session + ".res.md", template);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Document;
    }
}

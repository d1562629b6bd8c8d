using System.Text.Json.Nodes;
using DraftingKit.Rendering;
using DraftingKit.Reports;

namespace DraftingKit.Cli.Lsp;

/// <summary>
/// <c>draftingkit/preview</c>: the document's current text rendered as the UN prints it, in HTML (the page
/// <c>draftkit render --format html</c> writes), for an editor to show beside the text and refresh as it changes.
/// </summary>
internal static class Preview
{
    public const string Method = "draftingkit/preview";

    public static JsonNode? Html(ServedDocument document)
    {
        string html;
        if (ReportReader.IsReport(document.Text.Path))
        {
            var read = ReportReader.Read(document.Text.Path, document.Text.Text, Security.ProjectRoot.Find(document.Text.Path));
            html = ReportHtmlRenderer.Render(read.Report);
        }
        else if (document.Model() is { } model)
        {
            html = HtmlRenderer.Render(model);
        }
        else
        {
            return null;
        }

        return new JsonObject { ["uri"] = document.Text.Uri, ["version"] = document.Text.Version, ["html"] = html };
    }
}

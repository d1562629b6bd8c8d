namespace DraftingKit.Import;

/// <summary>A printed line of a text layer, as the readers of a PDF's reading order look at it.</summary>
internal static class PageLine
{
    /// <summary>The line's words: without the form feed that marks a page's break, and without the spaces around them.</summary>
    public static string Words(string line) => line.Replace("\f", string.Empty).Trim();
}

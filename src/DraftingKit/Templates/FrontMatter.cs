namespace DraftingKit.Templates;

/// <summary>Locates the YAML front matter of a template: the lines between a first line '---' and the next '---'.</summary>
internal readonly struct FrontMatter
{
    private FrontMatter(bool present, bool closed, int yamlStart, int yamlLength, int bodyStart)
    {
        Present = present;
        Closed = closed;
        YamlStart = yamlStart;
        YamlLength = yamlLength;
        BodyStart = bodyStart;
    }

    /// <summary>True when the template opens with '---'.</summary>
    public bool Present { get; }

    /// <summary>True when a closing '---' (or '...') line was found.</summary>
    public bool Closed { get; }

    /// <summary>Offset of the first YAML character.</summary>
    public int YamlStart { get; }

    /// <summary>Length of the YAML text.</summary>
    public int YamlLength { get; }

    /// <summary>Offset where the body starts.</summary>
    public int BodyStart { get; }

    public static FrontMatter Locate(string text)
    {
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var firstLineEnd = LineEnd(text, start);
        if (text.Substring(start, firstLineEnd - start).TrimEnd('\r', ' ', '\t') != "---")
        {
            return new FrontMatter(false, false, start, 0, start);
        }

        var yamlStart = NextLine(text, firstLineEnd);
        var position = yamlStart;
        while (position < text.Length)
        {
            var end = LineEnd(text, position);
            var line = text.Substring(position, end - position).TrimEnd('\r', ' ', '\t');
            if (line is "---" or "...")
            {
                return new FrontMatter(true, true, yamlStart, position - yamlStart, NextLine(text, end));
            }

            position = NextLine(text, end);
        }

        return new FrontMatter(true, false, yamlStart, text.Length - yamlStart, text.Length);
    }

    /// <summary>
    /// The body of <paramref name="text"/> with the front matter replaced by blanks (line breaks kept), so that
    /// Markdig's offsets stay the offsets of the file; the text itself when the front matter is not closed.
    /// </summary>
    public string Body(string text)
    {
        if (!Closed)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text);
        for (var i = 0; i < BodyStart; i++)
        {
            if (builder[i] != '\n' && builder[i] != '\r')
            {
                builder[i] = ' ';
            }
        }

        return builder.ToString();
    }

    private static int LineEnd(string text, int position)
    {
        var end = text.IndexOf('\n', position);
        return end < 0 ? text.Length : end;
    }

    private static int NextLine(string text, int lineEnd) => lineEnd < text.Length ? lineEnd + 1 : lineEnd;
}

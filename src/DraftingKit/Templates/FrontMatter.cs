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

        // PERF: one copy of the text (a StringBuilder made two, and the body is the size of the file).
#if NET
        return string.Create(text.Length, (Text: text, BodyStart), static (body, state) =>
        {
            state.Text.AsSpan().CopyTo(body);
            Blank(body.Slice(0, state.BodyStart));
        });
#else
        var body = text.ToCharArray();
        Blank(new System.Span<char>(body, 0, BodyStart));
        return new string(body);
#endif
    }

    private static void Blank(System.Span<char> frontMatter)
    {
        for (var i = 0; i < frontMatter.Length; i++)
        {
            if (frontMatter[i] != '\n' && frontMatter[i] != '\r')
            {
                frontMatter[i] = ' ';
            }
        }
    }

    private static int LineEnd(string text, int position)
    {
        var end = text.IndexOf('\n', position);
        return end < 0 ? text.Length : end;
    }

    private static int NextLine(string text, int lineEnd) => lineEnd < text.Length ? lineEnd + 1 : lineEnd;
}

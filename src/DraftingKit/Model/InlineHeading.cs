namespace DraftingKit.Model;

/// <summary>
/// A heading set as a subparagraph: "(a) **Protection of civilians**" over the tasks of a mandate, as the Security
/// Council sets them out. Its text is wholly bold or italic and ends with no punctuation.
/// </summary>
internal static class InlineHeading
{
    public static bool Is(InlineText text)
    {
        var emphasized = false;
        foreach (var inline in text.Inlines)
        {
            switch (inline)
            {
                case StrongEmphasis or Emphasis:
                    emphasized = true;
                    break;
                case TextRun run when run.Text.Trim().Length == 0:
                    break;
                default:
                    return false;
            }
        }

        var plain = text.PlainText.TrimEnd();
        return emphasized && plain.Length > 0 && plain[plain.Length - 1] is not (',' or ';' or ':' or '.');
    }
}

namespace DraftingKit.Comparison;

/// <summary>
/// One unit of comparison: a header line, a paragraph, a subparagraph, a heading, a table row or a footnote, with its
/// printed label kept apart from its words so that renumbering alone is not a change.
/// </summary>
/// <param name="Section">Where the unit stands.</param>
/// <param name="Role">
/// What the unit is ("symbol", "title", "paragraph", "subparagraph" …). Header lines of the same role pair with each
/// other whatever their words; paragraphs pair by how much of their wording they share.
/// </param>
/// <param name="Style">The Word style the unit is printed in (<see cref="Rendering.DocxStyles"/>), which also names its layout in HTML.</param>
/// <param name="Label">The printed number or label ("5.", "(a)", "74/177."), empty when none.</param>
/// <param name="Tokens">The words after the label.</param>
/// <param name="Name">How a reader names the unit: "operative paragraph 5", "preambular paragraph 3".</param>
internal sealed record TextUnit(ComparedSection Section, string Role, string Style, string Label, IReadOnlyList<WordToken> Tokens, string Name)
{
    /// <summary>The identity two unchanged units share: section, role and words, without the label.</summary>
    public string Key { get; } = ((int)Section).ToString(System.Globalization.CultureInfo.InvariantCulture) + Role + "\u0002" + string.Concat(Tokens.Select(token => token.Key + "\u0003"));

    /// <summary>The words as plain text, without the label.</summary>
    public string PlainText => string.Concat(Tokens.Select(token => token.Plain));

    /// <summary>True for units that pair by role whatever their words (header lines, closing lines, titles).</summary>
    public bool PairsByRole => Role != Roles.Paragraph && Role != Roles.Subparagraph && Role != Roles.Heading && Role != Roles.TableRow && Role != Roles.Note;
}

/// <summary>The roles of <see cref="TextUnit"/>s.</summary>
internal static class Roles
{
    public const string Paragraph = "paragraph";
    public const string Subparagraph = "subparagraph";
    public const string Heading = "heading";
    public const string TableRow = "table row";
    public const string Note = "footnote";
}

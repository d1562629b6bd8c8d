namespace DraftingKit.Comparison;

/// <summary>
/// The numbers the marked text, Markdown and HTML print for notes: 1, 2, 3 … in the order their markers first appear
/// in the compared output, deleted markers included, so that every note shown has one number.
/// </summary>
internal sealed class NoteNumbers
{
    private readonly Dictionary<string, int> numbers = new(System.StringComparer.Ordinal);

    public NoteNumbers(TextComparison comparison)
    {
        foreach (var unit in comparison.Units)
        {
            foreach (var edit in unit.Edits)
            {
                if (edit.Token.Kind == TokenKind.Note && !numbers.ContainsKey(edit.Token.Text))
                {
                    numbers.Add(edit.Token.Text, numbers.Count + 1);
                    Ordered.Add(edit.Token.Text);
                }
            }
        }

        // Notes no marker points at (unreferenced in both texts) still show, after the rest.
        foreach (var key in comparison.Notes.Keys)
        {
            if (!numbers.ContainsKey(key))
            {
                numbers.Add(key, numbers.Count + 1);
                Ordered.Add(key);
            }
        }
    }

    /// <summary>The note keys in the order of their numbers.</summary>
    public List<string> Ordered { get; } = new();

    /// <summary>The number printed for <paramref name="key"/>.</summary>
    public string Of(string key) => numbers.TryGetValue(key, out var number) ? number.ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";
}

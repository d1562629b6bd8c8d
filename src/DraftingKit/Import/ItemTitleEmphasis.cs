using DraftingKit.Model;

namespace DraftingKit.Import;

/// <summary>
/// Sets in bold the title of an item that heads the items or text under it, which a plain text (a PDF's text layer, a
/// Word file without bold) gives in roman: "(i) **Protection of civilians under threat of physical violence …**" over
/// "(a) Prevent, deter and stop all armed groups …" (S/RES/2666 (2022)), "(e) *Humanitarian assistance*" over "In
/// support of the Malian authorities, to contribute …" (S/RES/2584 (2021)).
/// </summary>
/// <remarks>
/// <para>
/// A title is told by what it heads, not by its words: an item shaped as a title (<see cref="ItemTitle.Is(IReadOnlyList{string})"/>: a capital
/// after its label, no unit's punctuation, no open word at its end) with items or text of its own under it, or one
/// followed by an item that is not the next of its own list (its items run on from the list opened before it: "(ii) **Disarmament …**" over
/// "(h) Provide good offices …", S/RES/2717 (2023)). An item of a list missing its semicolon is followed by the next item
/// of its own list, or ends its list ("(f) Enhance its community engagement …" before "(ii)", S/RES/2666 (2022)), and
/// stays as printed.
/// </para>
/// <para>
/// The Council sets these titles in bold 68 times and in italics 27 in the corpus; bold is restored. An item with any
/// emphasis, footnote or link of its own keeps what the source gave it.
/// </para>
/// </remarks>
internal static class ItemTitleEmphasis
{
    /// <summary>The document with the titles of its items in bold, and its headed sections' titles in italics.</summary>
    public static ResolutionDocument Restore(ResolutionDocument document) => DocumentTextMap.MapItems(document, Restore);

    /// <summary>
    /// The items with every title among them, at any depth, in bold; and, where every item of the list is a title with
    /// its colon over items of its own, each title in italics (<see cref="HeadsSections"/>).
    /// </summary>
    public static EquatableArray<Subparagraph> Restore(EquatableArray<Subparagraph> items)
    {
        if (items.IsEmpty)
        {
            return items;
        }

        var restored = new Subparagraph[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i] with { Items = Restore(items[i].Items) };
            var next = i + 1 < items.Count ? items[i + 1] : null;
            restored[i] = HeadsWhatFollows(item, next) && IsPlainTitle(item) ? item with { Text = Bold(item.Text) } : item;
        }

        if (HeadsSections(restored))
        {
            for (var i = 0; i < restored.Length; i++)
            {
                var plain = restored[i].Text.PlainText.TrimEnd();
                restored[i] = restored[i] with { Text = InlineSlicing.EmphasizeStart(restored[i].Text, plain.Length - 1) };
            }
        }

        return new EquatableArray<Subparagraph>(restored);
    }

    /// <summary>
    /// True when the list's items are the titles of headed sections: each item is a title ended by its colon over items
    /// of its own ("3. *Decides* that UNMISS shall have the following mandate, … ;" / "(a) *Protection of civilians*:" /
    /// "(i) To use all necessary means …", S/RES/2677 (2023)). A list of tasks opens its items with verbs and ends
    /// them with semicolons; a single item with a colon may be a sentence introducing its own list. The Council sets such
    /// titles in italics (20 of 20 in the corpus; the text before the list ends with a colon in some, a semicolon in
    /// others).
    /// </summary>
    private static bool HeadsSections(IReadOnlyList<Subparagraph> items) =>
        items.Count > 1
        && items.All(item => !item.Items.IsEmpty && item.Style != ListStyle.Unlabelled && item.Text.Inlines.All(inline => inline is TextRun)
            && item.Text.PlainText.TrimEnd() is { Length: > 1 } plain && plain[plain.Length - 1] == ':'
            && ItemTitle.Is(new[] { item.DisplayLabel + " " + plain.Substring(0, plain.Length - 1) }));

    /// <summary>
    /// True when items or text stand under <paramref name="item"/>, or the item after it is not the next of its list:
    /// "(c)" after "(ii)", whichever level a label that reads both ways ("(c)", "(l)") was placed at.
    /// </summary>
    private static bool HeadsWhatFollows(Subparagraph item, Subparagraph? next) =>
        !item.Items.IsEmpty || (next is not null && next.Style != ListStyle.Unlabelled && Value(next.Label, item.Style) != Value(item.Label, item.Style) + 1);

    /// <summary>The label's value counted in <paramref name="style"/>: "iii" is 3 in roman numerals, 9 in letters.</summary>
    private static int? Value(string label, ListStyle style) => style switch
    {
        ListStyle.LowerRoman => Numerals.FromRoman(label),
        ListStyle.LowerLetter => Numerals.FromLetters(label),
        _ => int.TryParse(label, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : null,
    };

    /// <summary>True when the item's text is plain words shaped as a title after its label.</summary>
    private static bool IsPlainTitle(Subparagraph item)
    {
        if (item.Style == ListStyle.Unlabelled || !item.Text.Inlines.All(inline => inline is TextRun))
        {
            return false;
        }

        var plain = item.Text.PlainText.Trim();
        return plain.Length > 0 && plain[plain.Length - 1] is not ('?' or '!') && ItemTitle.Is(new[] { item.DisplayLabel + " " + plain });
    }

    private static InlineText Bold(InlineText text) =>
        new(EquatableArray.Create<Inline>(new StrongEmphasis(text, text.Inlines[0].Span)));
}

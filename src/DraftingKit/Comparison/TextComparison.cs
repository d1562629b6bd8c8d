using DraftingKit.Model;

namespace DraftingKit.Comparison;

/// <summary>
/// A revised text compared with its base, unit by unit and word by word: what <c>draftkit compare</c> writes as
/// Word track changes, HTML or marked text. Build one with <see cref="Compare"/>.
/// </summary>
public sealed class TextComparison
{
    private TextComparison(ResolutionDocument baseText, ResolutionDocument revised, List<AlignedUnit> units, Dictionary<string, AlignedUnit> notes)
    {
        Base = baseText;
        Revised = revised;
        Units = units;
        Notes = notes;
        Sections = Count(units, notes.Values);
    }

    /// <summary>The base text.</summary>
    public ResolutionDocument Base { get; }

    /// <summary>The revised text.</summary>
    public ResolutionDocument Revised { get; }

    /// <summary>The counts per section, in reading order, footnotes last; sections neither text has are left out.</summary>
    public IReadOnlyList<SectionCounts> Sections { get; }

    /// <summary>True when the two texts differ in anything but numbering.</summary>
    public bool HasChanges => Sections.Any(section => section.HasChanges);

    /// <summary>"preamble: 3 new, 5 changed, 1 deleted; operative part: …".</summary>
    public string Summary => string.Join("; ", Sections.Select(section => section.ToString()));

    /// <summary>"A/RES/77/237 compared with A/RES/76/187", or the file names when a text has no symbol.</summary>
    public string Heading => Describe(Revised) + " compared with " + Describe(Base);

    /// <summary>The units of the body in output order: the revised text's order, with deleted units where they stood.</summary>
    internal IReadOnlyList<AlignedUnit> Units { get; }

    /// <summary>The footnotes by the key their markers carry.</summary>
    internal IReadOnlyDictionary<string, AlignedUnit> Notes { get; }

    /// <summary>Compares <paramref name="revised"/> with <paramref name="baseText"/>.</summary>
    public static TextComparison Compare(ResolutionDocument baseText, ResolutionDocument revised)
    {
        var (notes, beforeKeys, afterKeys) = NoteAligner.Align(DocumentUnits.Notes(baseText), DocumentUnits.Notes(revised));

        // A marker without a definition keeps a key of its own on each side.
        var before = DocumentUnits.Body(baseText, label => beforeKeys.TryGetValue(label, out var key) ? key : "?b" + label);
        var after = DocumentUnits.Body(revised, label => afterKeys.TryGetValue(label, out var key) ? key : "?r" + label);
        return new TextComparison(baseText, revised, UnitAligner.Align(before, after), notes);
    }

    private static List<SectionCounts> Count(List<AlignedUnit> units, IEnumerable<AlignedUnit> notes)
    {
        var sections = new List<SectionCounts>();
        foreach (var group in units.Concat(notes).GroupBy(unit => unit.Section).OrderBy(group => group.Key))
        {
            int Of(ChangeKind kind) => group.Count(unit => unit.Kind == kind);
            var split = group.Count(unit => unit.Kind == ChangeKind.New && IsNote(unit, "split from "));
            var merged = group.Count(unit => unit.Kind == ChangeKind.Deleted && IsNote(unit, "merged into "));
            sections.Add(new SectionCounts(
                group.Key,
                New: Of(ChangeKind.New) - split,
                Changed: Of(ChangeKind.Changed),
                Moved: Of(ChangeKind.Moved),
                Deleted: Of(ChangeKind.Deleted) - merged,
                Split: split,
                Merged: merged,
                Renumbered: Of(ChangeKind.Renumbered),
                Respaced: Of(ChangeKind.Respaced),
                Unchanged: Of(ChangeKind.Unchanged)));
        }

        return sections;
    }

    private static string Describe(ResolutionDocument document) =>
        document.Header.Symbol ?? System.IO.Path.GetFileName(document.Path);

    private static bool IsNote(AlignedUnit unit, string prefix) => unit.Note?.StartsWith(prefix, StringComparison.Ordinal) == true;
}

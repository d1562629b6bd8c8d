using System.Globalization;

namespace DraftingKit.Comparison;

/// <summary>How many units of one section are new, changed, moved, deleted, split, merged, or only renumbered or respaced.</summary>
public sealed record SectionCounts(ComparedSection Section, int New, int Changed, int Moved, int Deleted, int Split, int Merged, int Renumbered, int Respaced, int Unchanged)
{
    /// <summary>True when the section has any change (renumbering alone is none).</summary>
    public bool HasChanges => New + Changed + Moved + Deleted > 0;

    /// <summary>"preamble: 3 new, 5 changed, 1 deleted", or "preamble: unchanged".</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        void Add(int count, string what)
        {
            if (count > 0)
            {
                parts.Add(count.ToString(CultureInfo.InvariantCulture) + " " + what);
            }
        }

        Add(New, "new");
        Add(Changed, "changed");
        Add(Moved, "moved");
        Add(Deleted, "deleted");
        Add(Split, "split");
        Add(Merged, "merged");
        if (parts.Count == 0)
        {
            parts.Add("unchanged");
        }

        Add(Renumbered, "renumbered only");
        Add(Respaced, "respaced only");
        return Name(Section) + ": " + string.Join(", ", parts);
    }

    /// <summary>The section as the summary names it.</summary>
    public static string Name(ComparedSection section) => section switch
    {
        ComparedSection.Header => "header and title",
        ComparedSection.Preamble => "preamble",
        ComparedSection.Operative => "operative part",
        ComparedSection.Closing => "closing",
        ComparedSection.Annex => "annexes",
        _ => "footnotes",
    };
}

using DraftingKit.Diagnostics;

namespace DraftingKit.Declarations;

/// <summary>
/// Diagnostics of resolutions declared in C# (DK0201–DK0299): a declaration that cannot be read as a text, or a
/// citation by type that does not hold. The drafting rules report on the text itself.
/// </summary>
public static class DeclarationDiagnostics
{
    /// <summary>DK0201: a member marked as a paragraph is not a string constant.</summary>
    public static DraftingDescriptor NotConstant { get; } = RuleDescriptors.Create(
        "DK0201", "declaration-not-constant", RuleCategory.Declaration, DraftingSeverity.Error,
        "Paragraph is not a string constant",
        "'{0}' is marked [{1}] but is not a string constant; write it as 'const string {0} = \"…\";'",
        fix: DraftingFix.None("No: make the member a constant by hand."));

    /// <summary>DK0202: a cited type declares no resolution or decision.</summary>
    public static DraftingDescriptor UnresolvedCitation { get; } = RuleDescriptors.Create(
        "DK0202", "declaration-unresolved-citation", RuleCategory.Declaration, DraftingSeverity.Error,
        "Cited type declares no resolution",
        "'{0}' is cited but declares no resolution or decision; cite a class marked [Resolution] or [Decision], or the class generated from a template",
        fix: DraftingFix.None("No: the right type is for the drafter to name."));

    /// <summary>DK0203: a paragraph cites a text by type but never names it.</summary>
    public static DraftingDescriptor CitationNotNamed { get; } = RuleDescriptors.Create(
        "DK0203", "declaration-citation-not-named", RuleCategory.Declaration, DraftingSeverity.Warning,
        "Cited text not named in the paragraph",
        "'{0}' cites {1} {2} but its text never names it; name it ('{1} {2}') or remove the [Cites]",
        fix: DraftingFix.None("No: where the number goes in the sentence is for the drafter to decide."));

    /// <summary>DK0204: a subparagraph with no paragraph above it.</summary>
    public static DraftingDescriptor OrphanSubparagraph { get; } = RuleDescriptors.Create(
        "DK0204", "declaration-orphan-subparagraph", RuleCategory.Declaration, DraftingSeverity.Error,
        "Subparagraph before any paragraph",
        "Subparagraph '{0}' has no paragraph above it; declare it after the preambular or operative paragraph it belongs to",
        fix: DraftingFix.None("No: the order of the members is for the drafter to correct."));

    /// <summary>DK0205: a cited text has no number yet.</summary>
    public static DraftingDescriptor CitedDraft { get; } = RuleDescriptors.Create(
        "DK0205", "declaration-cited-draft", RuleCategory.Declaration, DraftingSeverity.Warning,
        "Cited text has no number",
        "'{0}' is cited but has no number yet (it is a draft); a text can cite it once it is adopted and numbered",
        fix: DraftingFix.None("No: the cited text needs its number first."));

    /// <summary>DK0206: a paragraph member in a part of the partial class that does not carry the attribute.</summary>
    public static DraftingDescriptor MemberOutsideDeclaration { get; } = RuleDescriptors.Create(
        "DK0206", "declaration-member-outside", RuleCategory.Declaration, DraftingSeverity.Error,
        "Paragraph outside the declaring part",
        "'{0}' is marked [{1}] in a part of '{2}' that does not carry [{3}]; the text is read from that part only, so move '{0}' into it",
        fix: DraftingFix.None("No: which part of the class a paragraph belongs in, and where in the order, is for the drafter to decide."));

    /// <summary>Every declaration descriptor, in id order.</summary>
    public static IReadOnlyList<DraftingDescriptor> All { get; } = new[]
    {
        NotConstant, UnresolvedCitation, CitationNotNamed, OrphanSubparagraph, CitedDraft, MemberOutsideDeclaration,
    };

    /// <summary>The descriptor with <paramref name="id"/>, or null.</summary>
    public static DraftingDescriptor? Find(string id)
    {
        foreach (var descriptor in All)
        {
            if (descriptor.Id == id)
            {
                return descriptor;
            }
        }

        return null;
    }
}

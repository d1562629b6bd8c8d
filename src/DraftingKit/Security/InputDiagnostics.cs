using DraftingKit.Diagnostics;

namespace DraftingKit.Security;

/// <summary>
/// Diagnostics for inputs DraftingKit refuses to read (SECURITY.md): a reference that leaves the project
/// (DK0040), a file or line over its limit (DK0041, DK0042), a Word package or XML beyond its limits (DK0190,
/// DK0191). Each names the file and, where it can, the line and column; nothing of the refused input is read.
/// </summary>
public static class InputDiagnostics
{
    /// <summary>DK0040: a file named by a report or found in a folder resolves outside the project.</summary>
    public static DraftingDescriptor OutsideProject { get; } = RuleDescriptors.Create(
        "DK0040", "path-outside-project", RuleCategory.Input, DraftingSeverity.Error,
        "File outside the project",
        "'{0}' lies outside the project folder '{1}', so it is not read; name a file inside the project, or give a wider folder with --root",
        fix: DraftingFix.None("No: name a file inside the project, or widen the root on purpose."));

    /// <summary>DK0041: a file larger than DraftingKit reads.</summary>
    public static DraftingDescriptor FileTooLarge { get; } = RuleDescriptors.Create(
        "DK0041", "file-too-large", RuleCategory.Input, DraftingSeverity.Error,
        "File too large",
        "The file is {0:N0} bytes; DraftingKit reads {1} of at most {2:N0} bytes (docs/limits.md), so it is not read",
        fix: DraftingFix.None("No: the file must be split or its contents checked."));

    /// <summary>DK0042: a line longer than DraftingKit reads.</summary>
    public static DraftingDescriptor LineTooLong { get; } = RuleDescriptors.Create(
        "DK0042", "line-too-long", RuleCategory.Input, DraftingSeverity.Error,
        "Line too long",
        "Line {0:N0} is {1:N0} characters long; DraftingKit reads lines of at most {2:N0} characters (docs/limits.md), so the file is not read; break the line",
        fix: DraftingFix.None("No: break the line."));

    /// <summary>DK0190: a Word file whose package is beyond the limits (entries, expanded size, compression ratio).</summary>
    public static DraftingDescriptor DocxPackageRefused { get; } = RuleDescriptors.Create(
        "DK0190", "docx-package-refused", RuleCategory.Import, DraftingSeverity.Error,
        "Word package beyond the limits",
        "The Word file is not read: {0} (docs/limits.md)",
        fix: DraftingFix.None("No."));

    /// <summary>DK0191: XML beyond the limits (nesting depth, a document type declaration) in AKN4UN or a Word part.</summary>
    public static DraftingDescriptor XmlRefused { get; } = RuleDescriptors.Create(
        "DK0191", "xml-refused", RuleCategory.Import, DraftingSeverity.Error,
        "XML beyond the limits",
        "The XML is not read: {0} (docs/limits.md)",
        fix: DraftingFix.None("No."));

    /// <summary>True when <paramref name="diagnostics"/> hold a refusal to read the file at all (DK0041, DK0042): nothing else is to be checked.</summary>
    public static bool RefuseTheFile(IReadOnlyList<DraftingDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Descriptor == FileTooLarge || diagnostic.Descriptor == LineTooLong)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The descriptors a template or report can be reported with, in id order.</summary>
    public static IReadOnlyList<DraftingDescriptor> OfTemplates { get; } = new[] { OutsideProject, FileTooLarge, LineTooLong };

    /// <summary>Every descriptor, in id order.</summary>
    public static IReadOnlyList<DraftingDescriptor> All { get; } = new[] { OutsideProject, FileTooLarge, LineTooLong, DocxPackageRefused, XmlRefused };
}

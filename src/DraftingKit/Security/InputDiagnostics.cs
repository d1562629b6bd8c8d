using System.Collections.Generic;
using DraftingKit.Diagnostics;

namespace DraftingKit.Security;

/// <summary>
/// Diagnostics for inputs DraftingKit refuses to read (SECURITY.md): a reference that leaves the project
/// (DK0040), a file or line over its limit (DK0041, DK0042), a Word package or XML beyond its limits (DK0190,
/// DK0191). Each names the file and, where it can, the line and column; nothing of the refused input is read.
/// </summary>
public static class InputDiagnostics
{
    private const string Category = "Input";

    /// <summary>DK0040: a file named by a report or found in a folder resolves outside the project.</summary>
    public static DraftingDescriptor OutsideProject { get; } = new(
        "DK0040", "path-outside-project", "File outside the project",
        "'{0}' lies outside the project folder '{1}', so it is not read; name a file inside the project, or give a wider folder with --root",
        Category, DraftingSeverity.Error);

    /// <summary>DK0041: a file larger than DraftingKit reads.</summary>
    public static DraftingDescriptor FileTooLarge { get; } = new(
        "DK0041", "file-too-large", "File too large",
        "The file is {0:N0} bytes; DraftingKit reads {1} of at most {2:N0} bytes (docs/limits.md), so it is not read",
        Category, DraftingSeverity.Error);

    /// <summary>DK0042: a line longer than DraftingKit reads.</summary>
    public static DraftingDescriptor LineTooLong { get; } = new(
        "DK0042", "line-too-long", "Line too long",
        "Line {0:N0} is {1:N0} characters long; DraftingKit reads lines of at most {2:N0} characters (docs/limits.md), so the file is not read; break the line",
        Category, DraftingSeverity.Error);

    /// <summary>DK0190: a Word file whose package is beyond the limits (entries, expanded size, compression ratio).</summary>
    public static DraftingDescriptor DocxPackageRefused { get; } = new(
        "DK0190", "docx-package-refused", "Word package beyond the limits",
        "The Word file is not read: {0} (docs/limits.md)",
        "Import", DraftingSeverity.Error);

    /// <summary>DK0191: XML beyond the limits (nesting depth, a document type declaration) in AKN4UN or a Word part.</summary>
    public static DraftingDescriptor XmlRefused { get; } = new(
        "DK0191", "xml-refused", "XML beyond the limits",
        "The XML is not read: {0} (docs/limits.md)",
        "Import", DraftingSeverity.Error);

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

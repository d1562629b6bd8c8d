using System.Globalization;
using DraftingKit.Model;

namespace DraftingKit.Diagnostics;

/// <summary>A finding on a template or document: what, where, and how serious.</summary>
public sealed record DraftingDiagnostic(DraftingDescriptor Descriptor, string Message, SourceSpan Span, DraftingSeverity Severity)
{
    /// <summary>
    /// The unambiguous fix, as edits to the template's text; empty when the finding has no fix. Edits of one fix
    /// never overlap.
    /// </summary>
    public EquatableArray<TextEdit> Fix { get; init; }

    /// <summary>True when the finding carries a fix.</summary>
    public bool HasFix => !Fix.IsEmpty;

    /// <summary>The descriptor's id.</summary>
    public string Id => Descriptor.Id;

    /// <summary>Creates a diagnostic with the descriptor's default severity and its message format filled in.</summary>
    public static DraftingDiagnostic Create(DraftingDescriptor descriptor, SourceSpan span, params object[] arguments) =>
        new(descriptor, string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, arguments), span, descriptor.DefaultSeverity);

    /// <summary>As compilers print it: <c>path(line,col): error DK0001: message</c>.</summary>
    public override string ToString() =>
        string.Format(
            CultureInfo.InvariantCulture,
            "{0}({1},{2}): {3} {4}: {5}",
            Span.Path,
            Span.Line,
            Span.Column,
            Severity.ToString().ToLowerInvariant(),
            Id,
            Message);
}

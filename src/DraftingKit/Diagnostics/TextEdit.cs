using DraftingKit.Model;

namespace DraftingKit.Diagnostics;

/// <summary>
/// One change to a template's text: replace the characters of <see cref="Span"/> (none, for an insertion) with
/// <see cref="NewText"/>. A finding carries its fix as edits; hosts (the CLI's <c>--fix</c>, an IDE code fix) only
/// apply them and never work out a fix of their own.
/// </summary>
public sealed record TextEdit(SourceSpan Span, string NewText);

using System.Text;
using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Declarations;

/// <summary>
/// The template text written for a C#-declared resolution, and for every stretch of it where it came from: the
/// characters of a declared string, or text DraftingKit wrote itself (the front matter, the formula, paragraph
/// numbers), which stands for a place in the declaration (the attribute, the member's name). It maps the spans
/// and fixes that the template reader and the rules make on the template back into the C# file.
/// </summary>
public sealed class TemplateMap
{
    private readonly StringBuilder text = new();
    private readonly List<Region> regions = new();

    /// <summary>The template text.</summary>
    public string Text => text.ToString();

    /// <summary>The path findings are reported on: the C# file.</summary>
    public string Path { get; }

    /// <summary>An empty map for a declaration in <paramref name="path"/>.</summary>
    public TemplateMap(string path) => Path = path;

    /// <summary>Appends text DraftingKit writes itself; findings on it go to <paramref name="anchor"/>.</summary>
    public void Write(string value, SourceSpan anchor)
    {
        if (value.Length == 0)
        {
            return;
        }

        regions.Add(new Region(text.Length, value.Length, null, 0, 0, anchor));
        text.Append(value);
    }

    /// <summary>Appends characters [<paramref name="start"/>, +<paramref name="length"/>) of a declared string as they are.</summary>
    public void Copy(DeclaredText source, int start, int length)
    {
        if (length <= 0)
        {
            return;
        }

        regions.Add(new Region(text.Length, length, source, start, length, source.Span));
        text.Append(source.Value, start, length);
    }

    /// <summary>
    /// Appends <paramref name="value"/> in place of characters [<paramref name="start"/>, +<paramref name="length"/>)
    /// of a declared string (a line break folded to a space, a quote escaped for YAML): one unit that maps as a whole.
    /// </summary>
    public void Replace(string value, DeclaredText source, int start, int length)
    {
        if (value.Length == 0)
        {
            return;
        }

        regions.Add(new Region(text.Length, value.Length, source, start, length, source.Span));
        text.Append(value);
    }

    /// <summary>
    /// The span in the C# file of template span <paramref name="span"/>: the exact characters inside the literal
    /// when the span lies in one declared string, the anchor of written text otherwise.
    /// </summary>
    public SourceSpan MapSpan(SourceSpan span)
    {
        if (span.Path != Path)
        {
            // Not a span of the written template (a catalog file's row): it already points where it belongs.
            return span;
        }

        var first = RegionAt(span.Start);
        if (first is null)
        {
            return SourceSpan.None with { Path = Path };
        }

        if (first.Source is null)
        {
            return first.Anchor;
        }

        var start = first.TextOffset(span.Start);
        if (span.Length == 0)
        {
            return first.Source.Locate(start, 0);
        }

        var last = RegionAt(span.End - 1);
        var end = last is not null && ReferenceEquals(last.Source, first.Source)
            ? last.TextOffsetEnd(span.End - 1)
            : first.TextStart + first.TextLength;
        return first.Source.Locate(start, System.Math.Max(0, end - start));
    }

    /// <summary>
    /// The edit of the C# file that makes template edit <paramref name="edit"/>: the same characters replaced inside
    /// one literal, the new text escaped as that literal needs. Null when the edit touches text DraftingKit wrote
    /// itself, crosses from one literal into another, or splits an escape sequence.
    /// </summary>
    public TextEdit? MapEdit(TextEdit edit)
    {
        var start = edit.Span.Start;
        var end = edit.Span.End;
        var first = edit.Span.Length == 0 ? InsertionRegion(start) : RegionAt(start);
        var last = edit.Span.Length == 0 ? first : RegionAt(end - 1);
        if (first?.Source is null || last is null || !ReferenceEquals(first.Source, last.Source) || !first.IsExact(start) || !last.IsExactEnd(end))
        {
            return null;
        }

        var source = first.Source;
        var textStart = first.TextOffset(start);
        var textEnd = edit.Span.Length == 0 ? textStart : last.TextOffsetEnd(end - 1);
        if (!SameLiteral(source, textStart, textEnd, out var kind))
        {
            return null;
        }

        var sourceStart = textStart == source.Value.Length && textStart > 0 ? SourceEndOf(source, textStart) : source.SourceOffset(textStart);
        var sourceEnd = textEnd == textStart ? sourceStart : SourceEndOf(source, textEnd);
        var escaped = LiteralEscaper.Escape(edit.NewText, kind);
        if (sourceStart < 0 || sourceEnd < sourceStart || escaped is null)
        {
            return null;
        }

        return new TextEdit(source.Locate(textStart, textEnd - textStart) with { Start = sourceStart, Length = sourceEnd - sourceStart }, escaped);
    }

    /// <summary>Maps a finding and its fix; a fix that cannot be made in the C# file is dropped, the finding kept.</summary>
    public DraftingDiagnostic Map(DraftingDiagnostic finding)
    {
        var mapped = finding with { Span = MapSpan(finding.Span) };
        if (!finding.HasFix)
        {
            return mapped;
        }

        var edits = new List<TextEdit>(finding.Fix.Count);
        foreach (var edit in finding.Fix)
        {
            if (MapEdit(edit) is not { } sourceEdit)
            {
                return mapped with { Fix = EquatableArray<TextEdit>.Empty };
            }

            edits.Add(sourceEdit);
        }

        return mapped with { Fix = EquatableArray.From(edits) };
    }

    private Region? RegionAt(int offset)
    {
        // PERF: regions are in order; a binary search keeps mapping a long resolution's findings linear.
        int low = 0, high = regions.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var region = regions[middle];
            if (offset < region.Start)
            {
                high = middle - 1;
            }
            else if (offset >= region.Start + region.Length)
            {
                low = middle + 1;
            }
            else
            {
                return region;
            }
        }

        return null;
    }

    /// <summary>An insertion at the end of a declared string belongs to it, not to the written text after it.</summary>
    private Region? InsertionRegion(int offset)
    {
        var at = RegionAt(offset);
        if (at?.Source is not null)
        {
            return at;
        }

        var before = offset > 0 ? RegionAt(offset - 1) : null;
        return before?.Source is not null ? before : at;
    }

    /// <summary>True when the value characters [start, end) stand in one editable literal, contiguous in the file.</summary>
    private static bool SameLiteral(DeclaredText source, int start, int end, out LiteralKind kind)
    {
        kind = LiteralKind.Constant;
        if (source.Segments.IsEmpty)
        {
            return false;
        }

        var probe = start == end && start > 0 && start == source.Value.Length ? start - 1 : start;
        var first = source.SegmentAt(probe);
        kind = first.Kind;
        var previous = first;
        foreach (var segment in source.Segments)
        {
            if (segment.TextEnd <= probe || segment.TextStart >= end || ReferenceEquals(segment, first))
            {
                continue;
            }

            if (segment.Kind != kind || segment.SourceStart != previous.SourceEnd)
            {
                return false;
            }

            previous = segment;
        }

        return kind != LiteralKind.Constant;
    }

    /// <summary>The source offset just past value character <paramref name="end"/> - 1, or -1 inside a unit.</summary>
    private static int SourceEndOf(DeclaredText source, int end)
    {
        var segment = source.SegmentAt(end - 1);
        if (segment.IsVerbatim)
        {
            return segment.SourceStart + (end - segment.TextStart);
        }

        return end == segment.TextEnd ? segment.SourceEnd : -1;
    }

    private sealed class Region
    {
        public Region(int start, int length, DeclaredText? source, int textStart, int textLength, SourceSpan anchor)
        {
            Start = start;
            Length = length;
            Source = source;
            TextStart = textStart;
            TextLength = textLength;
            Anchor = anchor;
        }

        public int Start { get; }

        public int Length { get; }

        public DeclaredText? Source { get; }

        public int TextStart { get; }

        public int TextLength { get; }

        public SourceSpan Anchor { get; }

        private bool OneToOne => Length == TextLength;

        public int TextOffset(int offset) => OneToOne ? TextStart + (offset - Start) : TextStart;

        /// <summary>The value offset just past template character <paramref name="offset"/>.</summary>
        public int TextOffsetEnd(int offset) => OneToOne ? TextStart + (offset - Start) + 1 : TextStart + TextLength;

        public bool IsExact(int offset) => OneToOne || offset == Start || offset == Start + Length;

        public bool IsExactEnd(int end) => OneToOne || end == Start + Length || end == Start;
    }
}

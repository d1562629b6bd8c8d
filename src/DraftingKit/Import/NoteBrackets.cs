namespace DraftingKit.Import;

/// <summary>
/// Where a note set apart from its number ends when its lines end on a bracket or an abbreviation: a note's text
/// closes the brackets it opens, so a line that ends as a note ends ("… Final Document, Part I (NPT/CONF.1995/32 (Part I)",
/// "… (NPT/CONF.2010/50 (Vol. I), NPT/CONF.2010/50 (Vol.") but leaves a bracket open goes on below ("and
/// NPT/CONF.1995/32 (Part I)/Corr.2), annex.", "II) and NPT/CONF.2010/50 (Vol. III)).").
/// </summary>
/// <remarks>
/// The references to conference documents that disarmament resolutions cite ("2010 Review Conference of the Parties to
/// the Treaty on the Non-Proliferation of Nuclear Weapons, Final Document, vols. I–III (…)") nest a volume or a part in
/// the symbol's brackets and run over two or three lines, which the line's width breaks after "(Part I)" or "(Vol.":
/// read by its line ends alone, such a note is two, and the page's first note is left over as the text's paragraph.
/// </remarks>
internal static class NoteBrackets
{
    /// <summary>Round and square brackets the lines open but do not close: above zero, the note goes on; below, it began above.</summary>
    public static int Open(IEnumerable<string> lines)
    {
        var depth = 0;
        foreach (var line in lines)
        {
            foreach (var c in line)
            {
                depth += c is '(' or '[' ? 1 : c is ')' or ']' ? -1 : 0;
            }
        }

        return depth;
    }
}

namespace DraftingKit.Model;

/// <summary>
/// An inline walk that knows the typeface of each run as UN typography sets it: italic inside italic turns roman
/// (a title inside an italic passage), bold stays bold. The Word writer and the comparison's tokenizer read it.
/// </summary>
internal abstract class TypefaceWalker : InlineWalker
{
    protected TypefaceWalker(bool italic = false, bool bold = false)
    {
        Italic = italic;
        Bold = bold;
    }

    /// <summary>True while the run being visited prints in italics.</summary>
    protected bool Italic { get; private set; }

    /// <summary>True while the run being visited prints in bold.</summary>
    protected bool Bold { get; private set; }

    protected override void VisitEmphasis(Emphasis emphasis)
    {
        Italic = !Italic;
        Walk(emphasis.Content);
        Italic = !Italic;
    }

    protected override void VisitStrongEmphasis(StrongEmphasis strong)
    {
        var outer = Bold;
        Bold = true;
        Walk(strong.Content);
        Bold = outer;
    }
}

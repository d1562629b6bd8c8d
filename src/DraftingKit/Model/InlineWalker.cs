namespace DraftingKit.Model;

/// <summary>
/// The one walk over inline text: each kind of run goes to its own method, and the words inside italics, bold and
/// links are walked into unless a walker says otherwise. Renderers, rules and the model itself derive from it instead
/// of each switching over the kinds of run again; a new kind of run is added here once.
/// </summary>
/// <remarks>Unsealed: built for extension, one subclass per thing done with the runs of a text.</remarks>
internal abstract class InlineWalker
{
    /// <summary>Visits every run of <paramref name="text"/> in order.</summary>
    public void Walk(InlineText text)
    {
        var inlines = text.Inlines;
        for (var i = 0; i < inlines.Count; i++)
        {
            Visit(inlines[i]);
        }
    }

    /// <summary>Sends <paramref name="inline"/> to the method for its kind.</summary>
    public void Visit(Inline inline)
    {
        switch (inline)
        {
            case TextRun run:
                VisitText(run);
                break;
            case Emphasis emphasis:
                VisitEmphasis(emphasis);
                break;
            case StrongEmphasis strong:
                VisitStrongEmphasis(strong);
                break;
            case DocumentLink link:
                VisitLink(link);
                break;
            case FootnoteReference reference:
                VisitFootnoteReference(reference);
                break;
        }
    }

    /// <summary>Plain words; nothing by default.</summary>
    protected virtual void VisitText(TextRun run)
    {
    }

    /// <summary>Italics; their words by default.</summary>
    protected virtual void VisitEmphasis(Emphasis emphasis) => Walk(emphasis.Content);

    /// <summary>Bold; its words by default.</summary>
    protected virtual void VisitStrongEmphasis(StrongEmphasis strong) => Walk(strong.Content);

    /// <summary>A link to a document; its words by default.</summary>
    protected virtual void VisitLink(DocumentLink link) => Walk(link.Content);

    /// <summary>A footnote marker; nothing by default.</summary>
    protected virtual void VisitFootnoteReference(FootnoteReference reference)
    {
    }
}

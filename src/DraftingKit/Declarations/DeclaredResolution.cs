using DraftingKit.Model;

namespace DraftingKit.Declarations;

/// <summary>
/// A resolution or decision declared in C#, as read from its class declaration: plain strings and numbers with
/// the source span of every character, and no compiler object, so that it can be compared and cached (the
/// incremental generator does both) and turned into a <see cref="ResolutionDocument"/> without Roslyn.
/// </summary>
/// <param name="Path">The C# file.</param>
/// <param name="TypeName">The class, fully qualified ("Drafts.CrimePrevention").</param>
/// <param name="Kind">Resolution or decision.</param>
/// <param name="NameSpan">The span of the class name.</param>
/// <param name="Fields">The metadata written on the attribute, in the order written.</param>
/// <param name="Members">The paragraphs, subparagraphs and footnotes, in declaration order.</param>
/// <param name="Citations">The texts the class as a whole cites.</param>
/// <param name="Problems">What could not be read as a declaration (a paragraph that is not a string constant …).</param>
public sealed record DeclaredResolution(
    string Path,
    string TypeName,
    DocumentKind Kind,
    SourceSpan NameSpan,
    EquatableArray<DeclaredField> Fields,
    EquatableArray<DeclaredMember> Members,
    EquatableArray<DeclaredCitation> Citations,
    EquatableArray<DeclarationProblem> Problems)
{
    /// <summary>The namespace of the class, empty for the global namespace; for code generated into the class.</summary>
    public string Namespace { get; init; } = string.Empty;

    /// <summary>The class name as declared (<c>CrimePrevention</c>).</summary>
    public string ClassName { get; init; } = string.Empty;

    /// <summary>True when the class is nested in another type, which generated code must then also declare.</summary>
    public bool IsNested { get; init; }

    /// <summary>The value of the metadata field <paramref name="key"/>, or null when it is not written.</summary>
    public DeclaredField? Field(string key)
    {
        foreach (var field in Fields)
        {
            if (field.Key == key)
            {
                return field;
            }
        }

        return null;
    }
}

/// <summary>A part of a declaration that could not be read as DraftingKit expects, with where it stands.</summary>
/// <param name="Id">The diagnostic id (<see cref="DeclarationDiagnostics"/>).</param>
/// <param name="Arguments">The message arguments.</param>
/// <param name="Span">Where it stands.</param>
public sealed record DeclarationProblem(string Id, EquatableArray<string> Arguments, SourceSpan Span);

using DraftingKit.Citations;
using DraftingKit.Declarations;
using DraftingKit.Diagnostics;
using DraftingKit.Model;

namespace DraftingKit.Rules;

/// <summary>
/// Runs the template reader and every drafting rule over a C#-declared resolution, as <see cref="DraftingLinter"/>
/// does over a template, and reports the findings on the C# file: on the exact characters inside the string
/// literals, with fixes that edit the literals. It never throws: a failure is DK0901 naming the file and the type.
/// </summary>
public static class DeclaredResolutionLinter
{
    /// <summary>The findings for <paramref name="declaration"/>, in source order.</summary>
    /// <param name="declaration">The declaration.</param>
    /// <param name="options">Rule options; none when null.</param>
    /// <param name="catalog">The catalog citations are checked against; the embedded one when null. The texts the declaration cites by type are added to it.</param>
    public static IReadOnlyList<DraftingDiagnostic> Lint(DeclaredResolution declaration, RuleOptions? options = null, ResolutionCatalog? catalog = null)
    {
        try
        {
            var findings = DeclaredDocumentBuilder.Problems(declaration);
            CheckSubparagraphs(declaration, findings);
            CheckCitations(declaration, findings);
            var map = DeclaredTemplateWriter.Write(declaration);
            // PERF: a catalog is copied only when the declaration cites texts by type.
            var cited = new List<CatalogEntry>(CatalogRows(declaration));
            var withCited = cited.Count == 0 ? catalog : (catalog ?? ResolutionCatalog.Default).With(cited);
            foreach (var finding in DraftingLinter.Lint(declaration.Path, map.Text, options, withCited))
            {
                findings.Add(DeclarationMessages.Reword(map.Map(finding), declaration.Kind));
            }

            findings.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : string.CompareOrdinal(a.Id, b.Id));
            return findings;
        }
        catch (Exception exception)
        {
            return new[]
            {
                DraftingDiagnostic.Create(
                    HostDiagnostics.RuleFailure,
                    declaration.NameSpan,
                    declaration.Path + " (" + declaration.TypeName + ")",
                    exception.GetType().Name + ": " + exception.Message),
            };
        }
    }

    /// <summary>The catalog rows of the texts <paramref name="declaration"/> cites by type, so that their dates are checked.</summary>
    public static IEnumerable<CatalogEntry> CatalogRows(DeclaredResolution declaration)
    {
        foreach (var citation in AllCitations(declaration))
        {
            if (CatalogEntryOf(citation) is { } entry)
            {
                yield return entry;
            }
        }
    }

    /// <summary>
    /// The catalog row of a text declared in C# or generated from a template, as a citation by type describes it;
    /// null for a type that declares no text, a draft without a number, or an organ the catalog has no code for.
    /// </summary>
    public static CatalogEntry? CatalogEntryOf(DeclaredCitation citation)
    {
        if (!citation.Resolved || citation.Number is not { Length: > 0 } number)
        {
            return null;
        }

        var organ = Organ.Find(citation.Organ) ?? Organ.Other(citation.Organ);
        if (OrganCodes.Of(organ) is not { } code)
        {
            return null;
        }

        UnDate? adopted = citation.Adopted is { } written && UnDate.TryParse(written, out var date) ? date : null;
        var kind = citation.Kind == DocumentKind.Decision ? CitedKind.Decision : CitedKind.Resolution;
        return new CatalogEntry(code, number, kind, adopted, adopted is null ? "declaration" : "record", string.Empty, null, "declaration " + citation.TypeName);
    }

    private static IEnumerable<DeclaredCitation> AllCitations(DeclaredResolution declaration)
    {
        foreach (var citation in declaration.Citations)
        {
            yield return citation;
        }

        foreach (var member in declaration.Members)
        {
            foreach (var citation in member.Citations)
            {
                yield return citation;
            }
        }
    }

    private static void CheckSubparagraphs(DeclaredResolution declaration, List<DraftingDiagnostic> findings)
    {
        foreach (var member in declaration.Members)
        {
            if (member.Role is DeclaredRole.Preambular or DeclaredRole.Operative)
            {
                return;
            }

            if (member.Role == DeclaredRole.Subparagraph)
            {
                findings.Add(DraftingDiagnostic.Create(DeclarationDiagnostics.OrphanSubparagraph, member.NameSpan, member.Name));
            }
        }
    }

    private static void CheckCitations(DeclaredResolution declaration, List<DraftingDiagnostic> findings)
    {
        foreach (var citation in declaration.Citations)
        {
            CheckResolved(citation, findings);
        }

        foreach (var member in declaration.Members)
        {
            foreach (var citation in member.Citations)
            {
                if (!CheckResolved(citation, findings) || citation.Number is not { Length: > 0 } number)
                {
                    continue;
                }

                if (!Names(member.Text.Value, number))
                {
                    var kind = citation.Kind == DocumentKind.Decision ? "decision" : "resolution";
                    findings.Add(DraftingDiagnostic.Create(DeclarationDiagnostics.CitationNotNamed, citation.Span, member.Name, kind, number));
                }
            }
        }
    }

    private static bool CheckResolved(DeclaredCitation citation, List<DraftingDiagnostic> findings)
    {
        if (!citation.Resolved)
        {
            findings.Add(DraftingDiagnostic.Create(DeclarationDiagnostics.UnresolvedCitation, citation.Span, citation.TypeName));
            return false;
        }

        if (citation.Number is not { Length: > 0 })
        {
            findings.Add(DraftingDiagnostic.Create(DeclarationDiagnostics.CitedDraft, citation.Span, citation.TypeName));
            return false;
        }

        return true;
    }

    /// <summary>True when <paramref name="text"/> holds <paramref name="number"/> as a whole number ("73/186", not "73/1861").</summary>
    internal static bool Names(string text, string number)
    {
        var from = 0;
        while (true)
        {
            var index = text.IndexOf(number, from, StringComparison.Ordinal);
            if (index < 0)
            {
                return false;
            }

            var end = index + number.Length;
            var before = index == 0 || !(char.IsDigit(text[index - 1]) || text[index - 1] == '/');
            var after = end == text.Length || !(char.IsDigit(text[end]) || text[end] == '/');
            if (before && after)
            {
                return true;
            }

            from = index + 1;
        }
    }
}

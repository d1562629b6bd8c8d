using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using DraftingKit.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace DraftingKit.CodeFixes;

/// <summary>
/// Applies the fix a drafting rule attached to its finding: the analyzer carries the engine's edits, already mapped
/// into the string literal and escaped for it, in the diagnostic's properties. A provider never works out a fix of
/// its own, so the IDE and <c>draftkit lint --fix</c> make the same change.
/// </summary>
/// <remarks>Unsealed because each family of rules (leads, adverbs, punctuation …) is its own provider with its own titles.</remarks>
public abstract class EngineEditsFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <summary>The title shown for a fix of <paramref name="id"/>.</summary>
    protected abstract string Title(string id);

    /// <inheritdoc />
    public sealed override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!FixableDiagnosticIds.Contains(diagnostic.Id)
                || !diagnostic.Properties.TryGetValue(FixProperty.Key, out var encoded)
                || FixProperty.Decode(encoded) is not { Count: > 0 } edits)
            {
                continue;
            }

            var document = context.Document;
            context.RegisterCodeFix(
                CodeAction.Create(Title(diagnostic.Id), cancellationToken => ApplyAsync(document, edits, cancellationToken), equivalenceKey: "DraftingKit." + diagnostic.Id),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Document> ApplyAsync(Document document, IReadOnlyList<(int Start, int Length, string NewText)> edits, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var changes = ImmutableArray.CreateBuilder<TextChange>(edits.Count);
        foreach (var (start, length, newText) in edits)
        {
            if (start < 0 || length < 0 || start + length > text.Length)
            {
                // The document changed since the analysis: leave it as it is rather than edit the wrong characters.
                return document;
            }

            changes.Add(new TextChange(new TextSpan(start, length), newText));
        }

        return document.WithText(text.WithChanges(changes.MoveToImmutable()));
    }
}

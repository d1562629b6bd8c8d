using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using DraftingKit.Analyzers;
using DraftingKit.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace DraftingKit.CodeFixes;

/// <summary>
/// Applies the fix a drafting rule attached to its finding: the analyzer carries the engine's edits, already mapped
/// into the string literal and escaped for it, in the diagnostic's properties. A provider never works out a fix of
/// its own, so the IDE and <c>draftkit lint --fix</c> make the same change. One provider serves every id whose
/// descriptor offers a fix, with the descriptor's title: a new rule with a fix needs no provider of its own. It
/// serves C# declarations and the <c>*.res.md</c> templates of a project alike (additional documents, where the
/// edits are at offsets of the template's text); docs/rules/README.md says what the IDEs make of the latter.
/// </summary>
[ExportCodeFixProvider(
    LanguageNames.CSharp,
    Name = nameof(EngineEditsFixProvider),
    DocumentKinds = new[] { nameof(TextDocumentKind.Document), nameof(TextDocumentKind.AdditionalDocument) },
    DocumentExtensions = new[] { ".cs", ".md" })]
[Shared]
public sealed class EngineEditsFixProvider : CodeFixProvider
{
    private static readonly Dictionary<string, string> TitleById = FixTitles();

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.CreateRange(TitleById.Keys);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!TitleById.TryGetValue(diagnostic.Id, out var title)
                || !diagnostic.Properties.TryGetValue(FixProperty.Key, out var encoded)
                || FixProperty.Decode(encoded) is not { Count: > 0 } edits)
            {
                continue;
            }

            var document = context.TextDocument;
            context.RegisterCodeFix(
                CodeAction.Create(title, cancellationToken => ApplyAsync(document, edits, cancellationToken), equivalenceKey: "DraftingKit." + diagnostic.Id),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    /// <summary>The fix title of every reportable id whose findings may carry edits, from its descriptor.</summary>
    private static Dictionary<string, string> FixTitles()
    {
        var titles = new Dictionary<string, string>();
        foreach (var descriptor in RuleCatalog.AllDescriptors)
        {
            if (descriptor.Fix.Offered)
            {
                titles[descriptor.Id] = descriptor.Fix.Title;
            }
        }

        return titles;
    }

    private static async Task<Solution> ApplyAsync(TextDocument document, IReadOnlyList<(int Start, int Length, string NewText)> edits, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var changes = ImmutableArray.CreateBuilder<TextChange>(edits.Count);
        foreach (var (start, length, newText) in edits)
        {
            if (start < 0 || length < 0 || start + length > text.Length)
            {
                // The document changed since the analysis: leave it as it is rather than edit the wrong characters.
                return document.Project.Solution;
            }

            changes.Add(new TextChange(new TextSpan(start, length), newText));
        }

        var changed = text.WithChanges(changes.MoveToImmutable());
        return document is Document source
            ? source.WithText(changed).Project.Solution
            : document.Project.Solution.WithAdditionalDocumentText(document.Id, changed);
    }
}

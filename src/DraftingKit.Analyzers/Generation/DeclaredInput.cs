using System.Linq;
using System.Threading;
using DraftingKit.Analyzers.Declarations;
using DraftingKit.Declarations;
using DraftingKit.Model;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DraftingKit.Analyzers.Generation;

/// <summary>
/// A class declared with <c>[Resolution]</c> or <c>[Decision]</c>, as the generator carries it: the declaration
/// read by <see cref="DeclaredResolutionReader"/> (strings and spans only), the class's namespace and name, and
/// what stops a generated part from joining it (a nested or generic class, or a member of a name the generated
/// part uses). Read from <c>ForAttributeWithMetadataName</c>'s context; nothing of the compilation is kept.
/// </summary>
internal sealed record DeclaredInput(DeclaredResolution? Declaration, string Path, string Namespace, string ClassName, SourceSpan NameSpan, string? Obstacle)
{
    /// <summary>The members the generated part adds; a declaration that already has one cannot get the part.</summary>
    public static readonly string[] GeneratedMembers = { "UnText", "Template", "Document", "documentFromTemplate" };

    public static DeclaredInput? Read(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetNode is not ClassDeclarationSyntax declaration || context.TargetSymbol is not INamedTypeSymbol type)
        {
            return null;
        }

        var tree = declaration.SyntaxTree;
        var nameSpan = LiteralReader.SpanOf(tree, declaration.Identifier.Span);
        var @namespace = type.ContainingNamespace is { IsGlobalNamespace: false } containing ? containing.ToDisplayString() : string.Empty;
        try
        {
            var obstacle = ObstacleOf(type);
            var read = obstacle is null
                ? DeclaredResolutionReader.Read(context.TargetNode, context.TargetSymbol, context.SemanticModel, context.Attributes, cancellationToken)
                : null;
            if (read is null && obstacle is null)
            {
                return null;
            }

            return new DeclaredInput(read, tree.FilePath, @namespace, type.Name, nameSpan, obstacle);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new DeclaredInput(null, tree.FilePath, @namespace, type.Name, nameSpan, exception.GetType().Name + ": " + exception.Message);
        }
    }

    private static string? ObstacleOf(INamedTypeSymbol type)
    {
        if (type.ContainingType is not null)
        {
            return "the class is nested in '" + type.ContainingType.Name + "'; declare a resolution directly in a namespace to get its generated text and model";
        }

        if (type.IsGenericType)
        {
            return "the class is generic; a resolution is declared in a class without type parameters";
        }

        var clash = GeneratedMembers.FirstOrDefault(name => type.MemberNames.Contains(name));
        return clash is null ? null : "the class already has a member named '" + clash + "', which the generated part would add";
    }
}

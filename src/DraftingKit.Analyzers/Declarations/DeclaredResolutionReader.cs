using System.Linq;
using System.Threading;
using DraftingKit.Declarations;
using DraftingKit.Model;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DraftingKit.Analyzers.Declarations;

/// <summary>
/// Reads a class declared with <c>[Resolution]</c> or <c>[Decision]</c> into a <see cref="DeclaredResolution"/>:
/// plain strings with the file position of every character, and no compiler object. It takes what
/// <c>ForAttributeWithMetadataName</c> gives (the target node, its symbol, the semantic model and the matching
/// attributes), so the analyzer and the generator read declarations the same way.
/// </summary>
public static class DeclaredResolutionReader
{
    private static readonly (string Property, string Key)[] FieldKeys =
    {
        ("Organ", "organ"), ("Symbol", "symbol"), ("Number", "number"), ("Label", "label"), ("Session", "session"),
        ("AgendaItem", "agenda-item"), ("AgendaTitle", "agenda-title"), ("Distribution", "distribution"),
        ("Issued", "issued"), ("Adopted", "adopted"), ("Reference", "reference"), ("Title", "title"), ("Meeting", "meeting"),
        ("Sponsors", "sponsors"),
    };

    /// <summary>
    /// Reads the declaration. Null when <paramref name="node"/> is not a class declaration or
    /// <paramref name="attributes"/> holds no <c>[Resolution]</c> or <c>[Decision]</c>.
    /// </summary>
    /// <param name="node">The class declaration (<c>GeneratorAttributeSyntaxContext.TargetNode</c>).</param>
    /// <param name="symbol">Its symbol (<c>TargetSymbol</c>).</param>
    /// <param name="model">The semantic model of its tree.</param>
    /// <param name="attributes">The <c>[Resolution]</c> or <c>[Decision]</c> attribute data (<c>Attributes</c>).</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    public static DeclaredResolution? Read(SyntaxNode node, ISymbol symbol, SemanticModel model, ImmutableArray<AttributeData> attributes, CancellationToken cancellationToken)
    {
        if (node is not ClassDeclarationSyntax declaration || symbol is not INamedTypeSymbol type)
        {
            return null;
        }

        AttributeData? attribute = null;
        var kind = DocumentKind.Resolution;
        foreach (var candidate in attributes)
        {
            var name = MetadataName(candidate.AttributeClass);
            if (name is AuthoringNames.Resolution or AuthoringNames.Decision)
            {
                attribute = candidate;
                kind = name == AuthoringNames.Decision ? DocumentKind.Decision : DocumentKind.Resolution;
                break;
            }
        }

        if (attribute is null)
        {
            return null;
        }

        var tree = declaration.SyntaxTree;
        var problems = new List<DeclarationProblem>();
        var members = new List<DeclaredMember>();
        foreach (var member in declaration.Members)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ReadMember(member, model, members, problems, cancellationToken);
        }

        return new DeclaredResolution(
            tree.FilePath,
            type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat),
            kind,
            LiteralReader.SpanOf(tree, declaration.Identifier.Span),
            EquatableArray.From(ReadFields(attribute, model, cancellationToken)),
            EquatableArray.From(members),
            EquatableArray.From(ReadCitations(OnThisDeclaration(type.GetAttributes(), declaration), cancellationToken)),
            EquatableArray.From(problems))
        {
            Namespace = type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : string.Empty,
            ClassName = type.Name,
            IsNested = type.ContainingType is not null,
        };
    }

    /// <summary>The attributes written on <paramref name="declaration"/> itself, not on another part of the partial class.</summary>
    private static ImmutableArray<AttributeData> OnThisDeclaration(ImmutableArray<AttributeData> attributes, SyntaxNode declaration) =>
        attributes.Where(a => a.ApplicationSyntaxReference is { } reference && reference.SyntaxTree == declaration.SyntaxTree
            && declaration.Span.Contains(reference.Span)).ToImmutableArray();

    /// <summary>Reads a class declaration found by a syntax walk (the analyzer's way), with its own attributes.</summary>
    public static DeclaredResolution? Read(ClassDeclarationSyntax declaration, SemanticModel model, CancellationToken cancellationToken)
    {
        if (model.GetDeclaredSymbol(declaration, cancellationToken) is not { } type)
        {
            return null;
        }

        return Read(declaration, type, model, OnThisDeclaration(type.GetAttributes(), declaration), cancellationToken);
    }

    /// <summary>True when the class carries <c>[Resolution]</c> or <c>[Decision]</c> on this declaration.</summary>
    public static bool IsDeclaration(INamedTypeSymbol type) =>
        type.GetAttributes().Any(a => MetadataName(a.AttributeClass) is AuthoringNames.Resolution or AuthoringNames.Decision);

    private static List<DeclaredField> ReadFields(AttributeData attribute, SemanticModel model, CancellationToken cancellationToken)
    {
        var fields = new List<DeclaredField>();
        if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax || syntax.ArgumentList is null)
        {
            return fields;
        }

        foreach (var argument in syntax.ArgumentList.Arguments)
        {
            if (argument.NameEquals is not { } name)
            {
                continue;
            }

            var key = KeyOf(name.Name.Identifier.ValueText);
            if (key is null)
            {
                continue;
            }

            var text = argument.Expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.NumericLiteralExpression)
                ? LiteralReader.Number(argument.Expression)
                : LiteralReader.Read(argument.Expression, model, cancellationToken);
            if (text is not null && !(key == "session" && text.Value == "0"))
            {
                fields.Add(new DeclaredField(key, text));
            }
        }

        return fields;
    }

    private static string? KeyOf(string property)
    {
        foreach (var (name, key) in FieldKeys)
        {
            if (name == property)
            {
                return key;
            }
        }

        return null;
    }

    private static void ReadMember(MemberDeclarationSyntax member, SemanticModel model, List<DeclaredMember> members, List<DeclarationProblem> problems, CancellationToken cancellationToken)
    {
        if (member is FieldDeclarationSyntax field)
        {
            foreach (var variable in field.Declaration.Variables)
            {
                if (model.GetDeclaredSymbol(variable, cancellationToken) is IFieldSymbol symbol)
                {
                    ReadField(variable, symbol, model, members, problems, cancellationToken);
                }
            }

            return;
        }

        if (member is PropertyDeclarationSyntax property && model.GetDeclaredSymbol(property, cancellationToken) is { } propertySymbol
            && Role(propertySymbol.GetAttributes(), out _) is { } attributeName)
        {
            problems.Add(Problem(DeclarationDiagnostics.NotConstant.Id, LiteralReader.SpanOf(property.SyntaxTree, property.Identifier.Span), property.Identifier.ValueText, attributeName));
        }
    }

    private static void ReadField(VariableDeclaratorSyntax variable, IFieldSymbol symbol, SemanticModel model, List<DeclaredMember> members, List<DeclarationProblem> problems, CancellationToken cancellationToken)
    {
        var attributes = symbol.GetAttributes();
        if (Role(attributes, out var role) is not { } attributeName)
        {
            return;
        }

        var nameSpan = LiteralReader.SpanOf(variable.SyntaxTree, variable.Identifier.Span);
        var text = symbol.IsConst && symbol.Type.SpecialType == SpecialType.System_String && variable.Initializer is { } initializer
            ? LiteralReader.Read(initializer.Value, model, cancellationToken)
            : null;
        if (text is null)
        {
            problems.Add(Problem(DeclarationDiagnostics.NotConstant.Id, nameSpan, symbol.Name, attributeName));
            return;
        }

        DeclaredText? number = null;
        var label = string.Empty;
        var level = 0;
        foreach (var attribute in attributes)
        {
            switch (MetadataName(attribute.AttributeClass))
            {
                case AuthoringNames.Operative when attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax { ArgumentList.Arguments: { Count: > 0 } arguments }
                    && arguments[0].NameEquals is null:
                    number = LiteralReader.Number(arguments[0].Expression);
                    break;
                case AuthoringNames.Footnote:
                    label = attribute.ConstructorArguments.FirstOrDefault().Value as string ?? string.Empty;
                    break;
                case AuthoringNames.Subparagraph:
                    level = 1;
                    foreach (var named in attribute.NamedArguments)
                    {
                        if (named.Key == "Level" && named.Value.Value is int written)
                        {
                            level = written;
                        }
                    }

                    break;
            }
        }

        members.Add(new DeclaredMember(symbol.Name, role, text, nameSpan, number, label, level, EquatableArray.From(ReadCitations(attributes, cancellationToken))));
    }

    private static string? Role(ImmutableArray<AttributeData> attributes, out DeclaredRole role)
    {
        foreach (var attribute in attributes)
        {
            switch (MetadataName(attribute.AttributeClass))
            {
                case AuthoringNames.Preambular:
                    role = DeclaredRole.Preambular;
                    return "Preambular";
                case AuthoringNames.Operative:
                    role = DeclaredRole.Operative;
                    return "Operative";
                case AuthoringNames.Subparagraph:
                    role = DeclaredRole.Subparagraph;
                    return "Subparagraph";
                case AuthoringNames.Footnote:
                    role = DeclaredRole.Footnote;
                    return "Footnote";
            }
        }

        role = default;
        return null;
    }

    private static List<DeclaredCitation> ReadCitations(ImmutableArray<AttributeData> attributes, CancellationToken cancellationToken)
    {
        var citations = new List<DeclaredCitation>();
        foreach (var attribute in attributes)
        {
            if (MetadataName(attribute.AttributeClass) != AuthoringNames.Cites
                || attribute.ConstructorArguments.FirstOrDefault().Value is not INamedTypeSymbol cited
                || cited.TypeKind == TypeKind.Error)
            {
                // A type that does not exist is the compiler's error already.
                continue;
            }

            var span = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax { ArgumentList.Arguments: { Count: > 0 } arguments } syntax
                ? LiteralReader.SpanOf(syntax.SyntaxTree, (arguments[0].Expression is TypeOfExpressionSyntax typeOf ? typeOf.Type : arguments[0].Expression).Span)
                : SourceSpan.None;
            citations.Add(Describe(cited, span));
        }

        return citations;
    }

    /// <summary>What the declaration of <paramref name="cited"/> says of the text it declares.</summary>
    internal static DeclaredCitation Describe(INamedTypeSymbol cited, SourceSpan span)
    {
        var name = cited.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);
        foreach (var attribute in cited.GetAttributes())
        {
            var metadataName = MetadataName(attribute.AttributeClass);
            if (metadataName is not (AuthoringNames.Resolution or AuthoringNames.Decision or AuthoringNames.GeneratedFromTemplate))
            {
                continue;
            }

            var kind = metadataName == AuthoringNames.Decision ? DocumentKind.Decision : DocumentKind.Resolution;
            var organ = "General Assembly";
            string? number = null;
            string? adopted = null;
            foreach (var named in attribute.NamedArguments)
            {
                var value = named.Value.Value as string;
                switch (named.Key)
                {
                    case "Organ" when value is not null:
                        organ = value;
                        break;
                    case "Number":
                        number = value;
                        break;
                    case "Adopted":
                        adopted = value;
                        break;
                    case "Kind" when value == "decision":
                        kind = DocumentKind.Decision;
                        break;
                }
            }

            return new DeclaredCitation(name, true, kind, organ, number, adopted, span);
        }

        return new DeclaredCitation(name, false, DocumentKind.Resolution, "General Assembly", null, null, span);
    }

    private static DeclarationProblem Problem(string id, SourceSpan span, params string[] arguments) =>
        new(id, EquatableArray.Create(arguments), span);

    private static string? MetadataName(INamedTypeSymbol? type) =>
        type is null ? null : type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + type.MetadataName : type.MetadataName;
}

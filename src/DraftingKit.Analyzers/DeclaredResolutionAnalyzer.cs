using System.Linq;
using DraftingKit.Analyzers.Declarations;
using DraftingKit.Declarations;
using DraftingKit.Diagnostics;
using DraftingKit.Rules;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DraftingKit.Analyzers;

/// <summary>
/// Runs the drafting rules over every class declared with <c>[Resolution]</c> or <c>[Decision]</c> and reports
/// the findings on the exact characters inside its string literals, with the engine's fix in the diagnostic's
/// properties for the code fixes. Citations are checked against the project catalog the template analyzer uses.
/// It never lets an exception escape: a failure is DK0901 on the class, naming the file and the type.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DeclaredResolutionAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DescriptorMap.All;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            // PERF: a compilation that does not reference the authoring attributes has nothing to check.
            if (start.Compilation.GetTypeByMetadataName(AuthoringNames.Resolution) is null
                && start.Compilation.GetTypeByMetadataName(AuthoringNames.Decision) is null)
            {
                return;
            }

            var additionalFiles = start.Options.AdditionalFiles;
            var catalog = new Lazy<ProjectCatalogResult>(() => ProjectCatalogLoader.Build(additionalFiles, start.Compilation, start.CancellationToken), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
            start.RegisterSyntaxNodeAction(node => AnalyzeClass(node, catalog), SyntaxKind.ClassDeclaration);
        });
    }

    private static void AnalyzeClass(SyntaxNodeAnalysisContext context, Lazy<ProjectCatalogResult> catalog)
    {
        var declaration = (ClassDeclarationSyntax)context.Node;
        if (declaration.AttributeLists.Count == 0)
        {
            ReportMembersOutsideDeclaration(context, declaration);
            return;
        }

        DeclaredResolution? declared = null;
        try
        {
            declared = DeclaredResolutionReader.Read(declaration, context.SemanticModel, context.CancellationToken);
            if (declared is null)
            {
                ReportMembersOutsideDeclaration(context, declaration);
                return;
            }

            // Options that no rule reads, or values an option does not take, are reported on the class name.
            var problems = new List<DraftingDiagnostic>();
            var options = ConfiguredOptions.Read(context.Options.AnalyzerConfigOptionsProvider.GetOptions(declaration.SyntaxTree), Model.SourceSpan.None, problems);
            foreach (var finding in problems.Concat(DeclaredResolutionLinter.Lint(declared, options, catalog.Value.Catalog)))
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                context.ReportDiagnostic(Create(finding, declaration));
            }
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            // Never AD0001: the failure is a DraftingKit diagnostic on the class, naming the file and the type.
            var where = declaration.SyntaxTree.FilePath + " (" + (declared?.TypeName ?? declaration.Identifier.ValueText) + ")";
            context.ReportDiagnostic(Diagnostic.Create(
                DescriptorMap.For(HostDiagnostics.RuleFailure),
                declaration.Identifier.GetLocation(),
                string.Format(System.Globalization.CultureInfo.InvariantCulture, HostDiagnostics.RuleFailure.MessageFormat, where, exception.GetType().Name + ": " + exception.Message)));
        }
    }

    /// <summary>
    /// The text is read from the part of a partial class that carries <c>[Resolution]</c> or <c>[Decision]</c>, in
    /// declaration order; a paragraph member in another part would be left out silently, so it is DK0206.
    /// </summary>
    private static void ReportMembersOutsideDeclaration(SyntaxNodeAnalysisContext context, ClassDeclarationSyntax declaration)
    {
        if (!declaration.Modifiers.Any(SyntaxKind.PartialKeyword) || !HasAttributedMember(declaration)
            || context.SemanticModel.GetDeclaredSymbol(declaration, context.CancellationToken) is not { } type)
        {
            return;
        }

        string? declaring = null;
        foreach (var attribute in type.GetAttributes())
        {
            var name = attribute.AttributeClass?.ToDisplayString();
            if (name is AuthoringNames.Resolution or AuthoringNames.Decision)
            {
                declaring = attribute.AttributeClass!.Name.Substring(0, attribute.AttributeClass.Name.Length - "Attribute".Length);
                break;
            }
        }

        if (declaring is null)
        {
            return;
        }

        foreach (var field in declaration.Members.OfType<FieldDeclarationSyntax>())
        {
            foreach (var attribute in field.AttributeLists.SelectMany(list => list.Attributes))
            {
                if (context.SemanticModel.GetTypeInfo(attribute, context.CancellationToken).Type?.ToDisplayString() is not { } attributeType
                    || !IsParagraphAttribute(attributeType))
                {
                    continue;
                }

                foreach (var variable in field.Declaration.Variables)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DescriptorMap.For(DeclarationDiagnostics.MemberOutsideDeclaration),
                        variable.Identifier.GetLocation(),
                        string.Format(System.Globalization.CultureInfo.InvariantCulture, DeclarationDiagnostics.MemberOutsideDeclaration.MessageFormat,
                            variable.Identifier.ValueText, ShortName(attributeType), type.Name, declaring)));
                }
            }
        }
    }

    private static bool HasAttributedMember(ClassDeclarationSyntax declaration) =>
        declaration.Members.OfType<FieldDeclarationSyntax>().Any(field => field.AttributeLists.Count > 0);

    private static bool IsParagraphAttribute(string name) =>
        name is AuthoringNames.Preambular or AuthoringNames.Operative or AuthoringNames.Subparagraph or AuthoringNames.Footnote;

    private static string ShortName(string metadataName)
    {
        var name = metadataName.Substring(metadataName.LastIndexOf('.') + 1);
        return name.EndsWith("Attribute", StringComparison.Ordinal) ? name.Substring(0, name.Length - "Attribute".Length) : name;
    }

    private static Diagnostic Create(DraftingDiagnostic finding, ClassDeclarationSyntax declaration)
    {
        var tree = declaration.SyntaxTree;
        var length = tree.Length;
        var span = finding.Span;
        var location = span.IsKnown && span.Path == tree.FilePath && span.Start >= 0 && span.End <= length
            ? Location.Create(tree, new TextSpan(span.Start, span.Length))
            : declaration.Identifier.GetLocation();
        return Diagnostic.Create(DescriptorMap.For(finding.Descriptor), location, FixProperty.Of(finding), finding.Message);
    }
}

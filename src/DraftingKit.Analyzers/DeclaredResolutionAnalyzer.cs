using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using DraftingKit.Analyzers.Declarations;
using DraftingKit.Declarations;
using DraftingKit.Diagnostics;
using Microsoft.CodeAnalysis;
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
            return;
        }

        DeclaredResolution? declared = null;
        try
        {
            declared = DeclaredResolutionReader.Read(declaration, context.SemanticModel, context.CancellationToken);
            if (declared is null)
            {
                return;
            }

            var options = DraftingRulesAnalyzer.ReadOptions(context.Options.AnalyzerConfigOptionsProvider.GetOptions(declaration.SyntaxTree));
            foreach (var finding in DeclaredResolutionLinter.Lint(declared, options, catalog.Value.Catalog))
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

    private static Diagnostic Create(DraftingDiagnostic finding, ClassDeclarationSyntax declaration)
    {
        var tree = declaration.SyntaxTree;
        var length = tree.Length;
        var span = finding.Span;
        var location = span.IsKnown && span.Path == tree.FilePath && span.Start >= 0 && span.End <= length
            ? Location.Create(tree, new TextSpan(span.Start, span.Length))
            : declaration.Identifier.GetLocation();
        var properties = finding.HasFix
            ? ImmutableDictionary<string, string?>.Empty.Add(FixProperty.Key, FixProperty.Encode(finding.Fix))
            : ImmutableDictionary<string, string?>.Empty;
        return Diagnostic.Create(DescriptorMap.For(finding.Descriptor), location, properties, finding.Message);
    }
}

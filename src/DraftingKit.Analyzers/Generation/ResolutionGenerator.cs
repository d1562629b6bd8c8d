using System.Globalization;
using System.Threading;
using DraftingKit.Diagnostics;
using DraftingKit.Model;
using Microsoft.CodeAnalysis.Text;

namespace DraftingKit.Analyzers.Generation;

/// <summary>
/// Turns every <c>*.res.md</c> AdditionalFile into a class under <c>&lt;RootNamespace&gt;.Resolutions</c> that
/// holds the text in UN format as a constant and the document model as a static property
/// (<see cref="ResolutionSourceWriter"/>), and adds the same members to every partial class declared with
/// <c>[Resolution]</c> or <c>[Decision]</c> (found with <c>ForAttributeWithMetadataName</c>). Incremental: each step's output is a value with equality (strings,
/// the engine's equatable model, <see cref="SourceSpan"/>), so that editing one template regenerates only that
/// template. It reports only what stops it from generating (DK0902, DK0903), on a branch of its own; drafting
/// findings are the analyzer's. It never throws: a failure becomes DK0902 naming the file.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ResolutionGenerator : IIncrementalGenerator
{

    private readonly Action<string>? fault;

    /// <summary>Creates the generator, as the compiler does.</summary>
    public ResolutionGenerator()
    {
    }

    /// <summary>A generator that calls <paramref name="fault"/> with each template's path before reading it, so that tests can make it fail.</summary>
    internal ResolutionGenerator(Action<string> fault) => this.fault = fault;

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var settings = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => GeneratorSettings.From(options.GlobalOptions))
            .WithTrackingName(TrackingNames.Settings);

        // Whether the project references the runtime library: without it the model property would not compile,
        // so only the text is generated (a consumer of the analyzer project alone, for example).
        var runtime = context.CompilationProvider
            .Select(static (compilation, _) => RuntimeSupport.Of(compilation))
            .WithTrackingName(TrackingNames.Runtime);

        var templates = context.AdditionalTextsProvider
            .Where(static file => global::DraftingKit.Templates.TemplateFile.IsTemplate(file.Path))
            .Select(static (file, cancellationToken) => new TemplateFile(file.Path, ReadText(file, cancellationToken)))
            .WithTrackingName(TrackingNames.TemplateFiles);

        var fault = this.fault;
        var fromTemplates = templates
            .Combine(settings)
            .Where(static pair => pair.Right.Enabled)
            .Select((pair, cancellationToken) => ResolutionModelBuilder.Build(pair.Left, pair.Right, fault, cancellationToken))
            .WithTrackingName(TrackingNames.Resolutions);

        // Resolutions and decisions declared in C#: the generated part joins the drafter's partial class.
        var fromDeclarations = Declared(context, Declarations.AuthoringNames.Resolution).Collect()
            .Combine(Declared(context, Declarations.AuthoringNames.Decision).Collect())
            .SelectMany(static (pair, _) => pair.Left.AddRange(pair.Right))
            .Combine(settings)
            .Where(static pair => pair.Right.Enabled)
            .Select((pair, cancellationToken) => DeclaredModelBuilder.Build(pair.Left, pair.Right, fault, cancellationToken))
            .WithTrackingName(TrackingNames.DeclaredResolutions);

        var resolutions = fromTemplates.Collect()
            .Combine(fromDeclarations.Collect())
            .SelectMany(static (pair, _) => pair.Left.AddRange(pair.Right));

        var clashes = resolutions
            .Where(static model => model.Problem is null)
            .Select(static (model, _) => (model.Path, model.Namespace, model.ClassName, model.HintName))
            .Collect()
            .Select(static (names, _) => NameClashes.Find(names))
            .WithTrackingName(TrackingNames.NameClashes);

        var sources = resolutions
            .Combine(clashes)
            .Combine(runtime)
            .Select(static (input, _) => Emit(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.GeneratedSources);

        context.RegisterSourceOutput(sources, static (output, source) =>
        {
            if (source.Text is not { } text)
            {
                return;
            }

            try
            {
                output.AddSource(source.HintName, SourceText.From(text, System.Text.Encoding.UTF8));
            }
            catch (ArgumentException exception)
            {
                // A hint name the compiler refuses must not become CS8785, which would drop every generated file.
                Report(output, new GenerationProblem(HostDiagnostics.GenerationFailure.Id, EquatableArray.Create(source.HintName, exception.Message), SourceSpan.None));
            }
        });

        // The "cannot generate" branch: problems of reading or emitting, and name clashes.
        var problems = sources
            .Select(static (source, _) => source.Problem)
            .Where(static problem => problem is not null)
            .WithTrackingName(TrackingNames.Problems);
        context.RegisterSourceOutput(problems, static (output, problem) => Report(output, problem!));
        context.RegisterSourceOutput(clashes, static (output, found) =>
        {
            foreach (var clash in found)
            {
                Report(output, clash);
            }
        });
    }

    private static IncrementalValuesProvider<DeclaredInput> Declared(IncrementalGeneratorInitializationContext context, string attribute) =>
        context.SyntaxProvider
            .ForAttributeWithMetadataName(
                attribute,
                static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax,
                static (syntax, cancellationToken) => DeclaredInput.Read(syntax, cancellationToken))
            .Where(static input => input is not null)
            .Select(static (input, _) => input!)
            .WithTrackingName(TrackingNames.Declarations);

    private static string? ReadText(AdditionalText file, CancellationToken cancellationToken)
    {
        try
        {
            return file.GetText(cancellationToken)?.ToString();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return null;
        }
    }

    private static GeneratedSource Emit(ResolutionModel model, EquatableArray<GenerationProblem> clashes, RuntimeSupport runtime)
    {
        if (model.Problem is { } problem)
        {
            return new GeneratedSource(model.HintName, null, problem);
        }

        if (NameClashes.Involves(clashes, model.Path))
        {
            return new GeneratedSource(model.HintName, null, null);
        }

        try
        {
            return new GeneratedSource(model.HintName, ResolutionSourceWriter.Write(model, runtime), null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new GeneratedSource(model.HintName, null, new GenerationProblem(
                HostDiagnostics.GenerationFailure.Id,
                EquatableArray.Create(model.Path, exception.GetType().Name + ": " + exception.Message),
                new SourceSpan(model.Path, 0, 0, 1, 1, 1, 1)));
        }
    }

    private static void Report(SourceProductionContext output, GenerationProblem problem)
    {
        var descriptor = problem.DescriptorId == HostDiagnostics.GeneratedNameClash.Id ? HostDiagnostics.GeneratedNameClash : HostDiagnostics.GenerationFailure;
        var arguments = new object[problem.Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = problem.Arguments[i];
        }

        var message = string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, arguments);
        output.ReportDiagnostic(Diagnostic.Create(DescriptorMap.For(descriptor), LocationOf(problem.Span), message));
    }

    /// <summary>The Roslyn location of a span, built only when a diagnostic is reported.</summary>
    private static Location LocationOf(SourceSpan span)
    {
        var start = new LinePosition(Math.Max(0, span.Line - 1), Math.Max(0, span.Column - 1));
        var end = new LinePosition(Math.Max(0, span.EndLine - 1), Math.Max(0, span.EndColumn - 1));
        return Location.Create(span.Path, new TextSpan(Math.Max(0, span.Start), Math.Max(0, span.Length)), new LinePositionSpan(start, end < start ? start : end));
    }
}

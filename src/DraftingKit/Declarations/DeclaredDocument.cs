using DraftingKit.Diagnostics;
using DraftingKit.Model;
using DraftingKit.Templates;

namespace DraftingKit.Declarations;

/// <summary>
/// A C#-declared resolution as a document: the model every renderer takes, with its spans in the C# file on the
/// characters inside the string literals, and the template it was read through.
/// </summary>
/// <param name="Document">The document, its spans in the C# file.</param>
/// <param name="Template">The template text the declaration stands for (what <c>render --format md</c> would write).</param>
/// <param name="Diagnostics">What the reader found, on the C# file: the declaration's problems and the template reader's diagnostics.</param>
public sealed record DeclaredDocument(ResolutionDocument Document, string Template, IReadOnlyList<DraftingDiagnostic> Diagnostics);

/// <summary>Turns a <see cref="DeclaredResolution"/> into the engine's <see cref="ResolutionDocument"/>.</summary>
public static class DeclaredDocumentBuilder
{
    /// <summary>
    /// Builds the document of <paramref name="declaration"/>. It never throws on the declaration: what cannot be
    /// read is reported.
    /// </summary>
    public static DeclaredDocument Build(DeclaredResolution declaration)
    {
        var map = DeclaredTemplateWriter.Write(declaration);
        var template = map.Text;
        var read = TemplateReader.Read(declaration.Path, template);
        var document = SpanRewriter.Rewrite(read.Document, declaration.Path, map.MapSpan);
        var diagnostics = Problems(declaration);
        foreach (var diagnostic in read.Diagnostics)
        {
            diagnostics.Add(DeclarationMessages.Reword(map.Map(diagnostic), declaration.Kind));
        }

        return new DeclaredDocument(document, template, diagnostics);
    }

    /// <summary>The problems the declaration reader recorded, as diagnostics.</summary>
    internal static List<DraftingDiagnostic> Problems(DeclaredResolution declaration)
    {
        var diagnostics = new List<DraftingDiagnostic>();
        foreach (var problem in declaration.Problems)
        {
            if (DeclarationDiagnostics.Find(problem.Id) is { } descriptor)
            {
                var arguments = new object[problem.Arguments.Count];
                for (var i = 0; i < arguments.Length; i++)
                {
                    arguments[i] = problem.Arguments[i];
                }

                diagnostics.Add(DraftingDiagnostic.Create(descriptor, problem.Span, arguments));
            }
        }

        return diagnostics;
    }
}

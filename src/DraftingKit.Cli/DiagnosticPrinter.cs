using DraftingKit.Diagnostics;

namespace DraftingKit.Cli;

/// <summary>Prints diagnostics as compilers do: <c>path(line,col): error DK0001: message</c>.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(TextWriter writer, IEnumerable<DraftingDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity != DraftingSeverity.Hidden)
            {
                writer.WriteLine(diagnostic.ToString());
            }
        }
    }
}

using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace DraftingKit.Analyzers.Tests.Generation;

/// <summary>
/// Walks a value of a generator step (its fields, recursively, through collections and tuples) and fails when it
/// meets a Roslyn object: a symbol, syntax node or tree, compilation, semantic model, location, diagnostic or
/// additional text. Such objects keep whole compilations alive and defeat caching.
/// </summary>
internal static class RoslynObjectWalker
{
    private static readonly Type[] Forbidden =
    {
        typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Compilation), typeof(SemanticModel),
        typeof(Location), typeof(Diagnostic), typeof(AdditionalText), typeof(SyntaxToken), typeof(SyntaxTrivia),
    };

    /// <summary>Fails on a Roslyn object inside <paramref name="value"/>; returns the number of objects visited.</summary>
    public static int AssertNone(object? value, string step)
    {
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        return Walk(value, step, visited, depth: 0);
    }

    private static int Walk(object? value, string path, HashSet<object> visited, int depth)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || depth > 200)
        {
            return 1;
        }

        var type = value.GetType();
        foreach (var forbidden in Forbidden)
        {
            Assert.False(forbidden.IsAssignableFrom(type), $"{path} holds a {type.FullName}");
        }

        if (!type.IsValueType && !visited.Add(value))
        {
            return 0;
        }

        var count = 1;
        if (value is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                count += Walk(item, $"{path}[{index++}]", visited, depth + 1);
            }

            return count;
        }

        if (value is ITuple tuple)
        {
            for (var i = 0; i < tuple.Length; i++)
            {
                count += Walk(tuple[i], $"{path}.Item{i + 1}", visited, depth + 1);
            }

            return count;
        }

        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                count += Walk(field.GetValue(value), $"{path}.{field.Name}", visited, depth + 1);
            }
        }

        return count;
    }
}

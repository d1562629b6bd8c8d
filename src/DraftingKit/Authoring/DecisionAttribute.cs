namespace DraftingKit.Authoring;

/// <summary>
/// Declares a decision in C#. Its operative paragraphs are lettered "(a)", "(b)" … under the formula
/// ("The Economic and Social Council:"); a decision of a single operative paragraph and no preamble runs on from
/// the formula ("The Economic and Social Council decides to …"), so its paragraph starts with the verb.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class DecisionAttribute : DraftingTextAttribute
{
}

namespace DraftingKit.Authoring;

/// <summary>
/// Declares a resolution in C#: a <c>partial class</c> whose string constants marked
/// <see cref="PreambularAttribute"/>, <see cref="OperativeAttribute"/>, <see cref="SubparagraphAttribute"/> and
/// <see cref="FootnoteAttribute"/> are its paragraphs, in declaration order.
/// </summary>
/// <example>
/// <code>
/// [Resolution(Symbol = "A/RES/74/177", Number = "74/177", Session = 74, Adopted = "2019-12-18",
///     Title = "Strengthening the United Nations crime prevention and criminal justice programme")]
/// public partial class CrimePrevention
/// {
///     [Preambular] const string Reaffirming = "*Reaffirming* its resolution 73/186 of 17 December 2018,";
///     [Operative] const string Requests = "*Requests* the Secretary-General to report on the implementation of the present resolution.";
/// }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ResolutionAttribute : DraftingTextAttribute
{
}

namespace FlawedDraft;

/// <summary>The project holds a draft resolution; the class only gives the compiler something to build.</summary>
internal static class Placeholder
{
}

namespace DraftingKit.Tests.Hostile;

/// <summary>The hostile tests, kept from running in parallel with each other (<see cref="HostileSettings.Collection"/>).</summary>
[CollectionDefinition(HostileSettings.Collection, DisableParallelization = true)]
public sealed class HostileCollection
{
}

namespace Registry.Data.Tests;

/// <summary>Test classes in this collection share one seeded database, built once.</summary>
[CollectionDefinition(Name)]
public sealed class SeededCollection : ICollectionFixture<SeededDatabase>
{
    public const string Name = "seeded database";
}

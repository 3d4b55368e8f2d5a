namespace Registry.Api.Hosting;

/// <summary>The <c>Seed</c> configuration section.</summary>
public sealed class SeedOptions
{
    /// <summary>Write the demo roster into an empty database at start-up. Regions are always loaded.</summary>
    public bool Demo { get; set; } = true;
}

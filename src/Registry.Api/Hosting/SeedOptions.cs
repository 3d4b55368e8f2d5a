namespace Registry.Api.Hosting;

/// <summary>The <c>Seed</c> configuration section.</summary>
public sealed class SeedOptions
{
    /// <summary>Write the demo roster into an empty database at start-up. Regions are always loaded.</summary>
    public bool Demo { get; set; } = true;

    /// <summary>
    /// Load every village (<c>seed/regions-full.csv.gz</c>, 665 thousand divisions) into an empty regions table instead
    /// of the default subset (113 thousand, every township and a sample of villages), as <c>generate</c> does.
    /// </summary>
    public bool FullRegions { get; set; }
}

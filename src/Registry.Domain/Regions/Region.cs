namespace Registry.Domain.Regions;

/// <summary>An administrative division (行政区划) by its statistical code; the hierarchy is the code prefix.</summary>
public class Region
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public RegionLevel Level { get; init; }
    public string? ParentCode { get; init; }
}

namespace Registry.Api.ExpertPools;

/// <summary>The command of <see cref="CreateExpertPool"/>.</summary>
public sealed class CreateExpertPoolInput
{
    public string? Name { get; set; }
    public string? RegionCode { get; set; }
    public DateOnly EstablishedOn { get; set; }
}

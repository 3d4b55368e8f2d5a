namespace Registry.Api.Subsidies;

/// <summary>The command of <see cref="CreateSubsidyClaim"/>.</summary>
public sealed class CreateSubsidyClaimInput
{
    public string? RegionCode { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
}

namespace Registry.Api.Subsidies;

/// <summary>The command of <see cref="SubmitSubsidyClaim"/> and <see cref="ApproveSubsidyClaim"/>.</summary>
public sealed class ClaimInput
{
    public string? ClaimId { get; set; }
}

namespace Registry.Api.Subsidies;

/// <summary>The command of <see cref="RejectSubsidyClaim"/>.</summary>
public sealed class RejectClaimInput
{
    public string? ClaimId { get; set; }
    public string? Reason { get; set; }
}

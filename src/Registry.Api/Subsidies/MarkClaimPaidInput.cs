namespace Registry.Api.Subsidies;

/// <summary>The command of <see cref="MarkSubsidyClaimPaid"/>.</summary>
public sealed class MarkClaimPaidInput
{
    public string? ClaimId { get; set; }
    public DateOnly PaidOn { get; set; }
    public string? PaymentReference { get; set; }
}

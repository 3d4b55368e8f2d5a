using Registry.Domain.Subsidies;

namespace Registry.Api.Subsidies;

public sealed class ClaimStatusType : EnumerationGraphType<ClaimStatus>
{
    public ClaimStatusType()
    {
        Name = "ClaimStatus";
        Description = "DRAFT → SUBMITTED → APPROVED → PAID, or REJECTED (from DRAFT or SUBMITTED), which frees the claim's cases.";
    }
}

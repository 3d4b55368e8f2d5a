using Registry.Domain.BrandStudios;
using Registry.Domain.Complaints;

namespace Registry.Api.Complaints;

/// <summary>The command of <see cref="RecordComplaint"/>.</summary>
public sealed class RecordComplaintInput
{
    public string? MediatorId { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public string? Summary { get; set; }
    public string? ReceivingRegionCode { get; set; }
}

/// <summary>The command of <see cref="ResolveComplaint"/>.</summary>
public sealed class ResolveComplaintInput
{
    public string? ComplaintId { get; set; }
    public ComplaintOutcome Outcome { get; set; }
    public DateOnly ResolvedOn { get; set; }
    public int? Version { get; set; }
}

/// <summary>The command of <see cref="RecordCommendation"/>.</summary>
public sealed class RecordCommendationInput
{
    public string? MediatorId { get; set; }
    public string? CommitteeId { get; set; }
    public string? Title { get; set; }
    public NamingLevel Level { get; set; }
    public DateOnly AwardedOn { get; set; }
    public string? AwardedBy { get; set; }
    public string? AwardingRegionCode { get; set; }
}

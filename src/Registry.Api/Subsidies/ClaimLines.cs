using Registry.Data.Reports.Subsidies;
using Registry.Domain.Subsidies;

namespace Registry.Api.Subsidies;

/// <summary>A claim's frozen lines as statement lines, so one graph type and one export serve both.</summary>
public static class ClaimLines
{
    public static IQueryable<SubsidyClaimLine> Of(RegistryDbContext db, long claimId, bool? payable)
    {
        var lines = db.SubsidyClaimLines.AsNoTracking().Where(l => l.ClaimId == claimId);
        return payable switch { true => lines.Where(l => l.AmountFen > 0), false => lines.Where(l => l.AmountFen == 0), null => lines };
    }

    public static async Task<List<SubsidyLineRow>> PageAsync(RegistryDbContext db, long claimId, bool? payable, long? after, int limit, CancellationToken ct)
    {
        var key = after ?? -1;
        var rows = await Of(db, claimId, payable).Where(l => l.LineKey > key).OrderBy(l => l.LineKey).Take(limit).ToListAsync(ct);
        return rows.Select(Row).ToList();
    }

    public static Task<int> CountAsync(RegistryDbContext db, long claimId, bool? payable, CancellationToken ct) => Of(db, claimId, payable).CountAsync(ct);

    public static SubsidyLineRow Row(SubsidyClaimLine l) => new(l.LineKey, l.CaseId, l.MediatorId, l.IsLead, l.CommitteeId, l.RegionCode, l.PolicyId,
        l.ExternalNumber, l.Difficulty, l.Outcome, l.ClosedOn, l.EnteredOn, l.FollowUpOn, l.LevelName, l.LeadCertified, l.ShareNumerator,
        l.ShareDenominator, l.BaseFen, l.CoefficientPermille, l.PersonPercent, l.AmountBeforeCapFen, l.AmountFen, l.Reason, 0);
}

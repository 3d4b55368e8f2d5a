using Registry.Api.Regions;
using Registry.Api.UseCases;
using Registry.Data.Querying;
using Registry.Domain.Access;
using Registry.Domain.Staffing;

namespace Registry.Api.Staffing;

/// <summary>
/// Adds a version of a region's staffing policy. The region's row is locked first, so two new versions cannot both pass
/// the overlap check; an open-ended earlier version ends the day before this one starts.
/// </summary>
public sealed class SetStaffingPolicy : IUseCase<SetStaffingPolicyInput, StaffingPolicy>
{
    public Permission Permission => Permission.ManagePolicies;

    public async Task<StaffingPolicy> HandleAsync(SetStaffingPolicyInput input, UseCaseContext context, CancellationToken ct)
    {
        var policy = StaffingPolicy.Create(input.ToDetails());
        await context.Db.RequireRegionAsync(policy.RegionCode, "regionCode", ct);
        context.RequireCovers(policy.RegionCode, "regionCode");
        await context.Db.LockRegionAsync(policy.RegionCode, ct);
        var versions = await context.Db.StaffingPolicies.Where(p => p.RegionCode == policy.RegionCode).ToListAsync(ct);
        policy.Supersede(versions);
        policy.CheckNoOverlap(versions);
        context.Db.StaffingPolicies.Add(policy);
        return policy;
    }
}

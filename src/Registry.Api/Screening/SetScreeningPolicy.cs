using Registry.Api.Regions;
using Registry.Api.UseCases;
using Registry.Data.Querying;
using Registry.Domain.Access;
using Registry.Domain.Screening;

namespace Registry.Api.Screening;

/// <summary>
/// Adds a version of a region's screening policy: an open-ended earlier version ends the day before it starts; any
/// other overlap is refused. Earlier versions stay, so past reports keep their answers.
/// </summary>
public sealed class SetScreeningPolicy : IUseCase<SetScreeningPolicyInput, ScreeningPolicy>
{
    public Permission Permission => Permission.ManagePolicies;

    public async Task<ScreeningPolicy> HandleAsync(SetScreeningPolicyInput input, UseCaseContext context, CancellationToken ct)
    {
        var policy = ScreeningPolicy.Create(input.ToDetails());
        await context.Db.RequireRegionAsync(policy.RegionCode, "regionCode", ct);
        context.RequireCovers(policy.RegionCode, "regionCode");
        await context.Db.LockRegionAsync(policy.RegionCode, ct);
        var versions = await context.Db.ScreeningPolicies.Where(p => p.RegionCode == policy.RegionCode).ToListAsync(ct);
        policy.Supersede(versions);
        policy.CheckNoOverlap(versions);
        context.Db.ScreeningPolicies.Add(policy);
        return policy;
    }
}

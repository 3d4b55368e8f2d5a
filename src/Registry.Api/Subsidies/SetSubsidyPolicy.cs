using Registry.Api.Regions;
using Registry.Api.UseCases;
using Registry.Data.Querying;
using Registry.Domain.Access;
using Registry.Domain.Subsidies;

namespace Registry.Api.Subsidies;

/// <summary>
/// Adds a version of a region's subsidy policy: an open-ended earlier version ends the day before it starts; any other
/// overlap is refused. A bureau's (ManagePolicies): the justice bureau sets the standard with the finance department
/// (seed 003: 各级司法行政机关要主动商同级财政部门，明确本地区的…补贴标准), and finance staff then claim under it.
/// </summary>
public sealed class SetSubsidyPolicy : IUseCase<SetSubsidyPolicyInput, SubsidyPolicy>
{
    public Permission Permission => Permission.ManagePolicies;

    public async Task<SubsidyPolicy> HandleAsync(SetSubsidyPolicyInput input, UseCaseContext context, CancellationToken ct)
    {
        var policy = SubsidyPolicy.Create(input.ToDetails());
        await context.Db.RequireRegionAsync(policy.RegionCode, "regionCode", ct);
        context.RequireCovers(policy.RegionCode, "regionCode");
        await context.Db.LockRegionAsync(policy.RegionCode, ct);
        var versions = await context.Db.SubsidyPolicies.Where(p => p.RegionCode == policy.RegionCode).ToListAsync(ct);
        policy.Supersede(versions);
        policy.CheckNoOverlap(versions);
        context.Db.SubsidyPolicies.Add(policy);
        return policy;
    }
}

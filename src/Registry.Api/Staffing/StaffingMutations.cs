using Registry.Api.Access;
using Registry.Api.Regions;
using Registry.Domain.Access;
using Registry.Api.Schema;
using Registry.Api.Schema.Mutations;
using Registry.Data.Querying;
using Registry.Domain.Staffing;

namespace Registry.Api.Staffing;

public sealed class StaffingMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<SetStaffingPolicyPayloadType>>("setStaffingPolicy").Requires(Permission.ManagePolicies)
            .Description("Adds a version of a region's staffing policy. An open-ended earlier version of the same region ends the day before " +
                         "this one starts; any other overlap is refused. Earlier versions stay, so past reports keep their answers.")
            .Argument<NonNullGraphType<SetStaffingPolicyInputType>>("input")
            .ResolveAsync(async ctx => await ctx.RunAsync(async (db, ct) =>
            {
                var input = ctx.GetArgument<SetStaffingPolicyInput>("input");
                var policy = StaffingPolicy.Create(input.ToDetails());
                await db.RequireRegionAsync(policy.RegionCode, "regionCode", ct);
                ctx.Caller().RequireCovers(policy.RegionCode, "regionCode");
                await db.LockRegionAsync(policy.RegionCode, ct);
                var versions = await db.StaffingPolicies.Where(p => p.RegionCode == policy.RegionCode).ToListAsync(ct);
                policy.Supersede(versions);
                policy.CheckNoOverlap(versions);
                db.StaffingPolicies.Add(policy);
                return policy;
            }));
}

public sealed class SetStaffingPolicyPayloadType() : PayloadType<StaffingPolicyType, StaffingPolicy>("SetStaffingPolicyPayload", "staffingPolicy");

using Registry.Api.Regions;
using Registry.Api.Schema;
using Registry.Api.Schema.Mutations;
using Registry.Data.Querying;
using Registry.Domain.Staffing;

namespace Registry.Api.Staffing;

public sealed class StaffingMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<SetStaffingPolicyPayloadType>>("setStaffingPolicy")
            .Description("Adds a version of a region's staffing policy. Its period must not overlap another version of the same region; " +
                         "end the previous one first. Earlier versions stay, so past reports keep their answers.")
            .Argument<NonNullGraphType<SetStaffingPolicyInputType>>("input")
            .ResolveAsync(async ctx => await ctx.RunAsync(async (db, ct) =>
            {
                var input = ctx.GetArgument<SetStaffingPolicyInput>("input");
                var policy = StaffingPolicy.Create(input.ToDetails());
                await db.RequireRegionAsync(policy.RegionCode, "regionCode", ct);
                await db.LockRegionAsync(policy.RegionCode, ct);
                policy.CheckNoOverlap(await db.StaffingPolicies.Where(p => p.RegionCode == policy.RegionCode).ToListAsync(ct));
                db.StaffingPolicies.Add(policy);
                return policy;
            }));
}

public sealed class SetStaffingPolicyPayloadType() : PayloadType<StaffingPolicyType, StaffingPolicy>("SetStaffingPolicyPayload", "staffingPolicy");

using Registry.Api.Access;
using Registry.Api.Schema;
using Registry.Api.UseCases;
using Registry.Domain.Access;

namespace Registry.Api.Staffing;

public sealed class StaffingMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<SetStaffingPolicyPayloadType>>("setStaffingPolicy").Requires(Permission.ManagePolicies)
            .Description("Adds a version of a region's staffing policy. An open-ended earlier version of the same region ends the day before " +
                         "this one starts; any other overlap is refused. Earlier versions stay, so past reports keep their answers.")
            .Argument<NonNullGraphType<SetStaffingPolicyInputType>>("input")
            .ResolveAsync(ctx => ctx.RunAsync(ctx.Service<SetStaffingPolicy>(), ctx.Input<SetStaffingPolicyInput>()));
}

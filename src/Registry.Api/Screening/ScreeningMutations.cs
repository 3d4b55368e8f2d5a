using Registry.Api.Access;
using Registry.Api.Schema;
using Registry.Api.UseCases;
using Registry.Domain.Access;

namespace Registry.Api.Screening;

public sealed class ScreeningMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SetScreeningPolicyPayloadType>>("setScreeningPolicy").Requires(Permission.ManagePolicies)
            .Description("Adds a version of a region's screening policy; an open-ended earlier version ends the day before it starts.")
            .Argument<NonNullGraphType<SetScreeningPolicyInputType>>("input")
            .ResolveAsync(ctx => ctx.RunAsync(ctx.Service<SetScreeningPolicy>(), ctx.Input<SetScreeningPolicyInput>()));

        mutation.Field<NonNullGraphType<RecordScreeningPayloadType>>("recordScreening").Requires(Permission.RecordScreening)
            .Description("Records a committee's screening round and opens a ledger item for each thing found. The same committee, day and kind twice is refused (DUPLICATE).")
            .Argument<NonNullGraphType<RecordScreeningInputType>>("input")
            .ResolveAsync(ctx => ctx.RunAsync(ctx.Service<RecordScreening>(), ctx.Input<RecordScreeningInput>()));

        mutation.Field<NonNullGraphType<UpdateRiskItemPayloadType>>("updateRiskItem").Requires(Permission.RecordScreening)
            .Description("Moves a ledger item to its next status on a day (RESOLVED and REFERRED close it); may link the case it became.")
            .Argument<NonNullGraphType<UpdateRiskItemInputType>>("input")
            .ResolveAsync(ctx => ctx.RunAsync(ctx.Service<UpdateRiskItem>(), ctx.Input<UpdateRiskItemInput>()));

        mutation.Field<NonNullGraphType<RegisterInformantPayloadType>>("registerInformant").Requires(Permission.RecordScreening)
            .Description("Puts an information officer or volunteer (信息员, 志愿者) on a committee's roster for a term.")
            .Argument<NonNullGraphType<RegisterInformantInputType>>("input")
            .ResolveAsync(ctx => ctx.RunAsync(ctx.Service<RegisterInformant>(), ctx.Input<RegisterInformantInput>()));
    }
}

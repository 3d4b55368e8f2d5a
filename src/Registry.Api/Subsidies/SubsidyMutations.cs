using Registry.Api.Access;
using Registry.Api.Schema;
using Registry.Api.UseCases;
using Registry.Domain.Access;

namespace Registry.Api.Subsidies;

public sealed class SubsidyMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SetSubsidyPolicyPayloadType>>("setSubsidyPolicy").Requires(Permission.ManagePolicies)
            .Description("Adds a version of a region's subsidy policy; an open-ended earlier version ends the day before it starts.")
            .Argument<NonNullGraphType<SetSubsidyPolicyInputType>>("input")
            .ResolveAsync(ctx => ctx.RunAsync(ctx.Service<SetSubsidyPolicy>(), ctx.Input<SetSubsidyPolicyInput>()));

        mutation.Field<NonNullGraphType<CreateSubsidyClaimPayloadType>>("createSubsidyClaim").Requires(Permission.PrepareSubsidyClaims)
            .Description("Creates a DRAFT claim with the statement frozen into it. Overlapping a live claim of the region: OVERLAP; a case taken by another claim at the same moment: CONFLICT.")
            .Argument<NonNullGraphType<CreateSubsidyClaimInputType>>("input")
            .ResolveAsync(ctx => ctx.RunAsync(ctx.Service<CreateSubsidyClaim>(), ctx.Input<CreateSubsidyClaimInput>()));

        mutation.Field<NonNullGraphType<SubsidyClaimPayloadType>>("submitSubsidyClaim").Requires(Permission.PrepareSubsidyClaims)
            .Description("Submits a DRAFT claim for approval.")
            .Argument<NonNullGraphType<ClaimInputType>>("input")
            .ResolveAsync(ctx => ctx.RunAsync(ctx.Service<SubmitSubsidyClaim>(), ctx.Input<ClaimInput>()));

        mutation.Field<NonNullGraphType<SubsidyClaimPayloadType>>("approveSubsidyClaim").Requires(Permission.ApproveSubsidyClaims)
            .Description("Approves a SUBMITTED claim; never by the user who submitted it (SAME_PERSON).")
            .Argument<NonNullGraphType<ClaimInputType>>("input")
            .ResolveAsync(ctx => ctx.RunAsync(ctx.Service<ApproveSubsidyClaim>(), ctx.Input<ClaimInput>()));

        mutation.Field<NonNullGraphType<SubsidyClaimPayloadType>>("rejectSubsidyClaim").Requires(Permission.ApproveSubsidyClaims)
            .Description("Rejects a DRAFT or SUBMITTED claim with a reason; its cases may be claimed again.")
            .Argument<NonNullGraphType<RejectClaimInputType>>("input")
            .ResolveAsync(ctx => ctx.RunAsync(ctx.Service<RejectSubsidyClaim>(), ctx.Input<RejectClaimInput>()));

        mutation.Field<NonNullGraphType<SubsidyClaimPayloadType>>("markSubsidyClaimPaid").Requires(Permission.PrepareSubsidyClaims)
            .Description("Records the payment of an APPROVED claim: the day and the payment's reference.")
            .Argument<NonNullGraphType<MarkClaimPaidInputType>>("input")
            .ResolveAsync(ctx => ctx.RunAsync(ctx.Service<MarkSubsidyClaimPaid>(), ctx.Input<MarkClaimPaidInput>()));
    }
}

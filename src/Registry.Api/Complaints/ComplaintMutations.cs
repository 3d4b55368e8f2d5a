using Registry.Api.Access;
using Registry.Api.Schema;
using Registry.Api.Schema.Mutations;
using Registry.Api.UseCases;
using Registry.Domain.Access;
using Registry.Domain.Commendations;
using Registry.Domain.Complaints;

namespace Registry.Api.Complaints;

public sealed class ComplaintMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<RecordComplaintPayloadType>>("recordComplaint").Requires(Permission.ManageGrading)
            .Description("Records a complaint against a mediator.")
            .Argument<NonNullGraphType<RecordComplaintInputType>>("input")
            .ResolveAsync(ctx => ctx.RunAsync(ctx.Service<RecordComplaint>(), ctx.Input<RecordComplaintInput>()));
        mutation.Field<NonNullGraphType<ResolveComplaintPayloadType>>("resolveComplaint").Requires(Permission.ManageGrading)
            .Description("Resolves a complaint once, UPHELD or DISMISSED.")
            .Argument<NonNullGraphType<ResolveComplaintInputType>>("input")
            .ResolveAsync(ctx => ctx.RunAsync(ctx.Service<ResolveComplaint>(), ctx.Input<ResolveComplaintInput>()));
        mutation.Field<NonNullGraphType<RecordCommendationPayloadType>>("recordCommendation").Requires(Permission.ManageGrading)
            .Description("Records a commendation of a mediator or a committee.")
            .Argument<NonNullGraphType<RecordCommendationInputType>>("input")
            .ResolveAsync(ctx => ctx.RunAsync(ctx.Service<RecordCommendation>(), ctx.Input<RecordCommendationInput>()));
    }
}

public sealed class RecordComplaintPayloadType() : PayloadType<ComplaintType, Complaint>("RecordComplaintPayload", "complaint");

public sealed class ResolveComplaintPayloadType() : PayloadType<ComplaintType, Complaint>("ResolveComplaintPayload", "complaint");

public sealed class RecordCommendationPayloadType() : PayloadType<CommendationType, Commendation>("RecordCommendationPayload", "commendation");

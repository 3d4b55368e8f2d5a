using Registry.Domain.Access;
using Registry.Api.Access;
using Registry.Api.Schema;
using Registry.Api.Schema.Mutations;
using Registry.Domain.Mediators;

namespace Registry.Api.Mediators;

public sealed class MediatorMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<RegisterMediatorPayloadType>>("registerMediator").Requires(Permission.ManageRoster)
            .Description("Registers a person as a mediator; appoint them to a committee with appointMediator.")
            .Argument<NonNullGraphType<RegisterMediatorInputType>>("input")
            .ResolveAsync(async ctx => await ctx.RunAsync(async (db, ct) =>
            {
                var mediator = Mediator.Register(ctx.GetArgument<RegisterMediatorInput>("input").ToDetails(), ctx.Today());
                await db.EnsureIdNumberFreeAsync(mediator, ct);
                db.Mediators.Add(mediator);
                return mediator;
            }));

        mutation.Field<NonNullGraphType<UpdateMediatorPayloadType>>("updateMediator").Requires(Permission.ManageRoster)
            .Description("Changes a mediator's details; omitted fields keep their values.")
            .Argument<NonNullGraphType<UpdateMediatorInputType>>("input")
            .ResolveAsync(async ctx => await ctx.RunAsync(async (db, ct) =>
            {
                var input = InputFields.Of(ctx);
                var mediator = await db.FindMediatorAsync(input.Get<string?>("mediatorId", null), ct);
                await db.RequireCallerServesAsync(ctx.Caller(), mediator.Id, ct);
                VersionCheck.Expect(mediator, input.Get<int?>("version", null));
                mediator.Update(new MediatorDetails(
                    input.Get("name", mediator.Name),
                    input.Get("gender", mediator.Gender),
                    input.Get("birthDate", mediator.BirthDate),
                    input.Get("idNumber", mediator.IdNumber),
                    input.Get("phone", mediator.Phone),
                    input.Get("education", mediator.Education),
                    input.Get("politicalStatus", mediator.PoliticalStatus),
                    input.Get("background", mediator.Background),
                    input.Get("ethnicity", mediator.Ethnicity)), ctx.Today());
                await db.EnsureIdNumberFreeAsync(mediator, ct);
                return mediator;
            }));
    }
}

using Registry.Api.Mediators;
using Registry.Api.Regions;
using Registry.Api.Schema.Loading;
using Registry.Api.Schema.Paging;
using Registry.Data.Reports.Training;
using Registry.Domain.Mediators;
using Registry.Domain.Training;

namespace Registry.Api.Training;

public sealed class TrainingShortfallType : ObjectGraphType<TrainingShortfall>
{
    public TrainingShortfallType()
    {
        Name = "TrainingShortfall";
        Description = "A mediator behind the year's requirement, and what they lack.";
        Field<NonNullGraphType<MediatorType>>("mediator").Resolve(ctx => ctx.LoadById<Mediator>(ctx.Source.MediatorId));
        Field<NonNullGraphType<FloatGraphType>>("hours").Description("Credited in the year.").Resolve(ctx => TrainingHours.ToHours(ctx.Source.Standing.Minutes));
        Field<NonNullGraphType<IntGraphType>>("practicalCount").Resolve(ctx => ctx.Source.Standing.PracticalCount);
        Field<NonNullGraphType<FloatGraphType>>("requiredHours").Resolve(ctx => TrainingHours.ToHours(ctx.Source.Standing.Requirement.MinMinutesPerYear));
        Field<NonNullGraphType<IntGraphType>>("requiredPracticalSessions").Resolve(ctx => ctx.Source.Standing.Requirement.MinPracticalSessionsPerYear);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingLackType>>>>("lacks").Resolve(ctx => ctx.Source.Standing.Lacks);
        Field<NonNullGraphType<StringGraphType>>("summary").Description("The lacks in one sentence, for people.")
            .Resolve(ctx => string.Join(" ", ctx.Source.Standing.Lacks.Select(l => l.Message)));
    }
}

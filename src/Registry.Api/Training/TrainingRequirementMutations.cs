using Registry.Api.Access;
using Registry.Api.Regions;
using Registry.Domain.Access;
using Registry.Api.Schema;
using Registry.Api.Schema.Mutations;
using Registry.Domain.Training;

namespace Registry.Api.Training;

public sealed class TrainingRequirementMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<SetTrainingRequirementPayloadType>>("setTrainingRequirement").Requires(Permission.ManagePolicies)
            .Description("Sets a region's training requirement from effectiveFrom: replaces the one starting that day, or adds one. Periods of one region must not overlap.")
            .Argument<NonNullGraphType<SetTrainingRequirementInputType>>("input")
            .ResolveAsync(async ctx => await ctx.RunAsync(async (db, ct) =>
            {
                var input = InputFields.Of(ctx);
                var details = new TrainingRequirementDetails(
                    input.Get<string?>("regionCode", null)?.Trim(), input.Get<string?>("title", null), input.Get<string?>("sourceDocument", null),
                    input.Get("effectiveFrom", DateOnly.MinValue), input.Get<DateOnly?>("effectiveTo", null),
                    Hours(input, "minHoursPerYear"), input.Get<int?>("minPracticalSessionsPerYear", null), Hours(input, "preServiceHours"),
                    input.Get<string?>("quote", null));
                await db.RequireRegionAsync(details.RegionCode, "regionCode", ct);
                ctx.Caller().RequireCovers(details.RegionCode!, "regionCode");
                var sameRegion = await db.TrainingRequirements.Where(r => r.RegionCode == details.RegionCode).ToListAsync(ct);
                var requirement = sameRegion.FirstOrDefault(r => r.EffectiveFrom == details.EffectiveFrom);
                if (requirement is null)
                {
                    requirement = TrainingRequirement.Create(details);
                    db.TrainingRequirements.Add(requirement);
                }
                else requirement.Update(details);
                requirement.CheckNoOverlap(sameRegion);
                return requirement;
            }));

    private static decimal? Hours(InputFields input, string name) => input.Get<double?>(name, null) is { } h ? (decimal)h : null;
}

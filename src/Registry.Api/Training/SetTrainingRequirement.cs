using Registry.Api.Regions;
using Registry.Api.UseCases;
using Registry.Domain.Access;
using Registry.Domain.Training;

namespace Registry.Api.Training;

/// <summary>
/// Sets a region's training requirement from its first day: replaces the one starting that day, or adds one. Periods
/// of one region must not overlap.
/// </summary>
public sealed class SetTrainingRequirement : IUseCase<SetTrainingRequirementInput, TrainingRequirement>
{
    public Permission Permission => Permission.ManagePolicies;

    public async Task<TrainingRequirement> HandleAsync(SetTrainingRequirementInput input, UseCaseContext context, CancellationToken ct)
    {
        var details = input.ToDetails();
        await context.Db.RequireRegionAsync(details.RegionCode, "regionCode", ct);
        context.RequireCovers(details.RegionCode!, "regionCode");
        var sameRegion = await context.Db.TrainingRequirements.Where(r => r.RegionCode == details.RegionCode).ToListAsync(ct);
        var requirement = sameRegion.FirstOrDefault(r => r.EffectiveFrom == details.EffectiveFrom);
        if (requirement is null)
        {
            requirement = TrainingRequirement.Create(details);
            context.Db.TrainingRequirements.Add(requirement);
        }
        else requirement.Update(details);
        requirement.CheckNoOverlap(sameRegion);
        return requirement;
    }
}

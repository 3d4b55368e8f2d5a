using Registry.Api.Regions;
using Registry.Api.UseCases;
using Registry.Data.Querying;
using Registry.Domain.Access;
using Registry.Domain.Grading;

namespace Registry.Api.Grading;

/// <summary>
/// Adds a version of a region's grade ladder. An open-ended earlier version ends the day before this one starts; any
/// other overlap is refused, so resolution never has two equally specific answers.
/// </summary>
public sealed class SetGradeLadder : IUseCase<SetGradeLadderInput, GradeLadder>
{
    public Permission Permission => Permission.ManageGrading;

    public async Task<GradeLadder> HandleAsync(SetGradeLadderInput input, UseCaseContext context, CancellationToken ct)
    {
        var ladder = GradeLadder.Create(input.ToDetails());
        if (ladder.RegionCode != GradeLadder.National)
        {
            await context.Db.RequireRegionAsync(ladder.RegionCode, "regionCode", ct);
            await context.Db.LockRegionAsync(ladder.RegionCode, ct);
        }
        context.RequireCovers(ladder.RegionCode, "regionCode");
        var versions = await context.Db.GradeLadders.Where(l => l.RegionCode == ladder.RegionCode).ToListAsync(ct);
        ladder.Supersede(versions);
        ladder.CheckNoOverlap(versions);
        context.Db.GradeLadders.Add(ladder);
        return ladder;
    }
}

using Registry.Api.Regions;
using Registry.Api.UseCases;
using Registry.Domain.Access;
using Registry.Domain.ExpertPools;

namespace Registry.Api.ExpertPools;

/// <summary>Creates the expert pool (调解专家库) of a prefecture or county in the caller's jurisdiction.</summary>
public sealed class CreateExpertPool : IUseCase<CreateExpertPoolInput, ExpertPool>
{
    public Permission Permission => Permission.ManageRoster;

    public async Task<ExpertPool> HandleAsync(CreateExpertPoolInput input, UseCaseContext context, CancellationToken ct)
    {
        var pool = ExpertPool.Create(input.Name, input.RegionCode?.Trim(), input.EstablishedOn);
        await context.Db.RequireRegionAsync(pool.RegionCode, "regionCode", ct);
        context.RequireCovers(pool.RegionCode, "regionCode");
        context.Db.ExpertPools.Add(pool);
        return pool;
    }
}

using Registry.Api.Schema;
using Registry.Api.UseCases;
using Registry.Domain.Access;
using Registry.Domain.ExpertPools;

namespace Registry.Api.ExpertPools;

/// <summary>Adds an expert to a pool of the caller's jurisdiction for a term.</summary>
public sealed class AddExpert : IUseCase<AddExpertInput, Expert>
{
    public Permission Permission => Permission.ManageRoster;

    public async Task<Expert> HandleAsync(AddExpertInput input, UseCaseContext context, CancellationToken ct)
    {
        var pool = await context.Db.FindByGlobalIdAsync<ExpertPool>(input.ExpertPoolId, "ExpertPool", "expertPoolId", ct);
        context.RequireCovers(pool.RegionCode, "expertPoolId");
        var expert = Expert.Add(pool, input.Name, input.Discipline, input.Profession, input.Organisation, input.TermStart, input.TermEnd);
        context.Db.Experts.Add(expert);
        return expert;
    }
}

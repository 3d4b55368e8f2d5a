using Registry.Api.Regions;
using Registry.Api.UseCases;
using Registry.Domain.Access;
using Registry.Domain.Committees;

namespace Registry.Api.Committees;

/// <summary>Registers a committee in a region of the caller's jurisdiction.</summary>
public sealed class CreateCommittee : IUseCase<CreateCommitteeInput, Committee>
{
    public Permission Permission => Permission.ManageRoster;

    public async Task<Committee> HandleAsync(CreateCommitteeInput input, UseCaseContext context, CancellationToken ct)
    {
        var committee = Committee.Create(input.ToDetails(), context.Today);
        await context.Db.RequireRegionAsync(committee.RegionCode, "regionCode", ct);
        context.RequireCovers(committee.RegionCode, "regionCode");
        context.Db.Committees.Add(committee);
        return committee;
    }
}

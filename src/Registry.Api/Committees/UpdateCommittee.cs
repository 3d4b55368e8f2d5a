using Registry.Api.Regions;
using Registry.Api.UseCases;
using Registry.Domain.Access;
using Registry.Domain.Committees;

namespace Registry.Api.Committees;

/// <summary>Changes a committee's details from the version the caller read; a move must stay inside the jurisdiction.</summary>
public sealed class UpdateCommittee : IUseCase<UpdateCommitteeInput, Committee>
{
    public Permission Permission => Permission.ManageRoster;

    public async Task<Committee> HandleAsync(UpdateCommitteeInput input, UseCaseContext context, CancellationToken ct)
    {
        var committee = await context.Db.FindCommitteeAsync(input.CommitteeId, ct);
        context.RequireCovers(committee.RegionCode, "committeeId");
        UseCaseContext.ExpectVersion(committee, input.Version);
        var details = input.Over(committee);
        if (input.RegionCode.IsSet)
        {
            await context.Db.RequireRegionAsync(details.RegionCode, "regionCode", ct);
            context.RequireCovers(details.RegionCode!, "regionCode");
        }
        committee.Update(details, context.Today);
        return committee;
    }
}

using Registry.Api.UseCases;
using Registry.Domain.Access;
using Registry.Domain.Committees;

namespace Registry.Api.Committees;

/// <summary>Dissolves a committee (it is never deleted); its open appointments end the same day.</summary>
public sealed class DissolveCommittee : IUseCase<DissolveCommitteeInput, Committee>
{
    public Permission Permission => Permission.ManageRoster;

    public async Task<Committee> HandleAsync(DissolveCommitteeInput input, UseCaseContext context, CancellationToken ct)
    {
        var committee = await context.Db.FindCommitteeAsync(input.CommitteeId, ct);
        context.RequireCovers(committee.RegionCode, "committeeId");
        UseCaseContext.ExpectVersion(committee, input.Version);
        var appointments = await context.Db.Appointments.Where(a => a.CommitteeId == committee.Id).ToListAsync(ct);
        committee.Dissolve(input.DissolvedOn, appointments);
        return committee;
    }
}

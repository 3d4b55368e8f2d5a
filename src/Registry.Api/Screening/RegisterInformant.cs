using Registry.Api.Committees;
using Registry.Api.UseCases;
using Registry.Domain.Access;
using Registry.Domain.Screening;

namespace Registry.Api.Screening;

/// <summary>Puts an information officer or volunteer (信息员, 志愿者) on a committee's roster for a term.</summary>
public sealed class RegisterInformant : IUseCase<RegisterInformantInput, Informant>
{
    public Permission Permission => Permission.RecordScreening;

    public async Task<Informant> HandleAsync(RegisterInformantInput input, UseCaseContext context, CancellationToken ct)
    {
        var committee = await context.Db.FindCommitteeAsync(input.CommitteeId, ct);
        context.RequireCovers(committee.RegionCode, "committeeId");
        var informant = Informant.Register(committee, input.ToDetails());
        context.Db.Informants.Add(informant);
        return informant;
    }
}

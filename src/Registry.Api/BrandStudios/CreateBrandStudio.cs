using Registry.Api.Committees;
using Registry.Api.Mediators;
using Registry.Api.UseCases;
using Registry.Domain.Access;
using Registry.Domain.BrandStudios;

namespace Registry.Api.BrandStudios;

/// <summary>Records a named brand studio hosted by a committee of the caller's jurisdiction.</summary>
public sealed class CreateBrandStudio : IUseCase<CreateBrandStudioInput, BrandStudio>
{
    public Permission Permission => Permission.ManageRoster;

    public async Task<BrandStudio> HandleAsync(CreateBrandStudioInput input, UseCaseContext context, CancellationToken ct)
    {
        var db = context.Db;
        var host = await db.FindCommitteeAsync(input.HostCommitteeId, ct, "hostCommitteeId");
        context.RequireCovers(host.RegionCode, "hostCommitteeId");
        long? lead = input.LeadMediatorId is { } leadId ? (await db.FindMediatorAsync(leadId, ct, "leadMediatorId")).Id : null;
        var memberIds = new List<long>();
        foreach (var (id, i) in (input.MemberIds ?? []).Select((id, i) => (id, i)))
            memberIds.Add((await db.FindMediatorAsync(id, ct, $"memberIds.{i}")).Id);
        var studio = BrandStudio.Create(input.Name, input.Kind, host, lead, input.NamingLevel, input.NamedOn,
            input.Specialities ?? [], memberIds);
        db.BrandStudios.Add(studio);
        return studio;
    }
}

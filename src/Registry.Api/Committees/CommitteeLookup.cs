using Registry.Api.Schema;
using Registry.Domain.Committees;

namespace Registry.Api.Committees;

public static class CommitteeLookup
{
    public static Task<Committee> FindCommitteeAsync(this RegistryDbContext db, string? id, CancellationToken ct, string field = "committeeId") =>
        db.FindByGlobalIdAsync<Committee>(id, "Committee", field, ct);
}

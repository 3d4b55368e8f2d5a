using Registry.Api.Schema;
using Registry.Domain.Committees;

namespace Registry.Api.Committees;

public static class CommitteeLookup
{
    public static async Task<Committee> FindCommitteeAsync(this RegistryDbContext db, string? id, CancellationToken ct, string field = "committeeId")
    {
        var key = GlobalId.DecodeKey(id, "Committee", field);
        return await db.Committees.FindAsync([key], ct)
               ?? throw new DomainException(field, ErrorCodes.NotFound, $"No committee has the ID '{id}'.");
    }
}

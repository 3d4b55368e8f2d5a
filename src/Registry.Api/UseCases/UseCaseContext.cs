using Registry.Api.Access;

namespace Registry.Api.UseCases;

/// <summary>What a handler may use: the request's database context, who is asking, and the registry's "today".</summary>
public sealed class UseCaseContext(RegistryDbContext db, Caller caller, TimeProvider clock)
{
    public RegistryDbContext Db { get; } = db;

    public Caller Caller { get; } = caller;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>Refuses, as an error on <paramref name="field"/>, a region outside the caller's jurisdiction.</summary>
    public void RequireCovers(string regionCode, string field) => Caller.RequireCovers(regionCode, field);

    /// <summary>Refuses an edit made from another version than the stored one (optimistic concurrency).</summary>
    public static void ExpectVersion(IVersioned record, int? version) => VersionCheck.Expect(record, version);
}

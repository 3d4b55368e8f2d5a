using GraphQL.DataLoader;
using Registry.Api.Access;
using Registry.Api.Auditing;
using Registry.Api.Schema;
using Registry.Api.Schema.Loading;
using Registry.Domain.Access;
using Registry.Domain.Mediators;

namespace Registry.Api.Mediators;

/// <summary>
/// ID number, phone and birth date: shown whole only to a BUREAU_ADMIN whose jurisdiction covers one of the
/// mediator's committees (and every such read is audited); masked for other signed-in callers; never shown to the public.
/// </summary>
internal static class PersonalDataFields
{
    public static IDataLoaderResult<T?> Reveal<T>(IResolveFieldContext<Mediator> ctx, Func<Mediator, T?> whole, Func<Mediator, T?> masked)
    {
        var caller = ctx.Caller();
        var mediator = ctx.Source;
        if (!caller.IsSignedIn) return Now<T?>(default);
        if (!caller.Can(Permission.ReadPersonalData)) return Now(masked(mediator));
        return CommitteeRegions(ctx, mediator.Id).Then(regions =>
        {
            if (!regions.Any(caller.Covers)) return masked(mediator);
            ctx.Service<PersonalDataReads>().Add(mediator.Id);
            return whole(mediator);
        });
    }

    private static IDataLoaderResult<List<string>> CommitteeRegions(IResolveFieldContext ctx, long mediatorId) =>
        ctx.LoadGrouped("Mediator.CommitteeRegions", mediatorId,
            (db, ids) => db.Appointments.Where(a => ids.Contains(a.MediatorId))
                .Join(db.Committees, a => a.CommitteeId, c => c.Id, (a, c) => new MediatorRegion(a.MediatorId, c.RegionCode)).Distinct(),
            r => r.MediatorId).Then(rows => rows.Select(r => r.RegionCode).ToList());

    private static IDataLoaderResult<T> Now<T>(T value) => new Ready<T>(value);

    private sealed record MediatorRegion(long MediatorId, string RegionCode);

    private sealed class Ready<T>(T value) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);
        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
    }
}

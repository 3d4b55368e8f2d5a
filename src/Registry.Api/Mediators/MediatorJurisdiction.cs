using GraphQL.DataLoader;
using Registry.Api.Access;
using Registry.Api.Schema.Errors;
using Registry.Api.Schema.Loading;
using Registry.Domain.Access;
using Registry.Domain.Mediators;

namespace Registry.Api.Mediators;

/// <summary>
/// Whose jurisdiction covers a mediator (<see cref="AccessRules.CoversMediator"/>): the regions of their committees,
/// loaded for a whole page of mediators at once, or the registering region of one never appointed.
/// </summary>
internal static class MediatorJurisdiction
{
    public static IDataLoaderResult<AccessRefusal?> Refusal(IResolveFieldContext<Mediator> ctx, Permission permission)
    {
        var caller = ctx.Caller();
        var mediator = ctx.Source;
        return AppointmentRegions(ctx, mediator.Id).Then(regions =>
            AccessRules.WhyNotForMediator(caller.Role, caller.Jurisdiction, permission, regions, mediator.RegisteringRegionCode));
    }

    /// <summary>
    /// A report field of a mediator (training record, case figures): <paramref name="report"/>, or FORBIDDEN naming
    /// <c>regionCode</c> when the caller's jurisdiction does not cover the mediator. Both loads are queued before either
    /// is awaited, so a page of mediators still costs one query each.
    /// </summary>
    public static IDataLoaderResult<T> RequireCovered<T>(IResolveFieldContext<Mediator> ctx, IDataLoaderResult<T> report) =>
        new Checked<T>(Refusal(ctx, Permission.ReadReports), report);

    private static IDataLoaderResult<List<string>> AppointmentRegions(IResolveFieldContext ctx, long mediatorId) =>
        ctx.LoadGrouped("Mediator.CommitteeRegions", mediatorId,
            (db, ids) => db.Appointments.Where(a => ids.Contains(a.MediatorId))
                .Join(db.Committees, a => a.CommitteeId, c => c.Id, (a, c) => new MediatorRegion(a.MediatorId, c.RegionCode)).Distinct(),
            r => r.MediatorId).Then(rows => rows.Select(r => r.RegionCode).ToList());

    private sealed record MediatorRegion(long MediatorId, string RegionCode);

    private sealed class Checked<T>(IDataLoaderResult<AccessRefusal?> refusal, IDataLoaderResult<T> report) : IDataLoaderResult<T>
    {
        public async Task<T> GetResultAsync(CancellationToken cancellationToken = default)
        {
            if (await refusal.GetResultAsync(cancellationToken) is { } r) throw new InputError(ReportAccess.Field, r.Code, r.Message);
            return await report.GetResultAsync(cancellationToken);
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}

using GraphQL.DataLoader;
using Registry.Api.Access;
using Registry.Api.Auditing;
using Registry.Api.Schema;
using Registry.Api.Schema.Loading;
using Registry.Domain.Access;
using Registry.Domain.Mediators;

namespace Registry.Api.Mediators;

/// <summary>
/// ID number, phone and birth date: shown whole only to a BUREAU_ADMIN whose jurisdiction covers the mediator (one of
/// their committees, or the registering region until appointed; see <see cref="MediatorJurisdiction"/>), and every such
/// read is audited; masked for other signed-in callers; never shown to the public.
/// </summary>
internal static class PersonalDataFields
{
    public static IDataLoaderResult<T?> Reveal<T>(IResolveFieldContext<Mediator> ctx, Func<Mediator, T?> whole, Func<Mediator, T?> masked)
    {
        var caller = ctx.Caller();
        var mediator = ctx.Source;
        if (!caller.IsSignedIn) return Now<T?>(default);
        if (!caller.Can(Permission.ReadPersonalData)) return Now(masked(mediator));
        return MediatorJurisdiction.Refusal(ctx, Permission.ReadPersonalData).Then(refusal =>
        {
            if (refusal is not null) return masked(mediator);
            ctx.Service<PersonalDataReads>().Add(mediator.Id);
            return whole(mediator);
        });
    }

    private static IDataLoaderResult<T> Now<T>(T value) => new Ready<T>(value);

    private sealed class Ready<T>(T value) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);
        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
    }
}

using Registry.Api.Schema.Loading;

namespace Registry.Api.Schema;

/// <summary>Graph types are singletons: per-request services come from the request's scope through these.</summary>
public static class ResolveContextExtensions
{
    public static RegistryDbContext Db(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<RegistryDbContext>();

    public static RequestLoaders Loaders(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<RequestLoaders>();

    public static T Service<T>(this IResolveFieldContext context) where T : notnull =>
        context.RequestServices!.GetRequiredService<T>();

    /// <summary>The registry's "today", from the clock service so tests can fix it.</summary>
    public static DateOnly Today(this IResolveFieldContext context) =>
        DateOnly.FromDateTime(context.Service<TimeProvider>().GetLocalNow().DateTime);

    /// <summary>
    /// A calendar-year argument, from 1949 (the People's Republic, before which no committee existed) to next year (plans).
    /// </summary>
    public static int Year(this IResolveFieldContext context, string argument = "year")
    {
        var year = context.GetArgument<int>(argument);
        var latest = context.Today().Year + 1;
        if (year < 1949 || year > latest)
            throw new Errors.InputError(argument, ErrorCodes.OutOfRange, $"{argument} must be between 1949 and {latest}.");
        return year;
    }

    public static DateOnly AsOf(this IResolveFieldContext context, string argument = "asOf") =>
        context.GetArgument<DateOnly?>(argument) ?? context.Today();
}

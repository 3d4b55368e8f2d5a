namespace Registry.Api.UseCases;

public static class UseCaseRegistration
{
    /// <summary>The runner and every <see cref="IUseCase{TCommand,TResult}"/> of the API, one per request scope.</summary>
    public static IServiceCollection AddUseCases(this IServiceCollection services)
    {
        services.AddScoped<UseCaseRunner>();
        var useCases = typeof(UseCaseRegistration).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }
            && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IUseCase<,>)));
        foreach (var type in useCases) services.AddScoped(type);
        return services;
    }
}

using GraphQL.Execution;
using Registry.Api.Schema;
using Registry.Api.Schema.Loading;

namespace Registry.Api.Hosting;

public static class GraphQLRegistration
{
    public const int MaxDepth = 15;

    public static IServiceCollection AddRegistryGraphQL(this IServiceCollection services)
    {
        services.AddScoped<RequestLoaders>();
        foreach (var type in typeof(GraphQLRegistration).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            if (typeof(IQueryFields).IsAssignableFrom(type)) services.AddSingleton(typeof(IQueryFields), type);
            if (typeof(IMutationFields).IsAssignableFrom(type)) services.AddSingleton(typeof(IMutationFields), type);
        }
        services.AddGraphQL(b => b
            .AddSchema<RegistrySchema>()
            .AddGraphTypes(typeof(RegistrySchema).Assembly)
            .AddSystemTextJson(o => o.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddErrorInfoProvider(o => o.ExposeExceptionDetails = false)
            .AddComplexityAnalyzer(o => o.MaxDepth = MaxDepth)
            // One scoped DbContext per request: resolve fields one at a time; batch loaders keep it to few commands.
            .AddExecutionStrategy<SerialExecutionStrategy>(GraphQLParser.AST.OperationType.Query));
        return services;
    }
}

using GraphQL.Execution;
using Registry.Api.Access;
using Registry.Api.Http;
using Registry.Api.Schema;
using Registry.Api.Schema.Loading;

namespace Registry.Api.Hosting;

public static class GraphQLRegistration
{
    public const int MaxDepth = 15;

    /// <summary>Plain lists (a committee's appointments, a pool's experts) are priced as if they held this many items.</summary>
    public const int PlainListSize = 5;

    public static IServiceCollection AddRegistryGraphQL(this IServiceCollection services)
    {
        services.AddSingleton<ParsedDocuments>();
        services.AddScoped<RequestLoaders>();
        services.AddScoped<RequestCost>();
        services.AddScoped<Registry.Api.Auditing.PersonalDataReads>();
        services.AddHttpContextAccessor();
        foreach (var type in typeof(GraphQLRegistration).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            if (typeof(IQueryFields).IsAssignableFrom(type)) services.AddSingleton(typeof(IQueryFields), type);
            if (typeof(IMutationFields).IsAssignableFrom(type)) services.AddSingleton(typeof(IMutationFields), type);
        }
        services.AddGraphQL(b => b
            .AddSchema<RegistrySchema>()
            .AddGraphTypes(typeof(RegistrySchema).Assembly)
            .AddSystemTextJson(o => o.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddErrorInfoProvider(new RegistryErrorInfoProvider())
            .AddUnhandledExceptionHandler(InternalErrors.LogAsync)
            .AddValidationRule<AccessValidationRule>()
            .AddValidationRule<FieldSelectionLimitRule>()
            .AddValidationRule<ArgumentValuesRule>()
            // Our own pricing, not AddComplexityAnalyzer: GraphQL.NET's walks every fragment spread again (see QueryCostRule).
            .AddValidationRule<QueryCostRule>()
            // One scoped DbContext per request: resolve fields one at a time; batch loaders keep it to few commands.
            .AddExecutionStrategy<SerialExecutionStrategy>(GraphQLParser.AST.OperationType.Query));
        return services;
    }
}

using Registry.Api.Http;
using Registry.Api.Training;

namespace Registry.Api.Hosting;

/// <summary>All of the service's wiring, so Program.cs stays a few lines.</summary>
public static class RegistryHost
{
    public static WebApplicationBuilder AddRegistry(this WebApplicationBuilder builder)
    {
        builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddRegistryDatabase(builder.Configuration);
        builder.Services.AddHostedService<DatabaseStartup>();
        builder.Services.AddRegistryGraphQL();
        builder.Services.AddRegistryHealth();
        return builder;
    }

    public static WebApplication MapRegistry(this WebApplication app)
    {
        app.MapRegistryGraphQL();
        app.MapRegistryHealth();
        app.MapAttendanceImport();
        app.MapGet("/", () => Results.Redirect(GraphQLEndpoint.Path + "?query={__typename}"));
        return app;
    }
}

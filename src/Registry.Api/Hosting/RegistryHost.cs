using Registry.Api.UseCases;
using Registry.Api.Access;
using Registry.Api.Browser;
using Registry.Api.Cases;
using Registry.Api.Certificates;
using Registry.Api.Http;
using Registry.Api.Screening;
using Registry.Api.Subsidies;
using Registry.Api.Staffing;
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
        builder.Services.AddRegistryAuth(builder.Configuration);
        var limits = builder.Configuration.GetSection("Limits").Get<LimitOptions>() ?? new LimitOptions();
        builder.Services.Configure<LimitOptions>(builder.Configuration.GetSection("Limits"));
        builder.Services.AddRegistryGraphQL();
        builder.Services.AddUseCases();
        builder.Services.AddClientRateLimit(limits);
        builder.Services.AddRegistryHealth();
        builder.Services.AddRegistryCases(builder.Configuration);
        return builder;
    }

    public static WebApplication MapRegistry(this WebApplication app)
    {
        app.UseInstanceHeader();
        app.UseMiddleware<Localization.ChineseMessages>();
        app.UseInternalErrors();
        app.UseAuthentication();
        app.UseClientRateLimit(app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<LimitOptions>>().Value);
        app.UseReadReplicaForExports();
        app.MapRegistryGraphQL();
        app.MapRegistryHealth();
        app.MapCaseUpload();
        app.MapStaffingExports();
        app.MapCertificateExports();
        app.MapAttendanceImport();
        app.MapScreeningUpload();
        app.MapScreeningExports();
        app.MapSubsidyExports();
        app.MapDevelopmentSignIn();
        app.MapBrowserPages();
        return app;
    }
}

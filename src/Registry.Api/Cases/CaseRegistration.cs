using Registry.Data.Cases;
using Registry.Domain.Cases;

namespace Registry.Api.Cases;

public static class CaseRegistration
{
    /// <summary>
    /// The party hasher and the importer. Refuses to start on PostgreSQL (production) with the development key or none;
    /// on SQLite it falls back to the development key with a warning.
    /// </summary>
    public static IServiceCollection AddRegistryCases(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Cases").Get<CaseOptions>() ?? new CaseOptions();
        var provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var devKey = string.IsNullOrEmpty(options.PartyHashKey) || options.PartyHashKey == CaseOptions.DevelopmentKey;
        if (devKey && provider == DatabaseProvider.Postgres && !configuration.GetValue<bool>("Cases:AllowDevelopmentKey"))
            throw new InvalidOperationException(
                "Cases:PartyHashKey is the development key (or empty) while Database:Provider is Postgres. Set a secret of at least 16 bytes.");
        var key = string.IsNullOrEmpty(options.PartyHashKey) ? CaseOptions.DevelopmentKey : options.PartyHashKey;
        services.AddSingleton<IPartyHasher>(sp =>
        {
            if (devKey)
                sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CaseRegistration))
                    .LogWarning("Cases:PartyHashKey is the development key: party fingerprints are not protected. Set a secret for real data.");
            return new HmacPartyHasher(key);
        });
        services.AddScoped<CaseImporter>();
        return services;
    }
}

using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Registry.Api.Access;

public static class AuthRegistration
{
    public static IServiceCollection AddRegistryAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Auth").Get<AuthOptions>() ?? new AuthOptions();
        if (options.SigningKey.Length < 32)
            throw new InvalidOperationException("Auth:SigningKey must be at least 32 characters.");
        // The embedded SQLite default must start with no configuration; PostgreSQL is the production store, where a key
        // that anyone can read in this repository would let anyone sign tokens.
        var onPostgres = string.Equals(configuration["Database:Provider"], nameof(DatabaseProvider.Postgres), StringComparison.OrdinalIgnoreCase);
        if (options.SigningKey == AuthOptions.DevelopmentSigningKey && onPostgres && configuration["Auth:AllowDevelopmentKey"] != "true")
            throw new InvalidOperationException(
                "Auth:SigningKey is the development key shipped in appsettings.json. Set your own (e.g. environment variable Auth__SigningKey) " +
                "before running on PostgreSQL, or set Auth:AllowDevelopmentKey=true for a throwaway installation.");
        services.AddSingleton(options);
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton<KnownJurisdictions>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
        {
            o.MapInboundClaims = false;
            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = options.Issuer,
                ValidAudience = options.Audience,
                IssuerSigningKey = TokenIssuer.KeyOf(options),
                ValidateIssuerSigningKey = true,
                ClockSkew = TimeSpan.FromMinutes(1),
                NameClaimType = "sub",
                RoleClaimType = Caller.RoleClaim,
            };
            o.Events = new JwtBearerEvents { OnTokenValidated = TokenClaims.CheckAsync };
        });
        return services;
    }
}

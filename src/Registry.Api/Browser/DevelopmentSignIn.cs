using Registry.Api.Access;
using Registry.Api.Hosting;
using Registry.Domain.Access;

namespace Registry.Api.Browser;

/// <summary>
/// <c>GET /dev/sign-in</c> (the roles and a few jurisdictions to pick from) and <c>POST /dev/sign-in</c>
/// <c>{ role, jurisdiction }</c> (a token for them): the console's sign-in on the embedded SQLite default, where the
/// demo roster is all there is. Never mapped on PostgreSQL (the production store), whatever the configuration says,
/// nor when <c>Auth:DevelopmentSignIn</c> is false: there the routes do not exist (404) and people sign in with a token.
/// </summary>
public static class DevelopmentSignIn
{
    public const string Path = "/dev/sign-in";

    public static bool IsEnabled(IConfiguration configuration) =>
        (configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions()).Provider == DatabaseProvider.Sqlite
        && !string.Equals(configuration["Auth:DevelopmentSignIn"], "false", StringComparison.OrdinalIgnoreCase);

    public static WebApplication MapDevelopmentSignIn(this WebApplication app)
    {
        if (!IsEnabled(app.Configuration)) return app;
        app.MapGet(Path, OptionsAsync);
        app.MapPost(Path, SignInAsync).DisableAntiforgery();
        return app;
    }

    /// <summary>The roles, and as jurisdictions the regions that have staffing policies (the seeds'), with CN first.</summary>
    private static async Task<IResult> OptionsAsync(RegistryDbContext db, CancellationToken ct)
    {
        var codes = await db.StaffingPolicies.Select(p => p.RegionCode).Distinct().ToListAsync(ct);
        var regions = await db.Regions.Where(r => codes.Contains(r.Code)).OrderBy(r => r.Code).Select(r => new { code = r.Code, name = r.Name }).ToListAsync(ct);
        return Results.Ok(new
        {
            roles = RoleNames.All,
            jurisdictions = regions.Prepend(new { code = AccessRules.Nationwide, name = "全国" }),
        });
    }

    public sealed record Request(string? Role, string? Jurisdiction);

    private static async Task<IResult> SignInAsync(Request request, AuthOptions options, KnownJurisdictions known, RegistryDbContext db, CancellationToken ct)
    {
        if (RoleNames.ParseExact(request.Role) is not { } role)
            return Problem("role", $"role must be one of {string.Join(", ", RoleNames.All)}.");
        var jurisdiction = request.Jurisdiction?.Trim() ?? "";
        if (!await known.IsKnownAsync(jurisdiction, db, ct))
            return Problem("jurisdiction", $"There is no region with code '{jurisdiction}'.");
        // The system clock, not the service's TimeProvider: the bearer handler checks a token's lifetime by the system clock.
        var token = new TokenIssuer(options, TimeProvider.System).Issue($"dev-{RoleNames.Of(role).ToLowerInvariant()}-{jurisdiction}", role, jurisdiction);
        return Results.Ok(new { token, role = RoleNames.Of(role), jurisdiction });
    }

    private static IResult Problem(string field, string message) =>
        Results.BadRequest(new { errors = new[] { new { field, code = ErrorCodes.Invalid, message } } });
}

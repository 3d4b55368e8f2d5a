using System.Globalization;
using Registry.Api.Cases;
using Registry.Data.Generation;
using Registry.Data.Seeding;
using Registry.Domain.Access;
using Registry.Domain.Cases;

namespace Registry.Api.Hosting;

/// <summary>
/// <c>dotnet run --project src/Registry.Api -- generate --scale province|national --seed N [--province 13] [--as-of 2026-11-30]</c>
/// fills the configured PostgreSQL database (the service's own <c>Database</c> and <c>ConnectionStrings</c> settings)
/// with a generated roster: migrated first when <c>Database:MigrateOnStartup</c> says so, reference data seeded, then
/// <see cref="RosterGenerator"/>. <c>--region CODE</c> (not in the usage line) generates any smaller region, for tests.
/// Refused on SQLite, and on a database whose roster is not empty.
/// </summary>
public static class GenerateCommand
{
    private const string Usage =
        "usage: generate --scale province|national --seed N [--province 13] [--as-of yyyy-MM-dd]  (needs Database:Provider=Postgres)";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == "generate";

    public static Task<int> RunAsync(string[] args, IConfiguration configuration) =>
        RunAsync(args, configuration, Console.Out, new TerminalProgress(Console.Error, !Console.IsErrorRedirected), Console.Error);

    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter output, GenerationProgress progress, TextWriter errors,
        CancellationToken ct = default)
    {
        if (Parse(args) is not { } request)
        {
            errors.WriteLine(Usage);
            return 2;
        }
        var database = configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (database.Provider != DatabaseProvider.Postgres)
        {
            errors.WriteLine($"generate writes through PostgreSQL's binary COPY, and Database:Provider is {database.Provider}: " +
                             "set Database__Provider=Postgres and ConnectionStrings__Registry to the database to fill.");
            return 2;
        }
        ServiceProvider services;
        try
        {
            // The parties' fingerprints need the service's own key, which AddRegistryCases refuses to do without.
            services = new ServiceCollection().AddLogging().AddRegistryDatabase(configuration).AddRegistryCases(configuration).BuildServiceProvider();
        }
        catch (InvalidOperationException e)
        {
            errors.WriteLine("generate: " + e.Message);
            return 2;
        }
        await using (services)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
            db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
            try
            {
                if (database.MigrateOnStartup) await db.Database.MigrateAsync(ct);
                await RegionImporter.ImportIfEmptyAsync(db, RegionImporter.FullFile, ct);
                await ReferenceDataSeeder.SeedAsync(db, ct);
                var summary = await RosterGenerator.RunAsync(db, request, scope.ServiceProvider.GetRequiredService<IPartyHasher>(), progress, ct);
                foreach (var (table, rows) in summary.Tables)
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{table,-20} {rows,12:N0}"));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"generated {request.Scope} (seed {request.Seed}, as of {request.AsOf:yyyy-MM-dd}) in {summary.Elapsed.TotalSeconds:F1} s"));
                return 0;
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException or NotSupportedException)
            {
                errors.WriteLine("generate: " + e.Message);
                return 1;
            }
        }
    }

    /// <summary>The request the arguments ask for, or null when they do not make one.</summary>
    public static GenerationRequest? Parse(string[] args)
    {
        string? Option(string name) => args.SkipWhile(a => a != $"--{name}").Skip(1).FirstOrDefault();
        if (!int.TryParse(Option("seed"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)) return null;
        var asOf = GenerationRequest.DefaultAsOf;
        if (Option("as-of") is { } day && !DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
            return null;
        var province = Option("province") ?? "13";
        var scope = (Option("scale"), Option("region")) switch
        {
            (_, { } region) when Registry.Domain.Regions.RegionCode.IsWellFormed(region) => region,
            ("national", null) => AccessRules.Nationwide,
            ("province", null) when province.Length == 2 && province.All(char.IsAsciiDigit) => province,
            _ => null,
        };
        return scope is null ? null : new GenerationRequest(scope, seed, asOf);
    }
}

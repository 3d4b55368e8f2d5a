using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Registry.Api.Committees;
using Registry.Api.Mediators;
using Registry.Api.Tests.Infrastructure;
using Registry.Data;
using Registry.Data.Querying;
using Registry.Data.Seeding;

namespace Registry.Benchmarks;

/// <summary>
/// Search by name on a province's roster (<see cref="ProvinceRoster"/>: 200,000 mediators, 50,000 committees), the
/// mediators renamed with Chinese names of two and three characters: for each search, the count the API's
/// <c>totalCount</c> asks for, timed and EXPLAINed, with the trigram indexes of <see cref="NameSearch"/>, then again with the indexes dropped (as before the migration). The queries are the API's own filters.
/// Usage: dotnet run -c Release --project benchmarks/Registry.Benchmarks -- search [runs=7]
/// </summary>
public static class SearchBenchmark
{
    private const string Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private const string Given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力鹏飞鑫波斌宇浩凯健俊帆帅旭宁龙林欣佳雪梅琳晶颖倩婷慧莉燕玲丹丹萍";

    public static async Task RunAsync(string[] args)
    {
        var runs = int.Parse(args.ElementAtOrDefault(0) ?? "7");
        var external = Environment.GetEnvironmentVariable("REGISTRY_BENCH_POSTGRES");
        if (!string.IsNullOrWhiteSpace(external)) Environment.SetEnvironmentVariable(PostgresServer.ConnectionStringVariable, external);
        var connectionString = await PostgresServer.Instance.CreateDatabaseAsync("registry_search");
        var options = RegistryDatabase.Configure(new DbContextOptionsBuilder<PostgresRegistryDbContext>(), DatabaseProvider.Postgres, connectionString).Options;
        await using (var db = new PostgresRegistryDbContext(options))
        {
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
            await db.Database.MigrateAsync();
            await RegionImporter.ImportIfEmptyAsync(db);
            await ReferenceDataSeeder.SeedAsync(db, CancellationToken.None);
        }
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await new ProvinceRoster(committees: 50_000, mediators: 200_000, secondAppointments: 30_000).LoadAsync(connection, "13");
            // Names as people have them: a surname and one or two given characters, spread deterministically.
            await using var rename = new NpgsqlCommand($"""
                UPDATE mediators SET name = substr('{Surnames}', CAST(id * 7919 % {Surnames.Length} AS int) + 1, 1)
                  || substr('{Given}', CAST(id * 104729 % {Given.Length} AS int) + 1, 1)
                  || CASE WHEN id % 3 = 0 THEN '' ELSE substr('{Given}', CAST(id * 1299709 % {Given.Length} AS int) + 1, 1) END;
                ANALYZE mediators; ANALYZE committees;
                """, connection);
            await rename.ExecuteNonQueryAsync();
        }

        await using var context = new PostgresRegistryDbContext(options);
        var ctype = await context.Database.SqlQuery<string>($"SELECT datctype AS \"Value\" FROM pg_database WHERE datname = current_database()").SingleAsync();
        Console.WriteLine($"LC_CTYPE {ctype}; {await context.Mediators.CountAsync()} mediators, {await context.Committees.CountAsync()} committees");
        Console.WriteLine($"{"search",-24} {"way",-8} {"matches",8} {"median ms",10} plan");
        // A name the roster has, its last two characters (a middle or end part) and its given name's first character.
        var sample = await context.Mediators.Where(m => m.Name.Length == 3).OrderBy(m => m.Id).Select(m => m.Name).FirstAsync();
        var today = DateOnly.FromDateTime(DateTime.Today);
        var searches = new (string Label, Func<RegistryDbContext, IQueryable<object>> Query)[]
        {
            ("mediator, 3 chars", db => Mediators(db, sample, today)),
            ("mediator, 2 chars", db => Mediators(db, sample[1..], today)),
            ("mediator, 1 char", db => Mediators(db, sample[1..2], today)),
            ("committee, 7 chars", db => new CommitteeFilter(db.Provider, null, null, "130104调委", true, today).Apply(db.Committees)),
            ("committee, 8 chars", db => new CommitteeFilter(db.Provider, null, null, "调委会4711", true, today).Apply(db.Committees)),
        };
        Console.WriteLine("SQL: " + Mediators(context, sample, today).ToQueryString().Split('\n')[^1]);
        foreach (var way in new[] { "trigram", "no index" })
        {
            if (way == "no index")
                await context.Database.ExecuteSqlRawAsync($"DROP INDEX {NameSearch.MediatorIndex}; DROP INDEX {NameSearch.CommitteeIndex}");
            foreach (var (label, query) in searches) await TimeAsync(context, label, way, runs, query);
        }
    }

    /// <summary>The API's own filter (<see cref="MediatorFilter"/>): part of a name, or a whole ID number.</summary>
    private static IQueryable<object> Mediators(RegistryDbContext db, string search, DateOnly today) =>
        new MediatorFilter(db, null, search, null, today).Apply(db.Mediators);

    private static async Task TimeAsync<T>(RegistryDbContext db, string label, string way, int runs, Func<RegistryDbContext, IQueryable<T>> query)
    {
        var times = new List<double>();
        var matches = 0;
        for (var i = -1; i < runs; i++) // one warm-up
        {
            var watch = Stopwatch.StartNew();
            matches = await query(db).CountAsync();
            if (i >= 0) times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        await db.Database.OpenConnectionAsync();
        await using var command = query(db).Select(_ => 1).CreateDbCommand();
        command.CommandText = "EXPLAIN " + command.CommandText;
        var scans = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                if (reader.GetString(0).Contains("Scan")) scans.Add(reader.GetString(0).Trim().Split("  (")[0].TrimStart('-', '>', ' '));
        await db.Database.CloseConnectionAsync();
        Console.WriteLine($"{label,-24} {way,-8} {matches,8} {times[times.Count / 2],10:0.0} {string.Join("; ", scans)}");
    }
}

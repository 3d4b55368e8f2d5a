using Microsoft.EntityFrameworkCore;
using Registry.Api.Committees;
using Registry.Api.Schema.Paging;
using Registry.Api.Tests.Infrastructure;
using Registry.Data.Querying;

namespace Registry.Api.Tests.Roster;

/// <summary>
/// <c>search</c> on <c>committees</c> and <c>mediators</c> finds a name by any part of it, takes every character
/// literally and tells Latin capitals from small letters, as it did before the trigram indexes — on SQLite by
/// <c>instr</c>, on PostgreSQL by an escaped LIKE (<see cref="NameSearch"/>). Committees in 441581 (陆丰市), a county of their own.
/// </summary>
public abstract class NameSearching(RegistryApp app)
{
    private readonly Infrastructure.Roster roster = new(app);

    private async Task ArrangeAsync()
    {
        if (app.WithDb(db => db.Committees.Any(c => c.RegionCode.StartsWith("441581")))) return;
        foreach (var name in new[] { "百分之百%调委会", "百分之百X调委会", "下划线_调委会", "下划线X调委会", "反斜\\杠调委会", "单引号'调委会", "ABC Mediation 调委会" })
            await roster.Committee("441581101", "TOWNSHIP", name: name);
        var mediator = await roster.Mediator("欧阳明华");
        await roster.Appoint(mediator, await roster.Committee("441581102", "TOWNSHIP", name: "河田镇人民调解委员会"), "PART_TIME", "2020-01-01");
    }

    private async Task<List<string>> CommitteesAsync(string search) =>
        (await app.Data("query($s: String) { committees(regionCode: \"441581\", search: $s, first: 50) { nodes { name } } }", new { s = search }))
            ["committees"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task ANameIsFoundByAPartFromItsMiddle()
    {
        await ArrangeAsync();
        Assert.Equal(["河田镇人民调解委员会"], await CommitteesAsync("田镇人民"));
        var mediators = await app.Data("""{ mediators(regionCode: "441581", search: "阳明") { nodes { name } } }""");
        Assert.Equal("欧阳明华", Assert.Single(mediators["mediators"]!["nodes"]!.AsArray())!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task PercentUnderscoreBackslashAndApostropheAreTakenLiterally()
    {
        await ArrangeAsync();
        Assert.Equal(["百分之百%调委会"], await CommitteesAsync("百%调"));
        Assert.Equal(["下划线_调委会"], await CommitteesAsync("线_调"));
        Assert.Equal(["反斜\\杠调委会"], await CommitteesAsync("斜\\杠"));
        Assert.Empty(await CommitteesAsync("百_之"));
        Assert.Equal(["单引号'调委会"], await CommitteesAsync("号'调"));
    }

    private const string EveryTestCommittee = "调委会"; // in 7 of the 8 names ArrangeAsync gives

    private List<(long Id, string Name)> MatchesInIdOrder() => app.WithDb(db => db.Committees
        .Where(c => c.RegionCode.StartsWith("441581") && c.Name.Contains(EveryTestCommittee)).OrderBy(c => c.Id)
        .Select(c => new { c.Id, c.Name }).AsEnumerable().Select(c => (c.Id, c.Name)).ToList());

    /// <summary>A searched list reads its matches' ids once (KeysetPaging.ToSearchedPageAsync): pages, cursors and count still agree.</summary>
    [Fact]
    public async Task ASearchedListPagesThroughEveryMatchInIdOrderWithItsCount()
    {
        await ArrangeAsync();
        var names = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var page = (await app.Data("""
                query($a: String) { committees(regionCode: "441581", search: "调委会", first: 3, after: $a) {
                  totalCount pageInfo { hasNextPage endCursor } nodes { name } } }
                """, new { a = after }))["committees"]!;
            pages++;
            Assert.Equal(7, page["totalCount"]!.GetValue<int>());
            names.AddRange(page["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>()) break;
            after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        }
        Assert.Equal(3, pages);
        Assert.Equal(MatchesInIdOrder().Select(m => m.Name), names);
    }

    /// <summary>Past the ids it reads, a search is paged and counted as any list: the same page, the same count.</summary>
    [Fact]
    public async Task ASearchMatchingMoreThanItReadsAsIdsIsPagedAndCountedAsAnyList()
    {
        await ArrangeAsync();
        var expected = MatchesInIdOrder();
        await app.WithDbAsync(async db =>
        {
            var filter = new CommitteeFilter(db.Provider, "441581", null, EveryTestCommittee, false, RegistryApp.Today);
            var request = new PageRequest(3, expected[1].Id);
            var byIds = await filter.Apply(db.Committees).ToSearchedPageAsync(ids => db.Committees.Where(c => ids.Contains(c.Id)), request, default);
            var beyond = await filter.Apply(db.Committees).ToSearchedPageAsync<Domain.Committees.Committee>(
                _ => throw new InvalidOperationException("more matches than atMost must not be read by id"), request, default, atMost: 6);
            foreach (var page in new[] { byIds, beyond })
            {
                Assert.Equal(expected.Skip(2).Take(3).Select(m => m.Id), page.Nodes.Select(n => n.Id));
                Assert.True(page.HasNextPage);
                Assert.True(page.HasPreviousPage);
                Assert.Equal(7, await page.TotalCount(default));
            }
        });
    }

    [Fact]
    public async Task LatinLettersKeepTheirCaseAsBefore()
    {
        await ArrangeAsync();
        Assert.Equal(["ABC Mediation 调委会"], await CommitteesAsync("C Med"));
        Assert.Empty(await CommitteesAsync("abc"));
    }
}

public sealed class SqliteNameSearching(SqliteApp app) : NameSearching(app), IClassFixture<SqliteApp>;

public sealed class PostgresNameSearching(PostgresApp app) : NameSearching(app), IClassFixture<PostgresApp>;

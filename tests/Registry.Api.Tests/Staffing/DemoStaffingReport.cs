using Registry.Api.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace Registry.Api.Tests.Staffing;

/// <summary>
/// The full report on the deterministic demo roster: its shape is snapshotted, and both databases must give the same numbers.
/// </summary>
public sealed class DemoStaffingReport(SqliteDemoApp sqlite, PostgresDemoApp postgres) : IClassFixture<SqliteDemoApp>, IClassFixture<PostgresDemoApp>
{
    private const string Report = """
        { staffingCompliance(regionCode: "419001", asOf: "2026-11-22") {
            regionCode asOf committeeCount compliantCount shortfallCount conditionalShortfallCount
            mediatorCount fullTimeMediatorCount fullTimeShare
            targets { metric target actual met }
            byKind { kind committeeCount compliantCount requiredMinimum }
            byRegion { regionCode committeeCount compliantCount shortfallCount mediatorCount fullTimeMediatorCount }
            shortfalls(first: 100) { totalCount nodes { committee { name } required actual missing severity policy { regionCode title } } } } }
        """;

    [Fact]
    public async Task JiyuanReportMatchesItsSnapshotOnBothDatabases()
    {
        var indented = new System.Text.Json.JsonSerializerOptions
        {
            WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        var onSqlite = (await sqlite.Data(Report)).ToJsonString(indented);
        var onPostgres = (await postgres.Data(Report)).ToJsonString(indented);
        Assert.Equal(onSqlite, onPostgres);
        Snapshot.Match(onSqlite);
    }
}

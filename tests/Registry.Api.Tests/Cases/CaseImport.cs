using System.Security.Cryptography;
using System.Text;
using Registry.Api.Tests.Infrastructure;
using Registry.Domain.Cases;

namespace Registry.Api.Tests.Cases;

/// <summary>importCases: idempotent by (platform, external number), every bad row reported, nothing half-written.</summary>
public abstract class CaseImport(RegistryApp app)
{
    private readonly CaseSetup setup = new(app);

    private int Cases() => app.WithDb(db => db.Cases.Count());

    [Fact]
    public async Task ImportCreatesCasesAndReimportUpdatesThemInPlace()
    {
        var (committee, mediator, _) = await setup.CommitteeWithMediator("419001100201");
        var (_, coMediator, _) = await setup.CommitteeWithMediator("419001100202");
        var first = await setup.ImportOk("吉林省调解平台",
            CaseSetup.Row("JL-1", committee, mediator, outcome: "ORAL_AGREEMENT"),
            CaseSetup.Row("JL-2", committee, mediator, closedOn: null, outcome: null));
        Assert.Equal(2, first["created"]!.GetValue<int>());
        Assert.Equal(0, first["updated"]!.GetValue<int>());
        var before = Cases();

        var again = await setup.ImportOk("吉林省调解平台",
            CaseSetup.Row("JL-1", committee, mediator, outcome: "WRITTEN_AGREEMENT", coMediators: [coMediator], difficulty: "COMPLEX"),
            CaseSetup.Row("JL-2", committee, mediator, closedOn: "2026-03-01", outcome: "FAILED", enteredOn: "2026-03-02"));
        Assert.Equal(0, again["created"]!.GetValue<int>());
        Assert.Equal(2, again["updated"]!.GetValue<int>());
        Assert.Equal(before, Cases());

        var data = await app.Data("""
            { cases(sourcePlatform: "吉林省调解平台", first: 10) { totalCount nodes { externalNumber outcome difficulty closedOn daysToClose coMediators { id } committee { id } leadMediator { id } } } }
            """);
        var nodes = data["cases"]!["nodes"]!.AsArray();
        Assert.Equal(2, data["cases"]!["totalCount"]!.GetValue<int>());
        var one = nodes.Single(n => n!["externalNumber"]!.GetValue<string>() == "JL-1")!;
        Assert.Equal("WRITTEN_AGREEMENT", one["outcome"]!.GetValue<string>());
        Assert.Equal("COMPLEX", one["difficulty"]!.GetValue<string>());
        Assert.Equal(coMediator, Assert.Single(one["coMediators"]!.AsArray())!["id"]!.GetValue<string>());
        Assert.Equal(committee, one["committee"]!["id"]!.GetValue<string>());
        var two = nodes.Single(n => n!["externalNumber"]!.GetValue<string>() == "JL-2")!;
        Assert.Equal("FAILED", two["outcome"]!.GetValue<string>());
        Assert.Equal(55, two["daysToClose"]!.GetValue<int>());
    }

    [Fact]
    public async Task SameNumberOnAnotherPlatformIsAnotherCase()
    {
        var (committee, mediator, _) = await setup.CommitteeWithMediator("419001100203");
        await setup.ImportOk("平台甲", CaseSetup.Row("SAME-1", committee, mediator));
        var other = await setup.ImportOk("平台乙", CaseSetup.Row("SAME-1", committee, mediator));
        Assert.Equal(1, other["created"]!.GetValue<int>());
    }

    [Fact]
    public async Task ClosedBeforeReceivedIsRejectedByRowAndNothingIsWritten()
    {
        var (committee, mediator, _) = await setup.CommitteeWithMediator("419001100204");
        var before = Cases();
        var payload = await setup.Import("P-closed",
            CaseSetup.Row("C-1", committee, mediator),
            CaseSetup.Row("C-2", committee, mediator, receivedOn: "2026-02-10", closedOn: "2026-02-01", enteredOn: "2026-02-11"));
        var error = Assert.Single(CaseSetup.Errors(payload));
        Assert.Equal(("cases.1.closedOn", "OUT_OF_RANGE"), (error.Field, error.Code));
        Assert.Contains("before receivedOn", error.Message);
        Assert.Null(payload["created"]);
        Assert.Equal(before, Cases());
    }

    [Fact]
    public async Task LeadMediatorNotAppointedOnTheClosingDateIsRejected()
    {
        var (committee, mediator, _) = await setup.CommitteeWithMediator("419001100205", start: "2016-01-01", end: "2026-01-31");
        var before = Cases();
        var payload = await setup.Import("P-lead",
            CaseSetup.Row("L-1", committee, mediator, receivedOn: "2026-01-05", closedOn: "2026-02-01"),
            CaseSetup.Row("L-2", committee, mediator, receivedOn: "2026-01-05", closedOn: "2026-01-31"));
        var error = Assert.Single(CaseSetup.Errors(payload));
        Assert.Equal(("cases.0.leadMediatorId", "CONFLICT"), (error.Field, error.Code));
        Assert.Contains("2026-02-01", error.Message);
        Assert.Contains("2016-01-01 to 2026-01-31", error.Message);
        Assert.Equal(before, Cases());
    }

    [Fact]
    public async Task LeadMediatorOfAnotherCommitteeIsRejectedAndOpenCasesAreCheckedOnTheReceivedDate()
    {
        var (committee, _, _) = await setup.CommitteeWithMediator("419001100206");
        var (_, stranger, _) = await setup.CommitteeWithMediator("419001100207");
        var late = await setup.CommitteeWithMediator("419001100208", start: "2026-03-01");
        var payload = await setup.Import("P-other",
            CaseSetup.Row("O-1", committee, stranger),
            CaseSetup.Row("O-2", late.Committee, late.Mediator, receivedOn: "2026-02-01", closedOn: null, outcome: null));
        var errors = CaseSetup.Errors(payload);
        Assert.Equal(["cases.0.leadMediatorId", "cases.1.leadMediatorId"], errors.Select(e => e.Field).ToArray());
        Assert.Contains("never been appointed", errors[0].Message);
        Assert.Contains("received date", errors[1].Message);
    }

    [Fact]
    public async Task UnknownCommitteeIsRejected()
    {
        var (_, mediator, _) = await setup.CommitteeWithMediator("419001100209");
        var unknown = Convert.ToBase64String(Encoding.UTF8.GetBytes("Committee:987654321")).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var before = Cases();
        var payload = await setup.Import("P-unknown", CaseSetup.Row("U-1", unknown, mediator));
        var error = Assert.Single(CaseSetup.Errors(payload));
        Assert.Equal(("cases.0.committeeId", "NOT_FOUND"), (error.Field, error.Code));
        Assert.Equal(before, Cases());
    }

    [Fact]
    public async Task EveryBadRowIsReportedAndTheGoodRowsAreNotWritten()
    {
        var (committee, mediator, _) = await setup.CommitteeWithMediator("419001100210");
        var before = Cases();
        var payload = await setup.Import("P-many",
            CaseSetup.Row("M-0", committee, mediator),
            CaseSetup.Row("M-1", committee, mediator, closedOn: null),
            CaseSetup.Row("M-2", committee, mediator, outcome: null),
            CaseSetup.Row("M-3", committee, mediator, enteredOn: "2026-01-01"),
            CaseSetup.Row("M-0", committee, mediator),
            CaseSetup.Row("M-5", committee, mediator, parties: ["110101199001011234"]),
            CaseSetup.Row("M-6", committee, "not-an-id"));
        var fields = CaseSetup.Errors(payload).Select(e => $"{e.Field}:{e.Code}").ToArray();
        Assert.Equal([
            "cases.1.closedOn:REQUIRED", "cases.2.outcome:REQUIRED", "cases.3.enteredOn:OUT_OF_RANGE",
            "cases.4.externalNumber:DUPLICATE", "cases.5.partyIdNumbers.0:INVALID", "cases.6.leadMediatorId:INVALID",
        ], fields);
        Assert.Equal(before, Cases());
    }

    [Fact]
    public async Task MediatorsMayBeNamedByIdNumber()
    {
        var (committee, _, idNumber) = await setup.CommitteeWithMediator("419001100211");
        var payload = await setup.ImportOk("P-idno", CaseSetup.Row("N-1", committee, idNumber.ToLowerInvariant()));
        Assert.Equal(1, payload["created"]!.GetValue<int>());
    }

    [Fact]
    public async Task PartyIdNumbersAreStoredOnlyAsKeyedHashesAndNeverReturned()
    {
        var (committee, mediator, _) = await setup.CommitteeWithMediator("419001100212");
        var partyA = Infrastructure.Roster.NewPerson().IdNumber;
        var partyB = Infrastructure.Roster.NewPerson(male: false).IdNumber;
        var payload = await setup.ImportOk("P-privacy", CaseSetup.Row("H-1", committee, mediator, parties: [partyA, partyB]));
        Assert.DoesNotContain(partyA, payload.ToJsonString());

        var response = await app.GraphQL("""
            { cases(sourcePlatform: "P-privacy") { nodes { id externalNumber partyCount } } }
            """);
        var text = response.ToJsonString();
        Assert.DoesNotContain(partyA, text);
        Assert.DoesNotContain(partyB, text);
        Assert.Equal(2, response["data"]!["cases"]!["nodes"]![0]!["partyCount"]!.GetValue<int>());

        var (stored, setFingerprint) = app.WithDb(db =>
        {
            var id = db.Cases.Single(c => c.SourcePlatform == "P-privacy").Id;
            return (db.Set<CaseParty>().Where(p => p.CaseId == id).Select(p => p.Fingerprint).ToList(),
                db.Cases.Single(c => c.Id == id).PartySetFingerprint);
        });
        var expected = new[] { partyA, partyB }
            .Select(n => Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(RegistryApp.PartyHashKey), Encoding.ASCII.GetBytes(n))))
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, stored.Order(StringComparer.Ordinal).ToList());
        Assert.All(stored, f => Assert.Matches("^[0-9a-f]{64}$", f));
        Assert.Equal(MediationCase.SetFingerprint(expected), setFingerprint);
        // No column of the case tables is shaped to hold an 18-character ID number.
        var columns = app.WithDb(db => new[] { typeof(MediationCase), typeof(CaseParty), typeof(CaseCoMediator) }
            .SelectMany(t => db.Model.FindEntityType(t)!.GetProperties()).Select(p => p.Name).ToList());
        Assert.DoesNotContain(columns, c => c.Contains("IdNumber", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ImportReadsTheBatchInAFewQueriesWhateverItsSize()
    {
        // Rows refused for a date are read and checked in full but not written, so the commands counted are the reads.
        var (committee, mediator, idNumber) = await setup.CommitteeWithMediator("419001100213");
        async Task<long> Commands(int rows)
        {
            var before = app.SqlCommands;
            var payload = await setup.Import("P-batch", Enumerable.Range(0, rows)
                .Select(i => CaseSetup.Row($"B-{i}", committee, i % 2 == 0 ? mediator : idNumber, enteredOn: "2025-01-01")).ToArray());
            Assert.Equal(rows, CaseSetup.Errors(payload).Count);
            return app.SqlCommands - before;
        }
        var small = await Commands(10);
        var large = await Commands(1000);
        Assert.Equal(small, large);
        Assert.True(large <= 10, $"{large} commands to read a batch.");
    }
}

public sealed class SqliteCaseImport(SqliteApp app) : CaseImport(app), IClassFixture<SqliteApp>;

public sealed class PostgresCaseImport(PostgresApp app) : CaseImport(app), IClassFixture<PostgresApp>;

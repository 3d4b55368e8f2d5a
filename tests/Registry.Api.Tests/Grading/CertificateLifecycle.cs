using Registry.Api.Tests.Infrastructure;

namespace Registry.Api.Tests.Grading;

/// <summary>
/// A certificate in 荥经县 (511822), governed by Ya'an's demo requirement (seed/training-requirements: 10 h pre-service,
/// 20 h a year): every transition, the illegal ones, and the training rules, with dates and hours worked out by hand.
/// </summary>
public abstract class CertificateLifecycle(RegistryApp app)
{
    private readonly GradingScenario s = new(app);

    [Fact]
    public async Task WalksEveryTransitionAndRefusesTheIllegalOnes()
    {
        var m = await s.Training.Mediator("511822", "持证人");
        var early = await s.Training.Session("511822", "2024-02-01", hours: 4, form: "LECTURE", title: "岗前培训");
        await s.Training.Attend(early, m.Id);

        // Pre-service: 10 h needed by 2024-03-01, 4 h credited → 6 h missing.
        var refused = GradingScenario.Error(await s.Issue(m.Id, "2024-03-01", "2025-12-31", "511822"));
        Assert.Equal(("issuedOn", "INVALID_STATE"), (refused.Field, refused.Code));
        Assert.Contains("10 h", refused.Message);
        Assert.Contains("4 h are recorded, 6 h are missing", refused.Message);

        await s.Training.Attend(await s.Training.Session("511822", "2024-02-20", hours: 6, title: "岗前培训二"), m.Id);
        var issued = await s.Issue(m.Id, "2024-03-01", "2025-12-31", "511822");
        GradingScenario.Ok(issued);
        var certificate = issued["certificate"]!;
        var id = certificate["id"]!.GetValue<string>();
        // status is today's (2026-11-22): past the validity's end 2025-12-31.
        Assert.Equal(("511822-2024-00001", "EXPIRED"), (certificate["number"]!.GetValue<string>(), certificate["status"]!.GetValue<string>()));

        var second = GradingScenario.Error(await s.Issue(m.Id, "2024-05-01", "2026-12-31", "511822"));
        Assert.Equal(("mediatorId", "CONFLICT"), (second.Field, second.Code));

        GradingScenario.Ok(await s.Change("suspendCertificate", id, "2025-01-10", "投诉核查"));
        var renewSuspended = GradingScenario.Error(await s.Renew(id, "2025-01-20", "2027-12-31"));
        Assert.Equal(("certificateId", "INVALID_STATE"), (renewSuspended.Field, renewSuspended.Code));
        Assert.Contains("suspended", renewSuspended.Message);
        GradingScenario.Ok(await s.Change("reinstateCertificate", id, "2025-02-01"));

        // Expired from 2026-01-01: suspending it is refused.
        var suspendExpired = GradingScenario.Error(await s.Change("suspendCertificate", id, "2026-01-05", "迟到的暂停"));
        Assert.Equal(("certificateId", "INVALID_STATE"), (suspendExpired.Field, suspendExpired.Code));
        Assert.Contains("EXPIRED", suspendExpired.Message);

        // Renewal on 2026-02-01 closes the validity from 2024-03-01: one whole year → 20 h, none credited in it yet.
        var noTraining = GradingScenario.Error(await s.Renew(id, "2026-02-01", "2028-12-31"));
        Assert.Equal(("renewedOn", "INVALID_STATE"), (noTraining.Field, noTraining.Code));
        Assert.Contains("0 h are recorded, 20 h are missing", noTraining.Message);
        await s.Training.Attend(await s.Training.Session("511822", "2025-06-01", hours: 12), m.Id);
        Assert.Contains("12 h are recorded, 8 h are missing", GradingScenario.Error(await s.Renew(id, "2026-02-01", "2028-12-31")).Message);
        await s.Training.Attend(await s.Training.Session("511822", "2025-09-01", hours: 8), m.Id);
        var renewed = await s.Renew(id, "2026-02-01", "2028-12-31");
        GradingScenario.Ok(renewed);
        Assert.Equal(("2028-12-31", "ACTIVE"), (renewed["certificate"]!["validUntil"]!.GetValue<string>(), renewed["certificate"]!["status"]!.GetValue<string>()));

        // History: the past keeps its answers.
        var past = await app.Data("""
            query($id: ID!) { node(id: $id) { ... on Certificate {
              jan: status(asOf: "2026-01-10") feb: status(asOf: "2026-02-01") susp: status(asOf: "2025-01-15") before: status(asOf: "2024-12-31") } } }
            """, new { id });
        var node = past["node"]!;
        Assert.Equal(("EXPIRED", "ACTIVE", "SUSPENDED", "ACTIVE"), (node["jan"]!.GetValue<string>(), node["feb"]!.GetValue<string>(),
            node["susp"]!.GetValue<string>(), node["before"]!.GetValue<string>()));

        var revoked = await s.Change("revokeCertificate", id, "2026-03-01", "严重违纪");
        GradingScenario.Ok(revoked);
        Assert.Equal(["ISSUED", "SUSPENDED", "REINSTATED", "RENEWED", "REVOKED"],
            revoked["certificate"]!["history"]!["nodes"]!.AsArray().Select(e => e!["kind"]!.GetValue<string>()));
        var renewRevoked = GradingScenario.Error(await s.Renew(id, "2026-04-01", "2029-12-31"));
        Assert.Equal(("certificateId", "INVALID_STATE"), (renewRevoked.Field, renewRevoked.Code));
        Assert.Contains("revoked", renewRevoked.Message);
        Assert.Equal("INVALID_STATE", GradingScenario.Error(await s.Change("revokeCertificate", id, "2026-04-01", "再次")).Code);

        // Public verification: name, status, validity, issuer — nothing personal.
        var verified = (await app.Anonymous.Data("""
            { verifyCertificate(number: "511822-2024-00001") { number holderName status validFrom validUntil issuer { code } } }
            """))["verifyCertificate"]!;
        Assert.Equal(("持证人", "REVOKED", "2026-02-01", "2028-12-31", "511822"), (verified["holderName"]!.GetValue<string>(),
            verified["status"]!.GetValue<string>(), verified["validFrom"]!.GetValue<string>(), verified["validUntil"]!.GetValue<string>(),
            verified["issuer"]!["code"]!.GetValue<string>()));

        // After revocation a new certificate may be issued (no pre-service check: not the first), with the next number of its year.
        var again = await s.Issue(m.Id, "2026-05-01", "2029-04-30", "511822");
        GradingScenario.Ok(again);
        Assert.Equal("511822-2026-00001", again["certificate"]!["number"]!.GetValue<string>());
        var mine = await app.Data("""
            query($id: ID!) { node(id: $id) { ... on Mediator { certificates { totalCount } mar: certificate(asOf: "2026-03-15") { number status(asOf: "2026-03-15") } } } }
            """, new { id = m.Id });
        Assert.Equal(2, mine["node"]!["certificates"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(("511822-2024-00001", "REVOKED"), (mine["node"]!["mar"]!["number"]!.GetValue<string>(), mine["node"]!["mar"]!["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task UncertifiedServingAndExpiringFollowTheDates()
    {
        // 荥经县 township 511822101 (a region of its own, so other tests' mediators do not count).
        var committee = await s.Training.Roster.Committee("511822101");
        var held = await s.Training.Mediator("511822101", "有证", committeeId: committee);
        var none = await s.Training.Mediator("511822101", "无证", committeeId: committee);
        await s.Training.Mediator("511822101", "已离任", end: "2025-12-31", committeeId: committee);
        var training = await s.Training.Session("511822", "2023-12-01", hours: 10);
        await s.Training.Attend(training, held.Id);
        var id = await s.IssueOk(held.Id, "2024-01-15", "2026-12-10", "511822101");

        const string Query = """
            query($asOf: Date) { uncertifiedServing(regionCode: "511822101", asOf: $asOf) { totalCount nodes { name } } }
            """;
        async Task<List<string>> Uncertified(string asOf) => (await app.Data(Query, new { asOf }))["uncertifiedServing"]!["nodes"]!.AsArray()
            .Select(n => n!["name"]!.GetValue<string>()).Order().ToList();
        Assert.Equal(["无证"], await Uncertified("2026-11-22"));
        Assert.Equal(new[] { "已离任", "无证", "有证" }.Order(), await Uncertified("2024-01-14"));   // before the issue; 已离任 still serving
        Assert.Equal(new[] { "无证", "有证" }.Order(), await Uncertified("2026-12-11"));            // expired; 已离任 left 2025-12-31

        const string Expiring = """
            query($days: Int!) { expiringCertificates(regionCode: "511822101", withinDays: $days) { totalCount nodes { number validUntil } } }
            """;
        Assert.Equal(0, (await app.Data(Expiring, new { days = 17 }))["expiringCertificates"]!["totalCount"]!.GetValue<int>()); // 11-22 + 17 = 12-09
        var within = (await app.Data(Expiring, new { days = 18 }))["expiringCertificates"]!;                                     // 12-10
        Assert.Equal("2026-12-10", Assert.Single(within["nodes"]!.AsArray())!["validUntil"]!.GetValue<string>());

        GradingScenario.Ok(await s.Change("suspendCertificate", id, "2026-11-01", "暂停"));
        Assert.Equal(new[] { "无证", "有证" }.Order(), await Uncertified("2026-11-22"));            // suspended
        Assert.Equal(0, (await app.Data(Expiring, new { days = 30 }))["expiringCertificates"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(2, (await app.Data(Query, new { asOf = "2026-11-22" }))["uncertifiedServing"]!["totalCount"]!.GetValue<int>());
        _ = none;
    }
}

public sealed class SqliteCertificateLifecycle(SqliteApp app) : CertificateLifecycle(app), IClassFixture<SqliteApp>;

public sealed class PostgresCertificateLifecycle(PostgresApp app) : CertificateLifecycle(app), IClassFixture<PostgresApp>;

using System.Text.Json.Nodes;
using Registry.Api.Tests.Infrastructure;
using Registry.Domain.Access;

namespace Registry.Api.Tests.Subsidies;

/// <summary>
/// A claim over <see cref="SubsidyFixtureData"/>'s quarter from draft to paid: frozen, four-eyed, and unchanged by every
/// later change to the roster, grades, certificates and cases.
/// </summary>
public abstract class SubsidyClaimLifecycle(RegistryApp app)
{
    private readonly SubsidyScenario s = new(app);

    private ApiSession Clerk => s.As(Role.FinanceClerk, "440103", "clerk-1");
    private ApiSession Approver => s.As(Role.FinanceApprover, "4401", "approver-1");

    [Fact]
    public async Task AClaimIsFrozenFourEyedAndNeverPaysACaseTwice()
    {
        var ids = await SubsidyFixtureData.BuildAsync(app);

        // A rejected draft frees its period and its cases.
        var first = await s.Create(Clerk, "440103", "2026-01-01", "2026-03-31");
        SubsidyTestHelp.Ok(first);
        Assert.Equal(("DRAFT", 58601L, 16, 10), Claim(first));
        Assert.Equal([("from", "OVERLAP")], SubsidyTestHelp.Errors(await s.Create(Clerk, "440103", "2026-02-01", "2026-02-28")));
        var rejected = await s.Claim(Approver, "rejectSubsidyClaim", "RejectClaimInput", new { claimId = Id(first), reason = "材料不全" });
        SubsidyTestHelp.Ok(rejected);
        Assert.Equal("REJECTED", rejected["claim"]!["status"]!.GetValue<string>());

        var created = await s.Create(Clerk, "440103", "2026-01-01", "2026-03-31");
        SubsidyTestHelp.Ok(created);
        var claim = Id(created);
        Assert.Equal(("DRAFT", 58601L, 16, 10), Claim(created));
        Assert.Equal([("claimId", "INVALID_STATE")], SubsidyTestHelp.Errors(await s.Step(Approver, "approveSubsidyClaim", claim)));
        SubsidyTestHelp.Ok(await s.Step(Clerk, "submitSubsidyClaim", claim));

        // Four eyes: the clerk's role cannot approve, and the submitter cannot approve even holding the approver's role.
        var byClerk = await Clerk.GraphQL($$"""mutation { approveSubsidyClaim(input: { claimId: "{{claim}}" }) { claim { status } } }""");
        Assert.Equal("FORBIDDEN", byClerk["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        var sameSubject = s.As(Role.FinanceApprover, "440103", "clerk-1");
        Assert.Equal([("claimId", "SAME_PERSON")], SubsidyTestHelp.Errors(await s.Step(sameSubject, "approveSubsidyClaim", claim)));
        var approved = await s.Step(Approver, "approveSubsidyClaim", claim);
        SubsidyTestHelp.Ok(approved);
        Assert.Equal("APPROVED", approved["claim"]!["status"]!.GetValue<string>());

        var frozen = (await s.ClaimLines(claim)).ToJsonString();

        // Later changes of each kind that the statement reads.
        await new Cases.CaseSetup(app).ImportOk("subsidy",
            Cases.CaseSetup.Row("s1", ids["committee"], ids["甲"], "2026-01-02", "2026-01-10", "WRITTEN_AGREEMENT", "NEIGHBOURS", "COMPLEX", "2026-03-30"));
        await s.Grading.Assess(ids["甲"], "四级", "2026-01-02", "440103");
        await s.Grading.IssueOk(ids["戊"], "2025-06-01", "2028-12-31", "440103");
        var version = (await app.Data($$"""{ node(id: "{{ids["乙"]}}") { ... on Mediator { version } } }"""))["node"]!["version"]!.GetValue<int>();
        var updated = await app.Data("""
            mutation($input: UpdateMediatorInput!) { updateMediator(input: $input) { userErrors { field message } } }
            """, new { input = new { mediatorId = ids["乙"], version, background = "CIVIL_SERVANT" } });
        Assert.Empty(updated["updateMediator"]!["userErrors"]!.AsArray());
        var other = await s.Grading.Training.Roster.Committee("440103", "TOWNSHIP");
        await s.Grading.Training.Roster.Appoint(ids["丙"], other, employment: "FULL_TIME", startDate: "2025-12-01");

        Assert.Equal(frozen, (await s.ClaimLines(claim)).ToJsonString());

        // The statement now: every case the claim pays is ALREADY_CLAIMED; 戊's case pays now that a certificate covers it.
        var lines = SubsidyTestHelp.Lines((await s.Statement("440103", "2026-01-01", "2026-03-31", $"lines(first: 100) {{ nodes {{ {SubsidyScenario.LineFields} }} }}"))["lines"]!);
        Assert.Equal((0L, "ALREADY_CLAIMED"), lines["s1/甲"]);
        Assert.Equal((0L, "ALREADY_CLAIMED"), lines["s3/丙"]);
        Assert.Equal((0L, "ALREADY_CLAIMED"), lines["s13/庚"]);
        Assert.Equal((8000L, "PAYABLE"), lines["s5/戊"]);
        Assert.Equal((0L, "ENTERED_LATE"), lines["s4/甲"]);

        Assert.Equal([("paidOn", "OUT_OF_RANGE")], SubsidyTestHelp.Errors(await s.Claim(Clerk, "markSubsidyClaimPaid", "MarkClaimPaidInput",
            new { claimId = claim, paidOn = "2026-12-01", paymentReference = "GK-2026-0412" })));
        var paid = await s.Claim(Clerk, "markSubsidyClaimPaid", "MarkClaimPaidInput", new { claimId = claim, paidOn = "2026-04-20", paymentReference = "GK-2026-0412" });
        SubsidyTestHelp.Ok(paid);
        Assert.Equal(["DRAFT", "SUBMITTED", "APPROVED", "PAID"], paid["claim"]!["history"]!.AsArray().Select(e => e!["statusAfter"]!.GetValue<string>()));
        Assert.Equal(["clerk-1", "clerk-1", "approver-1", "clerk-1"], paid["claim"]!["history"]!.AsArray().Select(e => e!["by"]!.GetValue<string>()));
        Assert.Equal(frozen, (await s.ClaimLines(claim)).ToJsonString());

        // A claim for the next quarter is free to claim 戊's case; the paid one's cases stay out.
        var claims = await app.Data("""{ subsidyClaims(regionCode: "4401", statuses: [PAID, REJECTED]) { totalCount nodes { status amount } } }""");
        Assert.Equal(2, claims["subsidyClaims"]!["totalCount"]!.GetValue<int>());
    }

    private static string Id(JsonNode payload) => payload["claim"]!["id"]!.GetValue<string>();

    private static (string, long, int, int) Claim(JsonNode payload)
    {
        var c = payload["claim"]!;
        return (c["status"]!.GetValue<string>(), c["amount"]!.GetValue<long>(), c["lineCount"]!.GetValue<int>(), c["payableLineCount"]!.GetValue<int>());
    }
}

public sealed class SqliteSubsidyClaimLifecycle(SqliteApp app) : SubsidyClaimLifecycle(app), IClassFixture<SqliteApp>;

public sealed class PostgresSubsidyClaimLifecycle(PostgresApp app) : SubsidyClaimLifecycle(app), IClassFixture<PostgresApp>;

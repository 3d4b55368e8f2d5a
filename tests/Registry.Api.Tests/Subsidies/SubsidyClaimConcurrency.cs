using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Registry.Api.Tests.Infrastructure;
using Registry.Domain.Access;

namespace Registry.Api.Tests.Subsidies;

/// <summary>
/// On PostgreSQL, with real concurrency: two claims created at once over the same cases (a county's and its
/// prefecture's) leave each case in at most one live claim and pay the quarter once — the claims are frozen one after
/// the other, and the unique live-case index stands behind that (CONFLICT); two approvals at once approve once.
/// </summary>
public sealed class SubsidyClaimConcurrency(PostgresApp app) : IClassFixture<PostgresApp>
{
    private readonly SubsidyScenario s = new(app);

    [Fact]
    public async Task TwoClaimsAtOnceTakeEachCaseOnceAndTwoApprovalsApproveOnce()
    {
        await SubsidyFixtureData.BuildAsync(app);
        var county = s.As(Role.FinanceClerk, "440103", "clerk-county");
        var city = s.As(Role.FinanceClerk, "4401", "clerk-city");
        var results = await Task.WhenAll(
            s.Create(county, "440103", "2026-01-01", "2026-03-31"),
            s.Create(city, "4401", "2026-01-01", "2026-03-31"));
        var made = results.Where(r => r["userErrors"]!.AsArray().Count == 0).Select(r => r["claim"]!).ToList();
        Assert.All(results.Where(r => r["userErrors"]!.AsArray().Count > 0), r => Assert.Equal("CONFLICT", SubsidyTestHelp.Errors(r)[0].Code));
        Assert.Equal(58601L, made.Sum(c => c["amount"]!.GetValue<long>()));
        var perCase = app.WithDb(db => db.SubsidyClaimCases.Where(c => c.LiveCaseId != null).GroupBy(c => c.CaseId).Select(g => g.Count()).ToList());
        Assert.Equal(8, perCase.Count); // s1, s2, s3, s7, s11–s14
        Assert.All(perCase, n => Assert.Equal(1, n));

        var paying = made.Single(c => c["amount"]!.GetValue<long>() > 0);
        var id = paying["id"]!.GetValue<string>();
        var submitter = paying["history"]![0]!["by"]!.GetValue<string>() == "clerk-county" ? county : city;
        SubsidyTestHelp.Ok(await s.Step(submitter, "submitSubsidyClaim", id));
        var approvals = await Task.WhenAll(
            s.Step(s.As(Role.FinanceApprover, "44", "approver-a"), "approveSubsidyClaim", id),
            s.Step(s.As(Role.FinanceApprover, "44", "approver-b"), "approveSubsidyClaim", id));
        Assert.Single(approvals, a => a["userErrors"]!.AsArray().Count == 0);
        var refused = Assert.Single(approvals, a => a["userErrors"]!.AsArray().Count > 0);
        Assert.Contains(SubsidyTestHelp.Errors(refused)[0].Code, new[] { "CONFLICT", "INVALID_STATE" });
        var history = (await app.Data($$"""{ node(id: "{{id}}") { ... on SubsidyClaim { status history { statusAfter } } } }"""))["node"]!;
        Assert.Equal("APPROVED", history["status"]!.GetValue<string>());
        Assert.Single(history["history"]!.AsArray(), e => e!["statusAfter"]!.GetValue<string>() == "APPROVED");
    }
}

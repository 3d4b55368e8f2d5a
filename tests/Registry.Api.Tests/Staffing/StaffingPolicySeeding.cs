using Microsoft.EntityFrameworkCore;
using Registry.Api.Tests.Infrastructure;

namespace Registry.Api.Tests.Staffing;

public abstract class StaffingPolicySeeding(RegistryApp app)
{
    [Fact]
    public void StartUpStoresTheSixSeedPoliciesWithTheirRulesAndTargets()
    {
        var stored = app.WithDb(db => db.StaffingPolicies.AsNoTracking().OrderBy(p => p.RegionCode).ToList());

        Assert.Equal(["13", "150626", "22", "41", "419001", "5107"], stored.Select(p => p.RegionCode));
        var jilin = stored.Single(p => p.RegionCode == "22");
        Assert.Equal(8, jilin.Rules.Count);
        Assert.Equal(8, jilin.Targets.Count);
        Assert.Equal(0.2m, jilin.TargetFor(Domain.Staffing.TargetMetric.FullTimeShare)!.Target);
        Assert.Equal(3, stored.Single(p => p.RegionCode == "419001").RuleFor(Domain.Committees.CommitteeKind.Township)!.MinimumFullTime);
    }
}

public sealed class SqliteStaffingPolicySeeding(SqliteApp app) : StaffingPolicySeeding(app), IClassFixture<SqliteApp>;

public sealed class PostgresStaffingPolicySeeding(PostgresApp app) : StaffingPolicySeeding(app), IClassFixture<PostgresApp>;

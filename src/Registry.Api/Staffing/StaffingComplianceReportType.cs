using Registry.Api.Schema.Paging;
using Registry.Data.Reports.Staffing;

namespace Registry.Api.Staffing;

public sealed class StaffingComplianceReportType : ObjectGraphType<StaffingComplianceReport>
{
    public StaffingComplianceReportType()
    {
        Name = "StaffingComplianceReport";
        Description = "Active committees of a region's subtree on asOf against the staffing rules that govern each, and the aggregate targets in force.";
        Field(r => r.RegionCode);
        Field(r => r.AsOf);
        Field(r => r.CommitteeCount).Description("Committees existing on asOf.");
        Field(r => r.CompliantCount).Description("Committees meeting every rule that applies to them.");
        Field(r => r.ShortfallCount).Description("Committees below a REQUIRED minimum.");
        Field(r => r.ConditionalShortfallCount).Description("Designated committees below a CONDITIONAL minimum.");
        Field(r => r.MediatorCount).Description("Distinct mediators serving the region's committees on asOf.");
        Field(r => r.FullTimeMediatorCount).Description("Of those, the ones holding a full-time appointment there.");
        Field(r => r.FullTimeShare).Description("fullTimeMediatorCount ÷ mediatorCount; 0 without mediators.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TargetResultType>>>>("targets").Resolve(ctx => ctx.Source.Targets);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KindComplianceType>>>>("byKind").Resolve(ctx => ctx.Source.ByKind);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionComplianceType>>>>("byRegion")
            .Description("One row per direct child region, by code.")
            .Resolve(ctx => ctx.Source.ByRegion);
        Field<NonNullGraphType<ConnectionType<CommitteeShortfallType, CommitteeAssessment>>>("shortfalls")
            .Description("Committees below a minimum that applies to them, by committee.")
            .Paged()
            .ResolveAsync(async ctx => InMemoryPaging.ToPage(await ctx.Source.ShortfallsAsync(ctx.CancellationToken), a => a.CommitteeId, PageRequest.From(ctx)));
    }
}

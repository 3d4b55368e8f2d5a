using Registry.Api.Regions;
using Registry.Api.Schema;
using Registry.Api.Schema.Paging;
using Registry.Api.Schema.Scalars;
using Registry.Data.Reports.Staffing;
using Registry.Domain.Staffing;

namespace Registry.Api.Staffing;

public sealed class StaffingQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<StaffingComplianceReportType>>("staffingCompliance")
            .Description("Which committees of a region are below their full-time staffing quota on asOf, and whether the region meets its targets.")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode", "Region code, or CN for the whole country (nationwide callers); covers the whole subtree.")
            .Argument<CalendarDateGraphType>("asOf", "The day to report on (default today).")
            .ResolveAsync(async ctx =>
            {
                var regionCode = (await ctx.ReportRegionArgumentAsync(required: true))!;
                return await StaffingCompliance.ComputeAsync(ctx.Db(), regionCode, ctx.AsOf(), ctx.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EffectiveStaffingRuleType>>>>("effectiveStaffingRules")
            .Description("Per committee kind, the rule in force in a region on asOf and the policy it comes from; kinds no policy mentions are absent.")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode")
            .Argument<CalendarDateGraphType>("asOf", "Default today.")
            .ResolveAsync(async ctx =>
            {
                var regionCode = (await ctx.ReportRegionArgumentAsync(required: true))!;
                var policies = await ctx.Db().RelevantStaffingPoliciesAsync(regionCode, ctx.CancellationToken);
                return StaffingPolicyResolver.GoverningRules(policies, regionCode, ctx.AsOf()).Values.OrderBy(g => g.Rule.Kind).ToList();
            });

        query.Field<NonNullGraphType<ConnectionType<StaffingPolicyType, StaffingPolicy>>>("staffingPolicies")
            .Description("Staffing policies of every period that bear on a region: its own, its ancestors' and those of regions inside it.")
            .Argument<StringGraphType>("regionCode", "Inside your jurisdiction; omit for your whole jurisdiction.")
            .Paged()
            .ResolveAsync(async ctx =>
            {
                var regionCode = await ctx.ReportRegionArgumentAsync();
                IQueryable<StaffingPolicy> policies = ctx.Db().StaffingPolicies;
                if (regionCode is not null) policies = policies.BearingOn(regionCode);
                return await policies.ToPageAsync(PageRequest.From(ctx), ctx.CancellationToken);
            });
    }
}

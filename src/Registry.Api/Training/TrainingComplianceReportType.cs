using Registry.Api.Mediators;
using Registry.Api.Regions;
using Registry.Api.Schema.Loading;
using Registry.Api.Schema.Paging;
using Registry.Data.Reports.Training;
using Registry.Domain.Mediators;
using Registry.Domain.Training;

namespace Registry.Api.Training;

public sealed class TrainingComplianceReportType : ObjectGraphType<TrainingComplianceReport>
{
    public TrainingComplianceReportType()
    {
        Name = "TrainingComplianceReport";
        Description = "Who in a region meets the training requirement for a calendar year. Mediators counted: those with an appointment " +
                      "in force on asOf (31 December of the year, or today for the current year) at a committee in the region.";
        Field(r => r.RegionCode);
        Field(r => r.Year);
        Field("asOf", r => r.ReferenceDate).Description("The day whose roster is counted and whose requirements govern.");
        Field<NonNullGraphType<GoverningRequirementType>>("requirement").Description("What governs the region itself; subregions may set more.")
            .Resolve(ctx => ctx.Source.Requirement);
        Field<NonNullGraphType<IntGraphType>>("mediatorCount").ResolveAsync(async ctx => await ctx.Source.MediatorCount(ctx.CancellationToken));
        Field<NonNullGraphType<IntGraphType>>("compliantCount").Description("Counted mediators lacking nothing.")
            .ResolveAsync(async ctx => await ctx.Source.CompliantCount(ctx.CancellationToken));
        Field<NonNullGraphType<ConnectionType<TrainingShortfallType, TrainingShortfall>>>("behind")
            .Description("Counted mediators lacking something, by mediator.")
            .Paged()
            .ResolveAsync(async ctx => await BehindPage(ctx.Source, PageRequest.From(ctx), ctx.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionTrainingComplianceType>>>>("byRegion")
            .Description("One row per direct child region; a mediator serving in two counts in both, one serving at the region's own level in none.")
            .ResolveAsync(async ctx => await ctx.Source.ByRegion(ctx.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingHoursByTierType>>>>("hoursByTier")
            .Description("Hours credited in the year to the counted mediators, by the session's tier.")
            .ResolveAsync(async ctx => await ctx.Source.HoursByTier(ctx.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingHoursByFormType>>>>("hoursByForm")
            .Description("Hours credited in the year to the counted mediators, by the session's form.")
            .ResolveAsync(async ctx => await ctx.Source.HoursByForm(ctx.CancellationToken));
    }

    private static async Task<Page<TrainingShortfall>> BehindPage(TrainingComplianceReport report, PageRequest page, CancellationToken ct)
    {
        var rows = await report.BehindAsync(page.After, page.First, ct);
        var more = rows.Count > page.First;
        if (more) rows.RemoveAt(rows.Count - 1);
        var total = await report.BehindCount(ct);
        return new Page<TrainingShortfall>(rows, rows.Select(r => PageRequest.EncodeCursor(r.MediatorId)).ToList(), more, page.After is not null,
            _ => Task.FromResult(total));
    }
}

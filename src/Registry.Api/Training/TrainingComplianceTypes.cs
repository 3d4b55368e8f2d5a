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

public sealed class TrainingShortfallType : ObjectGraphType<TrainingShortfall>
{
    public TrainingShortfallType()
    {
        Name = "TrainingShortfall";
        Description = "A mediator behind the year's requirement, and what they lack.";
        Field<NonNullGraphType<MediatorType>>("mediator").Resolve(ctx => ctx.LoadById<Mediator>(ctx.Source.MediatorId));
        Field<NonNullGraphType<FloatGraphType>>("hours").Description("Credited in the year.").Resolve(ctx => TrainingHours.ToHours(ctx.Source.Standing.Minutes));
        Field<NonNullGraphType<IntGraphType>>("practicalCount").Resolve(ctx => ctx.Source.Standing.PracticalCount);
        Field<NonNullGraphType<FloatGraphType>>("requiredHours").Resolve(ctx => TrainingHours.ToHours(ctx.Source.Standing.Requirement.MinMinutesPerYear));
        Field<NonNullGraphType<IntGraphType>>("requiredPracticalSessions").Resolve(ctx => ctx.Source.Standing.Requirement.MinPracticalSessionsPerYear);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingLackType>>>>("lacks").Resolve(ctx => ctx.Source.Standing.Lacks);
        Field<NonNullGraphType<StringGraphType>>("summary").Description("The lacks in one sentence, for people.")
            .Resolve(ctx => string.Join(" ", ctx.Source.Standing.Lacks.Select(l => l.Message)));
    }
}

public sealed class RegionTrainingComplianceType : ObjectGraphType<RegionTrainingCompliance>
{
    public RegionTrainingComplianceType()
    {
        Name = "RegionTrainingCompliance";
        Field<NonNullGraphType<RegionType>>("region").Resolve(ctx => ctx.Source.Region);
        Field<NonNullGraphType<StringGraphType>>("regionCode").Resolve(ctx => ctx.Source.Region.Code);
        Field(r => r.MediatorCount);
        Field(r => r.CompliantCount);
        Field<NonNullGraphType<IntGraphType>>("behindCount").Resolve(ctx => ctx.Source.MediatorCount - ctx.Source.CompliantCount);
    }
}

public sealed class TrainingHoursByTierType : ObjectGraphType<TrainingHoursBreakdown>
{
    public TrainingHoursByTierType()
    {
        Name = "TrainingHoursByTier";
        Field<NonNullGraphType<EnumerationGraphType<TrainingTier>>>("tier").Resolve(ctx => Enum.Parse<TrainingTier>(ctx.Source.Key));
        Field<NonNullGraphType<FloatGraphType>>("hours").Resolve(ctx => TrainingHours.ToHours((int)ctx.Source.Minutes));
        Field<NonNullGraphType<IntGraphType>>("attendanceCount").Resolve(ctx => (int)ctx.Source.AttendanceCount);
    }
}

public sealed class TrainingHoursByFormType : ObjectGraphType<TrainingHoursBreakdown>
{
    public TrainingHoursByFormType()
    {
        Name = "TrainingHoursByForm";
        Field<NonNullGraphType<EnumerationGraphType<TrainingForm>>>("form").Resolve(ctx => Enum.Parse<TrainingForm>(ctx.Source.Key));
        Field<NonNullGraphType<FloatGraphType>>("hours").Resolve(ctx => TrainingHours.ToHours((int)ctx.Source.Minutes));
        Field<NonNullGraphType<IntGraphType>>("attendanceCount").Resolve(ctx => (int)ctx.Source.AttendanceCount);
    }
}

using Registry.Api.Access;
using Registry.Api.Regions;
using Registry.Api.Schema;
using Registry.Api.Schema.Errors;
using Registry.Api.Schema.Paging;
using Registry.Data.Reports.Grading;
using Registry.Domain.Access;
using Registry.Domain.Grading;

namespace Registry.Api.Grading;

public sealed class GradingQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<GradeEligibilityType, EligibilityRow>>>("gradeEligibility").Requires(Permission.ReadReports)
            .Description("Mediators serving in the region on asOf (default today), each judged against the level of that name in the ladder governing " +
                         "their committee (the most specific in force; serving under several ladders, the most specific of them): by default those who " +
                         "meet every criterion and do not hold the level or a higher one; with all: true, everyone whose ladder has the level, by id.")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode", "Region code, or CN for the whole country (nationwide callers); covers the whole subtree.")
            .Argument<NonNullGraphType<StringGraphType>>("level", "The level's name as the ladder in force writes it (四级, 首席).")
            .Argument<Schema.Scalars.CalendarDateGraphType>("asOf")
            .Argument<BooleanGraphType>("all", "Everyone serving, with each criterion's required / actual / met.", a => a.DefaultValue = false)
            .Paged()
            .ResolveAsync(async ctx =>
            {
                var regionCode = (await ctx.RegionArgumentAsync(required: true, nation: true))!;
                var asOf = ctx.AsOf();
                var page = PageRequest.From(ctx);
                var zones = await ZonesAsync(ctx, regionCode, asOf);
                var found = await GradeEligibilityReport.PageAsync(ctx.Db(), zones, ctx.GetArgument<string>("level"), asOf, ctx.GetArgument<bool>("all"),
                    page.After, page.First + 1, ctx.CancellationToken);
                var rows = page.First == 0 ? [] : found.Rows.Take(page.First).ToList();
                return new Page<EligibilityRow>(rows, rows.Select(r => PageRequest.EncodeCursor(r.MediatorId)).ToList(),
                    page.First > 0 && found.Rows.Count > page.First, page.After is not null, found.TotalCount);
            });

        query.Field<GradeLadderType>("gradeLadder").Requires(Permission.ReadReports)
            .Description("The grade ladder governing a region on asOf (default today): the most specific in force, else the national default.")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode")
            .Argument<Schema.Scalars.CalendarDateGraphType>("asOf")
            .ResolveAsync(async ctx =>
            {
                var regionCode = (await ctx.RegionArgumentAsync(required: true))!;
                var ladders = await ctx.Db().GradeLadders.AsNoTracking().ToListAsync(ctx.CancellationToken);
                return GradeLadderResolver.Resolve(ladders, regionCode, ctx.AsOf());
            });
    }

    /// <summary>The region's grade zones on the day; refused when no ladder governs any of it, or none of their ladders has the level.</summary>
    private static async Task<IReadOnlyList<GradeZone>> ZonesAsync(IResolveFieldContext ctx, string regionCode, DateOnly asOf)
    {
        var ladders = await ctx.Db().GradeLadders.AsNoTracking().ToListAsync(ctx.CancellationToken);
        var zones = GradeLadderResolver.Zones(ladders, regionCode, asOf);
        var governing = zones.Where(z => z.Ladder is not null).Select(z => z.Ladder!).DistinctBy(l => l.Id).ToList();
        if (governing.Count == 0)
            throw new InputError("regionCode", ErrorCodes.NotFound, $"No grade ladder governs {regionCode} on {asOf:yyyy-MM-dd}.");
        var name = ctx.GetArgument<string>("level");
        if (governing.All(l => l.LevelNamed(name) is null))
        {
            var levels = string.Join("; ", governing.Select(l => l.Title + " (" + string.Join(", ", l.Levels.Select(v => v.Name)) + ")"));
            throw new InputError("level", ErrorCodes.NotFound,
                $"'{name}' is not a level of any ladder governing {regionCode} on {asOf:yyyy-MM-dd}; their levels: {levels}.");
        }
        return zones;
    }
}

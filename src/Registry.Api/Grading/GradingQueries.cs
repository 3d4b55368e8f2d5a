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
            .Description("Mediators serving in the region on asOf (default today) judged against a level of the ladder governing the region: by " +
                         "default those who meet every criterion and do not hold the level or a higher one; with all: true, everyone, by id.")
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
                var level = await LevelAsync(ctx, regionCode, asOf);
                var found = await GradeEligibilityReport.PageAsync(ctx.Db(), regionCode, level, asOf, ctx.GetArgument<bool>("all"),
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

    private static async Task<GradeLevel> LevelAsync(IResolveFieldContext ctx, string regionCode, DateOnly asOf)
    {
        var ladders = await ctx.Db().GradeLadders.AsNoTracking().ToListAsync(ctx.CancellationToken);
        var ladder = GradeLadderResolver.Resolve(ladders, regionCode, asOf)
            ?? throw new InputError("regionCode", ErrorCodes.NotFound, $"No grade ladder governs {regionCode} on {asOf:yyyy-MM-dd}.");
        var name = ctx.GetArgument<string>("level");
        return ladder.LevelNamed(name)
            ?? throw new InputError("level", ErrorCodes.NotFound,
                $"'{name}' is not a level of {ladder.Title}, which governs {regionCode} on {asOf:yyyy-MM-dd}: it has {string.Join(", ", ladder.Levels.Select(l => l.Name))}.");
    }
}

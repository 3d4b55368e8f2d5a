using Registry.Api.Regions;
using Registry.Api.Schema;
using Registry.Api.Schema.Errors;
using Registry.Domain.Training;

namespace Registry.Api.Training;

public sealed class TrainingComplianceQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<TrainingComplianceReportType>>("trainingCompliance")
            .Description("Who in a region's subtree meets the training requirement for a calendar year, computed in the database.")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode")
            .Argument<NonNullGraphType<IntGraphType>>("year")
            .ResolveAsync(async ctx =>
            {
                var code = (await ctx.RegionArgumentAsync(required: true))!;
                var year = ctx.Year();
                var today = ctx.Today();
                var db = ctx.Db();
                var asOf = TrainingStanding.ReferenceDate(year, today);
                var requirements = await db.TrainingRequirements.AsNoTracking().ToListAsync(ctx.CancellationToken);
                var children = await db.Regions.AsNoTracking().Where(r => r.ParentCode == code).OrderBy(r => r.Code).ToListAsync(ctx.CancellationToken);
                var hoursWanted = ctx.SubFields?.Values.Any(f => f.FieldType.Name is "hoursByTier" or "hoursByForm") ?? true;
                return new TrainingComplianceReport(db, code, year, asOf, TrainingRequirementResolver.Resolve(requirements, code, asOf),
                    TrainingRequirementResolver.Zones(requirements, code, asOf), children, hoursWanted);
            });
}

using Registry.Api.Regions;
using Registry.Api.Schema;
using Registry.Api.Schema.Errors;
using Registry.Api.Schema.Paging;
using Registry.Data.Reports.Training;

namespace Registry.Api.Training;

public sealed class TrainingComplianceQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<TrainingComplianceReportType>>("trainingCompliance")
            .Description("Who in a region's subtree meets the training requirement for a calendar year, computed in the database.")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode", "Region code, or CN for the whole country (nationwide callers); covers the whole subtree.")
            .Argument<NonNullGraphType<IntGraphType>>("year")
            .ResolveAsync(async ctx =>
            {
                var code = (await ctx.ReportRegionArgumentAsync(required: true))!;
                var year = ctx.Year();
                var today = ctx.Today();
                var hoursWanted = ctx.SubFields?.Values.Any(f => f.FieldType.Name is "hoursByTier" or "hoursByForm") ?? true;
                return await TrainingComplianceReport.CreateAsync(ctx.Db(), code, year, today, hoursWanted, PageRequest.MaxSize, ctx.CancellationToken);
            });
}

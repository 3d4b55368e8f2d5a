using Registry.Data.Reports.Screening;

namespace Registry.Api.Screening;

public sealed class ScreeningRegionComplianceType : ObjectGraphType<ScreeningRegionCompliance>
{
    public ScreeningRegionComplianceType()
    {
        Name = "ScreeningRegionCompliance";
        Description = "Screening counts of one region (a direct child of the one asked about).";
        Field(r => r.RegionCode);
        Field(r => r.Name, nullable: true);
        CountFields.Add(this);
    }

    /// <summary>The counts the report shows both for the whole region and for each child.</summary>
    internal static class CountFields
    {
        public static void Add<T>(ObjectGraphType<T> type) where T : class
        {
            type.Field<NonNullGraphType<IntGraphType>>("unitCount").Description("Units owing at least one round in the span.")
                .Resolve(ctx => Of(ctx.Source).UnitCount);
            type.Field<NonNullGraphType<IntGraphType>>("compliantCount").Description("Units with a round in every period they owed.")
                .Resolve(ctx => Of(ctx.Source).CompliantCount);
            type.Field<NonNullGraphType<IntGraphType>>("requiredRounds").Description("Periods owed, summed over units (daily ones in sensitive periods included).")
                .Resolve(ctx => Of(ctx.Source).RequiredRounds);
            type.Field<NonNullGraphType<IntGraphType>>("recordedRounds").Description("Owed periods that have a round; two rounds in one week count once.")
                .Resolve(ctx => Of(ctx.Source).RecordedRounds);
            type.Field<NonNullGraphType<IntGraphType>>("villageCount").Description("Village and community committees existing on `to`.")
                .Resolve(ctx => Of(ctx.Source).VillageCount);
            type.Field<NonNullGraphType<IntGraphType>>("villagesWithInformationOfficer")
                .Description("Of those, the ones with at least one information officer (信息员) serving on `to`.")
                .Resolve(ctx => Of(ctx.Source).VillagesWithInformationOfficer);
        }

        private static ScreeningRegionCompliance Of(object source) =>
            source as ScreeningRegionCompliance ?? ((ScreeningComplianceReport)source).Totals;
    }
}

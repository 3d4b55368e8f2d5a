using Registry.Api.Regions;
using Registry.Api.Schema.Scalars;
using Registry.Data.Reports.Cases;
using Registry.Domain.Cases;
using Registry.Domain.Disputes;

namespace Registry.Api.Cases;

public sealed class CategoryCaseStatsType : ObjectGraphType<CategoryCaseCounts>
{
    public CategoryCaseStatsType()
    {
        Name = "CategoryCaseStats";
        Field(r => r.Category, type: typeof(NonNullGraphType<EnumerationGraphType<DisputeCategory>>));
        Field<NonNullGraphType<CaseStatsType>>("stats").Resolve(ctx => ctx.Source.Stats);
    }
}

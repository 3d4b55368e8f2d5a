using Registry.Api.Schema.Inputs;
using Registry.Domain.Disputes;
using Registry.Domain.Screening;

namespace Registry.Api.Screening;

public sealed class RiskItemInputType : TypedInputType<RiskItemInput>
{
    public RiskItemInputType()
    {
        Name = "RiskItemInput";
        Field(i => i.Category, type: typeof(NonNullGraphType<EnumerationGraphType<DisputeCategory>>)).Description("As on cases.");
        Field(i => i.RiskLevel, type: typeof(NonNullGraphType<EnumerationGraphType<RiskLevel>>));
        Field(i => i.Summary);
        Field(i => i.Parties, nullable: true).Description("Who is involved, as the round describes them; not ID numbers.");
    }
}

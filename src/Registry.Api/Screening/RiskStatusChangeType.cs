using Registry.Domain.Screening;

namespace Registry.Api.Screening;

public sealed class RiskStatusChangeType : ObjectGraphType<RiskStatusChange>
{
    public RiskStatusChangeType()
    {
        Name = "RiskStatusChange";
        Field(c => c.Status, type: typeof(NonNullGraphType<EnumerationGraphType<RiskStatus>>));
        Field(c => c.On);
        Field(c => c.Note, nullable: true).Description("Why, or to whom it was referred or escalated.");
    }
}

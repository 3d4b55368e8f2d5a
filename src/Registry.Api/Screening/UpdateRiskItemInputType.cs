using Registry.Api.Schema.Inputs;
using Registry.Api.Schema.Scalars;
using Registry.Domain.Screening;

namespace Registry.Api.Screening;

public sealed class UpdateRiskItemInputType : TypedInputType<UpdateRiskItemInput>
{
    public UpdateRiskItemInputType()
    {
        Name = "UpdateRiskItemInput";
        Field<NonNullGraphType<IdGraphType>>("riskItemId");
        Field(i => i.Status, type: typeof(NonNullGraphType<EnumerationGraphType<RiskStatus>>))
            .Description("MEDIATING, RESOLVED, REFERRED or ESCALATED; RESOLVED and REFERRED close the item.");
        Field(i => i.On, type: typeof(NonNullGraphType<CalendarDateGraphType>)).Description("Not before the last change, not in the future.");
        Field(i => i.Note, nullable: true).Description("Required for REFERRED and ESCALATED: to whom (派出所, 信访局, 法院, 镇党委政府…).");
        Field<IdGraphType>("caseId").Description("The case the item became (a case of the same committee), to link it.");
    }
}

using Registry.Api.Schema.Inputs;
using Registry.Api.Schema.Scalars;
using Registry.Domain.ExpertPools;

namespace Registry.Api.ExpertPools;

public sealed class AddExpertInputType : TypedInputType<AddExpertInput>
{
    public AddExpertInputType()
    {
        Name = "AddExpertInput";
        Field<NonNullGraphType<IdGraphType>>("expertPoolId");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<EnumerationGraphType<ExpertDiscipline>>>("discipline");
        Field<NonNullGraphType<EnumerationGraphType<ExpertProfession>>>("profession");
        Field<StringGraphType>("organisation");
        Field<NonNullGraphType<CalendarDateGraphType>>("termStart");
        Field<CalendarDateGraphType>("termEnd");
    }
}

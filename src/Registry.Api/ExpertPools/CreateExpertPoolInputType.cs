using Registry.Api.Schema.Inputs;
using Registry.Api.Schema.Scalars;

namespace Registry.Api.ExpertPools;

public sealed class CreateExpertPoolInputType : TypedInputType<CreateExpertPoolInput>
{
    public CreateExpertPoolInputType()
    {
        Name = "CreateExpertPoolInput";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<StringGraphType>>("regionCode").Description("A prefecture (4 digits) or county (6 digits).");
        Field<NonNullGraphType<CalendarDateGraphType>>("establishedOn");
    }
}

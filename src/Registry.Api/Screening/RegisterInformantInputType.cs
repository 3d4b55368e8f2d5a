using Registry.Api.Schema.Inputs;
using Registry.Api.Schema.Scalars;
using Registry.Domain.Screening;

namespace Registry.Api.Screening;

public sealed class RegisterInformantInputType : TypedInputType<RegisterInformantInput>
{
    public RegisterInformantInputType()
    {
        Name = "RegisterInformantInput";
        Field<NonNullGraphType<IdGraphType>>("committeeId").Description("The committee the person reports to; its region is theirs.");
        Field(i => i.Name);
        Field(i => i.Role, type: typeof(NonNullGraphType<EnumerationGraphType<InformantRole>>));
        Field(i => i.TermFrom, type: typeof(NonNullGraphType<CalendarDateGraphType>));
        Field(i => i.TermTo, type: typeof(CalendarDateGraphType)).Description("Last day of the term; omit while open.");
        Field(i => i.IdNumber, nullable: true).Description("Resident ID number (GB 11643, checked); personal data.");
        Field(i => i.Phone, nullable: true).Description("Personal data.");
    }
}

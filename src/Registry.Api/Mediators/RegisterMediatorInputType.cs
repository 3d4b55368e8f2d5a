using Registry.Api.Schema.Inputs;
using Registry.Api.Schema.Scalars;
using Registry.Domain.Mediators;

namespace Registry.Api.Mediators;

public sealed class RegisterMediatorInputType : TypedInputType<RegisterMediatorInput>
{
    public RegisterMediatorInputType()
    {
        Name = "RegisterMediatorInput";
        Field(i => i.Name);
        Field(i => i.Gender, type: typeof(NonNullGraphType<EnumerationGraphType<Gender>>)).Description("Must agree with the ID number.");
        Field(i => i.BirthDate, type: typeof(NonNullGraphType<CalendarDateGraphType>)).Description("Must agree with the ID number.");
        Field(i => i.IdNumber).Description("18-character resident ID number; checked with the GB 11643 checksum and unique.");
        Field(i => i.Phone, nullable: true);
        Field(i => i.Education, type: typeof(EnumerationGraphType<Education>));
        Field(i => i.PoliticalStatus, type: typeof(EnumerationGraphType<PoliticalStatus>));
        Field(i => i.Background, type: typeof(EnumerationGraphType<ProfessionalBackground>));
        Field(i => i.Ethnicity, nullable: true);
        Field(i => i.RegisteringRegionCode, nullable: true)
            .Description("The registering bureau's region, inside your jurisdiction (default: your jurisdiction; nationwide staff who omit it " +
                         "register the mediator nationwide). Until the mediator is appointed, it decides whose jurisdiction covers them.");
    }
}

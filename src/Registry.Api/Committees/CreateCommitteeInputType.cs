using Registry.Api.Schema.Inputs;
using Registry.Api.Schema.Scalars;
using Registry.Domain.Committees;

namespace Registry.Api.Committees;

public sealed class CreateCommitteeInputType : TypedInputType<CreateCommitteeInput>
{
    public CreateCommitteeInputType()
    {
        Name = "CreateCommitteeInput";
        Field(i => i.Name).Description("Full name, e.g. 某某村人民调解委员会.");
        Field(i => i.Kind, type: typeof(NonNullGraphType<CommitteeKindType>));
        Field(i => i.RegionCode).Description("The division the committee sits in.");
        Field(i => i.EstablishedOn, type: typeof(NonNullGraphType<CalendarDateGraphType>));
        Field(i => i.Sector, type: typeof(EnumerationGraphType<Sector>)).Description("Required for INDUSTRY_PROFESSIONAL.");
        Field(i => i.HostInstitution, type: typeof(EnumerationGraphType<HostInstitution>)).Description("Required for DISPATCHED_OFFICE.");
        Field(i => i.HasFullTimeConditions, nullable: true).DefaultValue(false);
        Field(i => i.HasPartyOrganisation, nullable: true).DefaultValue(false);
        Field(i => i.Uniformities, type: typeof(ListGraphType<NonNullGraphType<EnumerationGraphType<Uniformity>>>));
        Field(i => i.Implementations, type: typeof(ListGraphType<NonNullGraphType<EnumerationGraphType<Implementation>>>));
        Field(i => i.Address, nullable: true);
    }
}

using Registry.Api.Schema.Scalars;
using Registry.Domain.Committees;

namespace Registry.Api.Committees;

public sealed class CreateCommitteeInputType : InputObjectGraphType<CreateCommitteeInput>
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
        Field(i => i.StarRating, nullable: true);
        Field(i => i.Address, nullable: true);
    }
}

/// <summary>Every field but the ID is optional: an omitted field keeps its value, an explicit null clears it.</summary>
public sealed class UpdateCommitteeInputType : InputObjectGraphType
{
    public UpdateCommitteeInputType()
    {
        Name = "UpdateCommitteeInput";
        Field<NonNullGraphType<IdGraphType>>("committeeId");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you read; a stale one gets a CONFLICT and changes nothing.");
        Field<StringGraphType>("name");
        Field<CommitteeKindType>("kind");
        Field<StringGraphType>("regionCode");
        Field<CalendarDateGraphType>("establishedOn");
        Field<EnumerationGraphType<Sector>>("sector");
        Field<EnumerationGraphType<HostInstitution>>("hostInstitution");
        Field<BooleanGraphType>("hasFullTimeConditions");
        Field<BooleanGraphType>("hasPartyOrganisation");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<Uniformity>>>>("uniformities");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<Implementation>>>>("implementations");
        Field<IntGraphType>("starRating");
        Field<StringGraphType>("address");
    }
}

public sealed class DissolveCommitteeInputType : InputObjectGraphType
{
    public DissolveCommitteeInputType()
    {
        Name = "DissolveCommitteeInput";
        Field<NonNullGraphType<IdGraphType>>("committeeId");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you read; a stale one gets a CONFLICT and changes nothing.");
        Field<NonNullGraphType<CalendarDateGraphType>>("dissolvedOn").Description("The last day the committee exists; its open appointments end that day.");
    }
}

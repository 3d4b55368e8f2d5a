using Registry.Api.Schema.Inputs;
using Registry.Api.Schema.Scalars;
using Registry.Domain.Committees;

namespace Registry.Api.Committees;

/// <summary>Every field but the ID is optional: an omitted field keeps its value, an explicit null clears it.</summary>
public sealed class UpdateCommitteeInputType : TypedInputType<UpdateCommitteeInput>
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
        Field<StringGraphType>("address");
    }
}

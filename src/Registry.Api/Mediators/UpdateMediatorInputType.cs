using Registry.Api.Schema.Inputs;
using Registry.Api.Schema.Scalars;
using Registry.Domain.Mediators;

namespace Registry.Api.Mediators;

/// <summary>Every field but the ID is optional: an omitted field keeps its value, an explicit null clears it.</summary>
public sealed class UpdateMediatorInputType : TypedInputType<UpdateMediatorInput>
{
    public UpdateMediatorInputType()
    {
        Name = "UpdateMediatorInput";
        Field<NonNullGraphType<IdGraphType>>("mediatorId");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you read; a stale one gets a CONFLICT and changes nothing.");
        Field<StringGraphType>("name");
        Field<EnumerationGraphType<Gender>>("gender");
        Field<CalendarDateGraphType>("birthDate");
        Field<StringGraphType>("idNumber");
        Field<StringGraphType>("phone");
        Field<EnumerationGraphType<Education>>("education");
        Field<EnumerationGraphType<PoliticalStatus>>("politicalStatus");
        Field<EnumerationGraphType<ProfessionalBackground>>("background");
        Field<StringGraphType>("ethnicity");
    }
}

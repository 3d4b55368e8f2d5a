using Registry.Api.Schema.Inputs;
using Registry.Api.Schema.Scalars;
using Registry.Domain.BrandStudios;
using Registry.Domain.Disputes;

namespace Registry.Api.BrandStudios;

public sealed class CreateBrandStudioInputType : TypedInputType<CreateBrandStudioInput>
{
    public CreateBrandStudioInputType()
    {
        Name = "CreateBrandStudioInput";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<EnumerationGraphType<BrandStudioKind>>>("kind");
        Field<NonNullGraphType<IdGraphType>>("hostCommitteeId").Description("The hosting committee, or the mediation centre it is stationed in.");
        Field<IdGraphType>("leadMediatorId").Description("Required for PERSONAL studios: the mediator it is named after.");
        Field<NonNullGraphType<EnumerationGraphType<NamingLevel>>>("namingLevel");
        Field<NonNullGraphType<CalendarDateGraphType>>("namedOn");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<DisputeCategory>>>>("specialities");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("memberIds");
    }
}

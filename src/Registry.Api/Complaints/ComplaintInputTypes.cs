using Registry.Api.Schema.Inputs;
using Registry.Api.Schema.Scalars;
using Registry.Domain.BrandStudios;
using Registry.Domain.Complaints;

namespace Registry.Api.Complaints;

public sealed class RecordComplaintInputType : TypedInputType<RecordComplaintInput>
{
    public RecordComplaintInputType()
    {
        Name = "RecordComplaintInput";
        Field<NonNullGraphType<IdGraphType>>("mediatorId");
        Field<NonNullGraphType<CalendarDateGraphType>>("receivedOn");
        Field<NonNullGraphType<StringGraphType>>("summary");
        Field<StringGraphType>("receivingRegionCode").Description("The bureau's region that received it; defaults to your jurisdiction.");
    }
}

public sealed class ResolveComplaintInputType : TypedInputType<ResolveComplaintInput>
{
    public ResolveComplaintInputType()
    {
        Name = "ResolveComplaintInput";
        Field<NonNullGraphType<IdGraphType>>("complaintId");
        Field<NonNullGraphType<EnumerationGraphType<ComplaintOutcome>>>("outcome");
        Field<NonNullGraphType<CalendarDateGraphType>>("resolvedOn");
        Field<IntGraphType>("version").Description("The version you read; a stale one gets a CONFLICT. Omit to skip the check.");
    }
}

public sealed class RecordCommendationInputType : TypedInputType<RecordCommendationInput>
{
    public RecordCommendationInputType()
    {
        Name = "RecordCommendationInput";
        Description = "Exactly one of mediatorId and committeeId.";
        Field<IdGraphType>("mediatorId");
        Field<IdGraphType>("committeeId");
        Field<NonNullGraphType<StringGraphType>>("title").Description("e.g. 我最喜爱的人民调解员, 全省人民调解工作先进集体.");
        Field<NonNullGraphType<EnumerationGraphType<NamingLevel>>>("level");
        Field<NonNullGraphType<CalendarDateGraphType>>("awardedOn");
        Field<NonNullGraphType<StringGraphType>>("awardedBy");
        Field<StringGraphType>("awardingRegionCode").Description("The awarding bureau's region; defaults to your jurisdiction.");
    }
}

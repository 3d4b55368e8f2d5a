using Registry.Api.Schema.Inputs;
using Registry.Api.Schema.Scalars;

namespace Registry.Api.Subsidies;

public sealed class CreateSubsidyClaimInputType : TypedInputType<CreateSubsidyClaimInput>
{
    public CreateSubsidyClaimInputType()
    {
        Name = "CreateSubsidyClaimInput";
        Field<NonNullGraphType<StringGraphType>>("regionCode").Description("The region whose cases the claim pays; inside your jurisdiction.");
        Field<NonNullGraphType<CalendarDateGraphType>>("from").Description("First closing date covered.");
        Field<NonNullGraphType<CalendarDateGraphType>>("to").Description("Last closing date covered (at most 366 days after from, not after today).");
    }
}

public sealed class ClaimInputType : TypedInputType<ClaimInput>
{
    public ClaimInputType()
    {
        Name = "ClaimInput";
        Field<NonNullGraphType<IdGraphType>>("claimId");
    }
}

public sealed class RejectClaimInputType : TypedInputType<RejectClaimInput>
{
    public RejectClaimInputType()
    {
        Name = "RejectClaimInput";
        Field<NonNullGraphType<IdGraphType>>("claimId");
        Field<NonNullGraphType<StringGraphType>>("reason");
    }
}

public sealed class MarkClaimPaidInputType : TypedInputType<MarkClaimPaidInput>
{
    public MarkClaimPaidInputType()
    {
        Name = "MarkClaimPaidInput";
        Field<NonNullGraphType<IdGraphType>>("claimId");
        Field<NonNullGraphType<CalendarDateGraphType>>("paidOn");
        Field<NonNullGraphType<StringGraphType>>("paymentReference").Description("The treasury's or bank's reference of the transfer.");
    }
}

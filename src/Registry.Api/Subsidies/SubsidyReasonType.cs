using Registry.Domain.Subsidies;

namespace Registry.Api.Subsidies;

public sealed class SubsidyReasonType : EnumerationGraphType<SubsidyReason>
{
    public SubsidyReasonType()
    {
        Name = "SubsidyReason";
        Description = "Why a line pays what it pays. Case-wide, the first that applies: ALREADY_CLAIMED (in an approved or paid claim), " +
                      "NO_POLICY (none in force on the closing date, or no rate for the difficulty and agreement), NOT_SUCCESSFUL, " +
                      "DUPLICATE_DISPUTE, ENTERED_LATE, NO_FOLLOW_UP, LEAD_NOT_CERTIFIED; then EXCLUDED_MEDIATOR for a mediator paid 0%; " +
                      "CAPPED when the monthly cap took some or all of it; else PAYABLE.";
    }
}

namespace Registry.Domain.Subsidies;

/// <summary>Why a statement line pays what it pays; the first that applies wins, in the order of <see cref="SubsidyRule"/>.</summary>
public enum SubsidyReason
{
    /// <summary>Paid in full.</summary>
    Payable,
    /// <summary>The case did not end in an agreement (failed, referred, withdrawn).</summary>
    NotSuccessful,
    /// <summary>Entered more than the policy's days after closing (应录必录).</summary>
    EnteredLate,
    /// <summary>The lead mediator held no valid certificate on the closing date (持证上岗).</summary>
    LeadNotCertified,
    /// <summary>A case of a difficulty that needs a follow-up visit (回访) had none.</summary>
    NoFollowUp,
    /// <summary>The case is in an approved or paid claim already.</summary>
    AlreadyClaimed,
    /// <summary>An earlier successful case of the same parties and category within the window is the same dispute.</summary>
    DuplicateDispute,
    /// <summary>The policy pays this mediator nothing per case (civil servants; salaried full-time staff where it says so).</summary>
    ExcludedMediator,
    /// <summary>The mediator's monthly cap was reached: the line pays less than its amount before the cap, maybe nothing.</summary>
    Capped,
    /// <summary>No subsidy policy was in force for the committee's region on the closing date, or it sets no rate for the case.</summary>
    NoPolicy,
}

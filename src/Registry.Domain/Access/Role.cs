namespace Registry.Domain.Access;

/// <summary>What a token holder does for a living; every token also carries a jurisdiction.</summary>
public enum Role
{
    /// <summary>司法局/司法所 staff keeping the roster of their jurisdiction.</summary>
    BureauAdmin,
    /// <summary>Schedules training sessions and records attendance.</summary>
    TrainingOrganiser,
    /// <summary>Imports cases and prepares subsidy claims.</summary>
    FinanceClerk,
    /// <summary>Approves subsidy claims (never their own).</summary>
    FinanceApprover,
    /// <summary>Reads reports of their jurisdiction.</summary>
    Viewer,
}

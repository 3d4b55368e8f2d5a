namespace Registry.Domain.Cases;

/// <summary>How a closed case ended (调解结果).</summary>
public enum CaseOutcome
{
    /// <summary>书面调解协议.</summary>
    WrittenAgreement,
    /// <summary>口头调解协议.</summary>
    OralAgreement,
    /// <summary>调解不成.</summary>
    Failed,
    /// <summary>Referred to a court, arbitration or another body (移交/引导其他途径).</summary>
    Referred,
    /// <summary>The parties withdrew (当事人撤回).</summary>
    Withdrawn,
}

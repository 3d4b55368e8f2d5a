namespace Registry.Domain.Grading;

/// <summary>What a grade level may ask of a mediator (等级评定条件); every one is judged from the registry's own records.</summary>
public enum CriterionKind
{
    /// <summary>Whole years since the first appointment began (从事调解工作年限).</summary>
    YearsOfService,
    /// <summary>Cases led (主持调解) and closed in the last N years.</summary>
    CasesLed,
    /// <summary>Oral agreements as a share of agreements in the last N years, at most (口头协议占比).</summary>
    OralAgreementShare,
    /// <summary>Agreements as a share of cases decided in the last N years, at least (调解成功率).</summary>
    AgreementRate,
    /// <summary>Training hours credited in the last N calendar years.</summary>
    TrainingHours,
    /// <summary>No led case received in the last N years turned criminal (民转刑).</summary>
    NoCriminalCase,
    /// <summary>No complaint against the mediator upheld in the last N years.</summary>
    NoUpheldComplaint,
    /// <summary>Whole years held at the level just below.</summary>
    YearsAtLevelBelow,
    /// <summary>A valid certificate (持证上岗) on the day.</summary>
    ValidCertificate,
}

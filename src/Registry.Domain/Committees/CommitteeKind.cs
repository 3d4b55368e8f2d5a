namespace Registry.Domain.Committees;

/// <summary>The kinds of people's mediation committee (人民调解委员会) the registry keeps.</summary>
public enum CommitteeKind
{
    /// <summary>村调委会.</summary>
    Village,
    /// <summary>社区（居委会）调委会.</summary>
    Community,
    /// <summary>乡镇（苏木镇）调委会.</summary>
    Township,
    /// <summary>街道调委会.</summary>
    Subdistrict,
    /// <summary>企事业单位调委会.</summary>
    Enterprise,
    /// <summary>商会调委会.</summary>
    ChamberOfCommerce,
    /// <summary>行业性专业性调委会; has a sector.</summary>
    IndustryProfessional,
    /// <summary>区域性调委会.</summary>
    Regional,
    /// <summary>派驻调解工作室, hosted at a court, procuratorate, police station or petition bureau.</summary>
    DispatchedOffice,
    /// <summary>人民调解中心 (county or city level).</summary>
    MediationCenter,
}

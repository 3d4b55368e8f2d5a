namespace Registry.Domain.Committees;

/// <summary>Where a dispatched mediation office (派驻调解工作室) is stationed.</summary>
public enum HostInstitution
{
    /// <summary>法院.</summary>
    Court,
    /// <summary>检察院.</summary>
    Procuratorate,
    /// <summary>公安派出所.</summary>
    PoliceStation,
    /// <summary>信访部门.</summary>
    PetitionBureau,
    /// <summary>Other bodies, e.g. a labour arbitration or traffic-police unit.</summary>
    Other,
}

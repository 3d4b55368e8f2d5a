namespace Registry.Domain.Cases;

/// <summary>How hard a case is (案件难易程度); subsidies are paid by difficulty.</summary>
public enum CaseDifficulty
{
    Simple,
    Ordinary,
    Complex,
    Major,
}

namespace Registry.Domain.Committees;

/// <summary>The five things in place at a standardised committee (五落实).</summary>
[Flags]
public enum Implementation
{
    None = 0,
    /// <summary>组织落实.</summary>
    Organisation = 1,
    /// <summary>人员落实.</summary>
    Staff = 2,
    /// <summary>场所落实.</summary>
    Premises = 4,
    /// <summary>经费落实.</summary>
    Funding = 8,
    /// <summary>报酬落实.</summary>
    Remuneration = 16,
    All = Organisation | Staff | Premises | Funding | Remuneration,
}

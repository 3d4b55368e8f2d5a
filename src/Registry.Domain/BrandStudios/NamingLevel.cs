namespace Registry.Domain.BrandStudios;

/// <summary>The level of the bureau that named (命名) a studio.</summary>
public enum NamingLevel
{
    Province,
    Prefecture,
    County,
}

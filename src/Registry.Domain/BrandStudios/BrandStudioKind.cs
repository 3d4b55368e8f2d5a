namespace Registry.Domain.BrandStudios;

public enum BrandStudioKind
{
    /// <summary>个人品牌调解工作室, named after an outstanding mediator.</summary>
    Personal,
    /// <summary>特色调解室, named for a theme.</summary>
    Featured,
}

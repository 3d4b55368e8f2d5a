using Registry.Domain.Cases;

namespace Registry.Api.Cases;

public sealed class CaseDifficultyType : EnumerationGraphType<CaseDifficulty>
{
    public CaseDifficultyType()
    {
        Name = "CaseDifficulty";
        Description = "简易 SIMPLE, 一般 ORDINARY, 疑难复杂 COMPLEX, 重大 MAJOR.";
    }
}

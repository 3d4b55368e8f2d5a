using Registry.Domain.Cases;

namespace Registry.Api.Cases;

public sealed class CaseOutcomeType : EnumerationGraphType<CaseOutcome>
{
    public CaseOutcomeType()
    {
        Name = "CaseOutcome";
        Description = "书面协议 WRITTEN_AGREEMENT, 口头协议 ORAL_AGREEMENT, 调解不成 FAILED, 移交其他途径 REFERRED, 撤回 WITHDRAWN.";
    }
}

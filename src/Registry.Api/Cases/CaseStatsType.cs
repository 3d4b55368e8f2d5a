using Registry.Domain.Cases;

namespace Registry.Api.Cases;

public sealed class CaseStatsType : ObjectGraphType<CaseCounts>
{
    public CaseStatsType()
    {
        Name = "CaseStats";
        Description = CaseStatsFields.Definition;
        CaseStatsFields.AddTo(this, c => c);
    }
}

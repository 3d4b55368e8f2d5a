using Registry.Domain.Cases;
using Registry.Domain.Subsidies;

namespace Registry.Api.Subsidies;

public sealed class SubsidyRateInput
{
    public CaseDifficulty Difficulty { get; set; }
    public AgreementKind Agreement { get; set; }
    public long AmountFen { get; set; }
}

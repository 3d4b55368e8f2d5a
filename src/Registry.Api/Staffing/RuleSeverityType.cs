using Registry.Domain.Staffing;

namespace Registry.Api.Staffing;

public sealed class RuleSeverityType : EnumerationGraphType<RuleSeverity>
{
    public RuleSeverityType()
    {
        Name = "RuleSeverity";
        Description = "REQUIRED: every committee of the kind (配备…以上). CONDITIONAL: only committees designated as having the conditions (有条件的).";
    }
}

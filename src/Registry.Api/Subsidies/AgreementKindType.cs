using Registry.Domain.Subsidies;

namespace Registry.Api.Subsidies;

public sealed class AgreementKindType : EnumerationGraphType<AgreementKind>
{
    public AgreementKindType()
    {
        Name = "AgreementKind";
        Description = "书面调解协议 WRITTEN, 口头调解协议 ORAL.";
    }
}

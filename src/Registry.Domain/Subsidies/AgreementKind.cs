namespace Registry.Domain.Subsidies;

/// <summary>The kind of agreement a subsidy rate pays for: 书面调解协议 or 口头调解协议.</summary>
public enum AgreementKind
{
    Written,
    Oral,
}

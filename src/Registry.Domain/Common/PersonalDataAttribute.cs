namespace Registry.Domain.Common;

/// <summary>
/// Marks a property as personal data (个人信息): the one list of what is personal is the set of properties carrying
/// this attribute. The audit trail stores such a value only masked, beside a keyed fingerprint, never raw.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PersonalDataAttribute(PersonalDataKind kind) : Attribute
{
    public PersonalDataKind Kind { get; } = kind;
}

namespace Registry.Domain.Common;

/// <summary>How a personal value is shown masked; see <see cref="PersonalDataMask"/>.</summary>
public enum PersonalDataKind
{
    /// <summary>A resident ID number: region and check digits kept, birth date and sequence hidden (130102********1234).</summary>
    IdNumber,
    /// <summary>A phone number: first three and last four digits kept (138****8000).</summary>
    Phone,
    /// <summary>Nothing of it is shown (a birth date, say).</summary>
    Hidden,
}

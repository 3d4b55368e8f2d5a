using System.Globalization;
using Registry.Domain.Mediators;

namespace Registry.Domain.Common;

/// <summary>The masked form of a personal value, by its <see cref="PersonalDataKind"/>.</summary>
public static class PersonalDataMask
{
    public static string? Apply(PersonalDataKind kind, object? value)
    {
        if (value is null) return null;
        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        return kind switch
        {
            PersonalDataKind.IdNumber => ResidentIdNumber.Mask(text),
            PersonalDataKind.Phone => PhoneNumber.Mask(text),
            _ => "***",
        };
    }
}

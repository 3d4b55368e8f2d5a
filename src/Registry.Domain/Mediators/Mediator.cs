using System.Text.RegularExpressions;
using Registry.Domain.Common;

namespace Registry.Domain.Mediators;

/// <summary>
/// A people's mediator (人民调解员). ID number, phone and birth date are personal data: the properties marked
/// <see cref="PersonalDataAttribute"/> below are the one list of them.
/// </summary>
public partial class Mediator : Entity, IVersioned
{
    public const int MaxNameLength = 50;

    private Mediator() { }

    public string Name { get; private set; } = "";
    public Gender Gender { get; private set; }
    [PersonalData(PersonalDataKind.Hidden)]
    public DateOnly BirthDate { get; private set; }
    /// <summary>Resident ID number (公民身份号码), checksum-validated and unique.</summary>
    [PersonalData(PersonalDataKind.IdNumber)]
    public string IdNumber { get; private set; } = "";
    [PersonalData(PersonalDataKind.Phone)]
    public string? Phone { get; private set; }
    public string? Ethnicity { get; private set; }
    public Education? Education { get; private set; }
    public PoliticalStatus? PoliticalStatus { get; private set; }
    public ProfessionalBackground Background { get; private set; }
    public int Version { get; private set; } = 1;

    /// <summary>
    /// The region of the bureau that registered the mediator (登记机关所在地). Until they are appointed it decides whose
    /// jurisdiction covers them (<see cref="Access.AccessRules.CoversMediator"/>); null for one registered nationwide, or
    /// before this was recorded. Set once, at registration.
    /// </summary>
    public string? RegisteringRegionCode { get; private set; }

    public static Mediator Register(MediatorDetails details, string? registeringRegionCode = null)
    {
        var mediator = new Mediator { RegisteringRegionCode = registeringRegionCode };
        mediator.Apply(details);
        return mediator;
    }

    public void Update(MediatorDetails details)
    {
        Apply(details);
        Version++;
    }

    [GeneratedRegex(@"^\+?[0-9][0-9\- ]{6,19}$")]
    private static partial Regex PhonePattern();

    private void Apply(MediatorDetails d)
    {
        var guard = new Guard();
        var name = guard.Text("name", d.Name, MaxNameLength);
        var phone = guard.OptionalText("phone", d.Phone, 20);
        if (phone is not null && !PhonePattern().IsMatch(phone))
            guard.Add("phone", ErrorCodes.Invalid, "phone must be digits, optionally with +, spaces or hyphens.");
        var ethnicity = guard.OptionalText("ethnicity", d.Ethnicity, 20);
        string idNumber = "";
        if (!ResidentIdNumber.TryParse(d.IdNumber, out var parsed, out var reason))
            guard.Add("idNumber", ErrorCodes.Invalid, $"idNumber {reason}.");
        else
        {
            idNumber = parsed!.Value;
            if (parsed.BirthDate != d.BirthDate)
                guard.Add("birthDate", ErrorCodes.Conflict, $"birthDate must match the ID number, which gives {parsed.BirthDate:yyyy-MM-dd}.");
            if (parsed.Gender != d.Gender)
                guard.Add("gender", ErrorCodes.Conflict, $"gender must match the ID number, which gives {parsed.Gender.ToString().ToUpperInvariant()}.");
        }
        guard.ThrowIfAny();

        Name = name;
        Gender = d.Gender;
        BirthDate = d.BirthDate;
        IdNumber = idNumber;
        Phone = phone;
        Ethnicity = ethnicity;
        Education = d.Education;
        PoliticalStatus = d.PoliticalStatus;
        Background = d.Background;
    }
}

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

    /// <summary>
    /// The People's Mediation Law (人民调解法, art. 14) asks for adult citizens (成年公民): a mediator is at least 18 on the
    /// day of registration and on the first day of every appointment.
    /// </summary>
    public const int AdultAge = 18;

    /// <summary>No one living was born earlier; a birth date before this is a typing error (e.g. year 1).</summary>
    public static readonly DateOnly EarliestBirth = new(1900, 1, 1);

    /// <summary>Whether someone born on <paramref name="birthDate"/> is an adult on <paramref name="day"/> (18th birthday included).</summary>
    public static bool IsAdultOn(DateOnly birthDate, DateOnly day) => birthDate.AddYears(AdultAge) <= day;

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

    /// <param name="today">The registry's today: the person must be an adult on it (<see cref="AdultAge"/>).</param>
    public static Mediator Register(MediatorDetails details, DateOnly today, string? registeringRegionCode = null)
    {
        var mediator = new Mediator { RegisteringRegionCode = registeringRegionCode };
        mediator.Apply(details, today);
        return mediator;
    }

    public void Update(MediatorDetails details, DateOnly today)
    {
        Apply(details, today);
        Version++;
    }

    [GeneratedRegex(@"^\+?[0-9][0-9\- ]{6,19}$")]
    private static partial Regex PhonePattern();

    private void Apply(MediatorDetails d, DateOnly today)
    {
        var guard = new Guard();
        if (d.BirthDate < EarliestBirth || d.BirthDate > today)
            guard.Add("birthDate", ErrorCodes.OutOfRange, $"birthDate must be between {EarliestBirth:yyyy-MM-dd} and today.");
        else if (!IsAdultOn(d.BirthDate, today))
            guard.Add("birthDate", ErrorCodes.OutOfRange, $"A mediator must be an adult (at least {AdultAge} on {today:yyyy-MM-dd}; 人民调解法 art. 14).");
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

using System.Text.RegularExpressions;
using Registry.Domain.Committees;
using Registry.Domain.Common;
using Registry.Domain.Mediators;
using Registry.Domain.Regions;

namespace Registry.Domain.Screening;

/// <summary>
/// An information officer or volunteer (信息员, 志愿者) attached to a committee and its region for a term. Not a mediator:
/// they feed the screening, they do not lead cases. ID number and phone are personal data, shown like a mediator's.
/// </summary>
public partial class Informant : Entity, IRegional
{
    public const int MaxNameLength = 50;

    private Informant() { }

    public long CommitteeId { get; private set; }
    public string RegionCode { get; private set; } = "";
    public string Name { get; private set; } = "";
    public InformantRole Role { get; private set; }
    public DateOnly TermFrom { get; private set; }
    /// <summary>Last day of the term, inclusive; null while open.</summary>
    public DateOnly? TermTo { get; private set; }
    public string? IdNumber { get; private set; }
    public string? Phone { get; private set; }

    public bool ServesOn(DateOnly day) => TermFrom <= day && (TermTo is null || day <= TermTo);

    [GeneratedRegex(@"^\+?[0-9][0-9\- ]{6,19}$")]
    private static partial Regex PhonePattern();

    public static Informant Register(Committee committee, InformantDetails d)
    {
        var guard = new Guard();
        var name = guard.Text("name", d.Name, MaxNameLength);
        if (!Enum.IsDefined(d.Role)) guard.Add("role", ErrorCodes.Invalid, "role is not an information-officer or volunteer role.");
        if (d.TermTo is { } to && to < d.TermFrom) guard.Add("termTo", ErrorCodes.OutOfRange, "termTo must not be before termFrom.");
        if (committee.DissolvedOn is { } dissolved && d.TermFrom > dissolved)
            guard.Add("termFrom", ErrorCodes.OutOfRange, $"The committee was dissolved on {dissolved:yyyy-MM-dd}.");
        var phone = guard.OptionalText("phone", d.Phone, 20);
        if (phone is not null && !PhonePattern().IsMatch(phone))
            guard.Add("phone", ErrorCodes.Invalid, "phone must be digits, optionally with +, spaces or hyphens.");
        string? idNumber = null;
        if (!string.IsNullOrWhiteSpace(d.IdNumber))
        {
            if (ResidentIdNumber.TryParse(d.IdNumber, out var parsed, out var reason)) idNumber = parsed!.Value;
            else guard.Add("idNumber", ErrorCodes.Invalid, $"idNumber {reason}.");
        }
        guard.ThrowIfAny();
        return new Informant
        {
            CommitteeId = committee.Id, RegionCode = committee.RegionCode, Name = name, Role = d.Role,
            TermFrom = d.TermFrom, TermTo = d.TermTo, IdNumber = idNumber, Phone = phone,
        };
    }
}

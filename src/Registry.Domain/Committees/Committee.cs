using System.Linq.Expressions;
using Registry.Domain.Common;

namespace Registry.Domain.Committees;

/// <summary>
/// A people's mediation committee (人民调解委员会). Never deleted: a dissolved committee keeps its history,
/// so counts "as of" an earlier date stay right.
/// </summary>
public class Committee : Entity, Regions.IRegional, IVersioned
{
    public const int MaxNameLength = 100;

    /// <summary>
    /// The earliest establishedOn: the founding of the People's Republic (1949-10-01). People's mediation committees in
    /// today's sense date from the 1954 Provisional General Rules (人民调解委员会暂行组织通则); the bound is looser on purpose,
    /// so that a committee whose recorded date is 1950 is not turned away.
    /// </summary>
    public static readonly DateOnly EarliestEstablishment = new(1949, 10, 1);

    /// <summary>How far ahead of today a committee may be registered: one being set up may be entered up to a year early.</summary>
    public const int MaxDaysAhead = 366;

    private Committee() { }

    public string Name { get; private set; } = "";
    public CommitteeKind Kind { get; private set; }
    public string RegionCode { get; private set; } = "";
    public DateOnly EstablishedOn { get; private set; }
    public DateOnly? DissolvedOn { get; private set; }
    public Sector? Sector { get; private set; }
    public HostInstitution? HostInstitution { get; private set; }
    /// <summary>Designated as having the conditions for full-time staff (有条件的), which makes CONDITIONAL quotas apply.</summary>
    public bool HasFullTimeConditions { get; private set; }
    /// <summary>Has a party organisation (党组织).</summary>
    public bool HasPartyOrganisation { get; private set; }
    public Uniformity Uniformities { get; private set; }
    public Implementation Implementations { get; private set; }
    public string? Address { get; private set; }
    public int Version { get; private set; } = 1;

    /// <summary>六统一 and 五落实 both complete.</summary>
    public bool IsStandardised => Uniformities == Uniformity.All && Implementations == Implementation.All;

    /// <summary><see cref="IsStandardised"/> as an expression a query provider translates; tests check the two agree.</summary>
    public static readonly Expression<Func<Committee, bool>> Standardised =
        c => c.Uniformities == Uniformity.All && c.Implementations == Implementation.All;

    /// <summary>Exists on <paramref name="day"/>: established by then and not dissolved before it (the dissolution date is its last day).</summary>
    public bool IsActiveOn(DateOnly day) => EstablishedOn <= day && (DissolvedOn is null || day <= DissolvedOn);

    /// <summary>
    /// <see cref="IsActiveOn"/> as an expression a query provider translates. Its SQL form for raw statements is
    /// Registry.Data's <c>RosterSql.CommitteeExists</c>; tests check the three agree.
    /// </summary>
    public static Expression<Func<Committee, bool>> ExistsOn(DateOnly day) => Exists.On(day);

    /// <summary><see cref="ExistsOn"/> over the committee and the day, for queries compiled with the day as their argument.</summary>
    public static readonly DayRule<Committee> Exists =
        new((c, day) => c.EstablishedOn <= day && (c.DissolvedOn == null || c.DissolvedOn >= day));

    /// <param name="today">The registry's today, which bounds establishedOn (see <see cref="MaxDaysAhead"/>).</param>
    public static Committee Create(CommitteeDetails details, DateOnly today)
    {
        var committee = new Committee();
        committee.Apply(details, today);
        return committee;
    }

    public void Update(CommitteeDetails details, DateOnly today)
    {
        Apply(details, today);
        Version++;
    }

    /// <summary>
    /// Dissolves the committee; <paramref name="on"/> is its last day of existence. The people serving it stop that day:
    /// its open appointments end on <paramref name="on"/>, and an appointment that starts or ends later must be
    /// corrected first, since a committee that no longer exists has nobody serving it.
    /// </summary>
    /// <param name="appointments">Every appointment to this committee.</param>
    public void Dissolve(DateOnly on, IReadOnlyCollection<Appointments.Appointment> appointments)
    {
        if (DissolvedOn is not null)
            throw new DomainException("committeeId", ErrorCodes.InvalidState, $"The committee was already dissolved on {DissolvedOn:yyyy-MM-dd}.");
        if (on < EstablishedOn)
            throw new DomainException("dissolvedOn", ErrorCodes.OutOfRange, "dissolvedOn must not be before the committee's establishedOn.");
        if (appointments.Any(a => a.StartDate > on))
            throw new DomainException("dissolvedOn", ErrorCodes.Conflict, "Some appointments to this committee start after dissolvedOn; end or correct them first.");
        if (appointments.Any(a => a.EndDate > on))
            throw new DomainException("dissolvedOn", ErrorCodes.Conflict, "Some appointments to this committee end after dissolvedOn; correct them first.");
        foreach (var open in appointments.Where(a => a.EndDate is null)) open.End(on);
        DissolvedOn = on;
        Version++;
    }

    private void Apply(CommitteeDetails d, DateOnly today)
    {
        var guard = new Guard();
        var name = guard.Text("name", d.Name, MaxNameLength);
        guard.Date("establishedOn", d.EstablishedOn, EarliestEstablishment, today.AddDays(MaxDaysAhead));
        if (!Regions.RegionCode.IsWellFormed(d.RegionCode))
            guard.Add("regionCode", ErrorCodes.Invalid, "regionCode must be a statistical code of 2, 4, 6, 9 or 12 digits.");
        if (d.Kind == CommitteeKind.IndustryProfessional && d.Sector is null)
            guard.Add("sector", ErrorCodes.Required, "An INDUSTRY_PROFESSIONAL committee needs a sector.");
        if (d.Kind == CommitteeKind.DispatchedOffice && d.HostInstitution is null)
            guard.Add("hostInstitution", ErrorCodes.Required, "A DISPATCHED_OFFICE needs the host institution it is stationed at.");
        if (DissolvedOn is { } dissolved && d.EstablishedOn > dissolved)
            guard.Add("establishedOn", ErrorCodes.OutOfRange, "establishedOn must not be after the committee was dissolved.");
        var address = guard.OptionalText("address", d.Address, 200);
        guard.ThrowIfAny();

        Name = name;
        Kind = d.Kind;
        RegionCode = d.RegionCode!;
        EstablishedOn = d.EstablishedOn;
        Sector = d.Sector;
        HostInstitution = d.HostInstitution;
        HasFullTimeConditions = d.HasFullTimeConditions;
        HasPartyOrganisation = d.HasPartyOrganisation;
        Uniformities = d.Uniformities & Uniformity.All;
        Implementations = d.Implementations & Implementation.All;
        Address = address;
    }
}

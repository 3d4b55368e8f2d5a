using System.Linq.Expressions;
using Registry.Domain.Common;

namespace Registry.Domain.Appointments;

/// <summary>
/// A mediator serving a committee (聘任) from <see cref="StartDate"/> to <see cref="EndDate"/>, the last day
/// served (inclusive); an open end means still serving.
/// </summary>
public class Appointment : Entity
{
    private Appointment() { }

    public long MediatorId { get; private set; }
    public long CommitteeId { get; private set; }
    public AppointmentRole Role { get; private set; }
    public Employment Employment { get; private set; }
    public DateOnly StartDate { get; private set; }
    public DateOnly? EndDate { get; private set; }

    /// <summary>
    /// Whether another appointment of the same mediator shares part of this one's period (兼任). When false, on every
    /// day this appointment is in force it is the mediator's only one, so a report may count it as one mediator without
    /// grouping by mediator. Set when either appointment is made; ending an appointment leaves it set, which is safe:
    /// a report only groups a few more rows than it needs to.
    /// </summary>
    public bool OverlapsAnother { get; private set; }

    public DatePeriod Period => new(StartDate, EndDate);

    /// <summary>In force on <paramref name="day"/>: started by then and not ended before it (the end date is the last day served).</summary>
    public bool IsActiveOn(DateOnly day) => Period.Contains(day);

    /// <summary>
    /// <see cref="IsActiveOn"/> as an expression a query provider translates, for queries over many appointments.
    /// Its SQL form for raw statements is Registry.Data's <c>RosterSql.AppointmentInForce</c>; tests check the three agree.
    /// </summary>
    public static Expression<Func<Appointment, bool>> InForceOn(DateOnly day) =>
        a => a.StartDate <= day && (a.EndDate == null || a.EndDate >= day);

    /// <summary>
    /// Makes an appointment to <paramref name="committee"/> after checking it against the committee's life (an
    /// appointment falls within it: not before establishment, ended by dissolution) and against the mediator's other
    /// appointments: at most one full-time appointment on any date, and no two overlapping appointments to one committee;
    /// and the mediator, born on <paramref name="mediatorBirthDate"/>, must be an adult on the start date (人民调解法 art. 14).
    /// </summary>
    public static Appointment Make(long mediatorId, Committees.Committee committee, AppointmentRole role, Employment employment,
        DateOnly startDate, DateOnly? endDate, IEnumerable<Appointment> mediatorsOtherAppointments, DateOnly mediatorBirthDate)
    {
        if (startDate < committee.EstablishedOn)
            throw new DomainException("startDate", ErrorCodes.OutOfRange, $"startDate must not be before the committee was established ({committee.EstablishedOn:yyyy-MM-dd}).");
        if (committee.DissolvedOn is { } dissolved && (startDate > dissolved || endDate is null || endDate > dissolved))
            throw new DomainException(startDate > dissolved ? "startDate" : "endDate", ErrorCodes.OutOfRange,
                $"The committee was dissolved on {dissolved:yyyy-MM-dd}; an appointment must end by then.");
        return Make(mediatorId, committee.Id, role, employment, startDate, endDate, mediatorsOtherAppointments, mediatorBirthDate);
    }

    /// <summary>
    /// The checks against the mediator's other appointments alone, for callers that hold only the committee's ID (domain
    /// tests); every writer of the registry goes through the overload that takes the committee.
    /// </summary>
    internal static Appointment Make(long mediatorId, long committeeId, AppointmentRole role, Employment employment,
        DateOnly startDate, DateOnly? endDate, IEnumerable<Appointment> mediatorsOtherAppointments, DateOnly mediatorBirthDate)
    {
        if (!Mediators.Mediator.IsAdultOn(mediatorBirthDate, startDate))
            throw new DomainException("startDate", ErrorCodes.OutOfRange,
                $"The mediator is not yet {Mediators.Mediator.AdultAge} on {startDate:yyyy-MM-dd}; a mediator must be an adult (人民调解法 art. 14).");
        var appointment = new Appointment
        {
            MediatorId = mediatorId,
            CommitteeId = committeeId,
            Role = role,
            Employment = employment,
            StartDate = startDate,
            EndDate = endDate,
        };
        if (endDate < startDate)
            throw new DomainException("endDate", ErrorCodes.OutOfRange, "endDate must not be before startDate.");
        var others = mediatorsOtherAppointments.ToList();
        CheckAgainst(appointment, others);
        foreach (var other in others.Where(o => !ReferenceEquals(o, appointment) && o.Period.Overlaps(appointment.Period)))
        {
            other.OverlapsAnother = true;
            appointment.OverlapsAnother = true;
        }
        return appointment;
    }

    /// <summary>Ends the appointment; <paramref name="endDate"/> is the last day served.</summary>
    public void End(DateOnly endDate)
    {
        if (EndDate is not null)
            throw new DomainException("appointmentId", ErrorCodes.InvalidState, $"The appointment already ended on {EndDate:yyyy-MM-dd}.");
        if (endDate < StartDate)
            throw new DomainException("endDate", ErrorCodes.OutOfRange, $"endDate must not be before the start date {StartDate:yyyy-MM-dd}.");
        EndDate = endDate;
    }

    private static void CheckAgainst(Appointment candidate, IEnumerable<Appointment> others)
    {
        foreach (var other in others)
        {
            if (other.Id == candidate.Id && candidate.Id != 0 || !other.Period.Overlaps(candidate.Period)) continue;
            if (other.CommitteeId == candidate.CommitteeId)
                throw new DomainException("committeeId", ErrorCodes.Overlap,
                    $"The mediator already serves this committee from {other.StartDate:yyyy-MM-dd}; appointments to one committee must not overlap.");
            if (other.Employment == Employment.FullTime && candidate.Employment == Employment.FullTime)
                throw new DomainException("employment", ErrorCodes.Conflict,
                    $"The mediator already holds a full-time appointment (committee {other.CommitteeId}, from {other.StartDate:yyyy-MM-dd}); at most one full-time appointment is allowed on any date.");
        }
    }
}

using Registry.Domain.Common;

namespace Registry.Domain.Certificates;

/// <summary>
/// A mediator's certificate (调解员证, 持证上岗) issued by a bureau. A person holds at most one certificate that is not
/// revoked: it is renewed, not issued again. Status on a day comes from its history (<see cref="StatusOn"/>): REVOKED
/// is final; otherwise EXPIRED once the day is past the validity then in force; else ACTIVE or SUSPENDED.
/// <list type="bullet">
/// <item>renew: ACTIVE or EXPIRED (a lapsed certificate may be renewed); never SUSPENDED (reinstate first) or REVOKED.</item>
/// <item>suspend: only ACTIVE — an expired certificate has nothing left to suspend.</item>
/// <item>reinstate: only SUSPENDED (and still within its validity).</item>
/// <item>revoke: anything but REVOKED.</item>
/// </list>
/// Events are dated and never go back before the latest one, so the history reads in order.
/// </summary>
public class Certificate : Entity, Regions.IRegional, IVersioned
{
    private readonly List<CertificateEvent> events = [];

    private Certificate() { }

    public long MediatorId { get; private set; }
    public string Number { get; private set; } = "";
    /// <summary>The issuing bureau's region (发证机关).</summary>
    public string RegionCode { get; private set; } = "";
    public DateOnly IssuedOn { get; private set; }
    /// <summary>The last valid day as things stand now (after the latest renewal).</summary>
    public DateOnly ValidUntil { get; private set; }
    /// <summary>The stored status after the latest event: ACTIVE, SUSPENDED or REVOKED.</summary>
    public CertificateStatus Status { get; private set; }
    public int Version { get; private set; } = 1;
    public IReadOnlyList<CertificateEvent> Events => events;

    /// <param name="others">Every other certificate of the same person.</param>
    public static Certificate Issue(long mediatorId, string number, string issuerRegionCode, DateOnly issuedOn, DateOnly validUntil,
        IEnumerable<Certificate> others, DateOnly today)
    {
        var guard = new Guard();
        if (!CertificateNumber.IsWellFormed(number))
            guard.Add("number", ErrorCodes.Invalid, $"number must be 4–{CertificateNumber.MaxLength} letters, digits or hyphens.");
        CheckDate(guard, "issuedOn", issuedOn, today);
        if (validUntil <= issuedOn) guard.Add("validUntil", ErrorCodes.OutOfRange, "validUntil must be after issuedOn.");
        if (others.FirstOrDefault(c => c.Status != CertificateStatus.Revoked) is { } held)
            guard.Add("mediatorId", ErrorCodes.Conflict,
                $"The mediator already holds certificate {held.Number} ({(held.StatusOn(issuedOn) ?? held.Status).ToString().ToUpperInvariant()} on {issuedOn:yyyy-MM-dd}); " +
                "a person has one certificate at a time: renew it, or revoke it first.");
        guard.ThrowIfAny();
        var certificate = new Certificate
        {
            MediatorId = mediatorId, Number = number, RegionCode = issuerRegionCode, IssuedOn = issuedOn, ValidUntil = validUntil,
            Status = CertificateStatus.Active,
        };
        certificate.events.Add(CertificateEvent.Make(mediatorId, 1, CertificateEventKind.Issued, issuedOn, CertificateStatus.Active, validUntil, null, null));
        return certificate;
    }

    /// <summary>The status on <paramref name="day"/>; null before the certificate was issued.</summary>
    public CertificateStatus? StatusOn(DateOnly day) => StatusOn(events, day);

    /// <summary>The status on <paramref name="day"/> read from a certificate's <paramref name="history"/> (for readers that load it apart).</summary>
    public static CertificateStatus? StatusOn(IEnumerable<CertificateEvent> history, DateOnly day)
    {
        var state = history.Where(e => e.On <= day).OrderByDescending(e => e.Sequence).FirstOrDefault();
        if (state is null) return null;
        if (state.StatusAfter == CertificateStatus.Revoked) return CertificateStatus.Revoked;
        return day > state.ValidUntilAfter ? CertificateStatus.Expired : state.StatusAfter;
    }

    /// <summary>Valid on <paramref name="day"/>: ACTIVE then. The SQL of uncertifiedServing and grading reads the same rule from the events.</summary>
    public bool IsValidOn(DateOnly day) => StatusOn(day) == CertificateStatus.Active;

    /// <summary>The last valid day as it stood on <paramref name="day"/>.</summary>
    public DateOnly? ValidUntilOn(DateOnly day) => EventOn(day)?.ValidUntilAfter;

    /// <summary>The first day of the validity running on <paramref name="day"/>: the latest issue or renewal on or before it.</summary>
    public DateOnly ValidFrom(DateOnly day) =>
        events.Where(e => e.On <= day && e.Kind is CertificateEventKind.Issued or CertificateEventKind.Renewed).Select(e => e.On).DefaultIfEmpty(IssuedOn).Max();

    public void Renew(DateOnly on, DateOnly validUntil, DateOnly today)
    {
        var status = CheckTransition("renewedOn", on, today);
        if (status == CertificateStatus.Revoked)
            throw new DomainException("certificateId", ErrorCodes.InvalidState, $"Certificate {Number} was revoked; a revoked certificate cannot be renewed.");
        if (status == CertificateStatus.Suspended)
            throw new DomainException("certificateId", ErrorCodes.InvalidState, $"Certificate {Number} is suspended on {on:yyyy-MM-dd}; reinstate it before renewing.");
        if (validUntil <= on || validUntil <= ValidUntil)
            throw new DomainException("validUntil", ErrorCodes.OutOfRange,
                $"validUntil must be after renewedOn and after the present validity ({ValidUntil:yyyy-MM-dd}).");
        Add(CertificateEventKind.Renewed, on, CertificateStatus.Active, validUntil, null, null);
    }

    public void Suspend(DateOnly on, string? reason, long? complaintId, DateOnly today)
    {
        var status = CheckTransition("on", on, today);
        var text = Reason(reason);
        if (status != CertificateStatus.Active)
            throw new DomainException("certificateId", ErrorCodes.InvalidState,
                $"Certificate {Number} is {status.ToString()!.ToUpperInvariant()} on {on:yyyy-MM-dd}; only an ACTIVE certificate can be suspended.");
        Add(CertificateEventKind.Suspended, on, CertificateStatus.Suspended, ValidUntil, text, complaintId);
    }

    public void Reinstate(DateOnly on, DateOnly today)
    {
        var status = CheckTransition("on", on, today);
        if (status != CertificateStatus.Suspended)
            throw new DomainException("certificateId", ErrorCodes.InvalidState,
                $"Certificate {Number} is {status.ToString()!.ToUpperInvariant()} on {on:yyyy-MM-dd}; only a SUSPENDED certificate within its validity can be reinstated.");
        Add(CertificateEventKind.Reinstated, on, CertificateStatus.Active, ValidUntil, null, null);
    }

    public void Revoke(DateOnly on, string? reason, long? complaintId, DateOnly today)
    {
        var status = CheckTransition("on", on, today);
        var text = Reason(reason);
        if (status == CertificateStatus.Revoked)
            throw new DomainException("certificateId", ErrorCodes.InvalidState, $"Certificate {Number} is already revoked.");
        Add(CertificateEventKind.Revoked, on, CertificateStatus.Revoked, ValidUntil, text, complaintId);
    }

    private CertificateEvent? EventOn(DateOnly day) =>
        events.Where(e => e.On <= day).OrderByDescending(e => e.Sequence).FirstOrDefault();

    private CertificateStatus? CheckTransition(string field, DateOnly on, DateOnly today)
    {
        var guard = new Guard();
        CheckDate(guard, field, on, today);
        var last = events.Max(e => e.On);
        if (on < last) guard.Add(field, ErrorCodes.OutOfRange, $"{field} must not be before the certificate's latest change ({last:yyyy-MM-dd}).");
        guard.ThrowIfAny();
        return StatusOn(on);
    }

    private static string Reason(string? reason)
    {
        var guard = new Guard();
        var text = guard.Text("reason", reason, CertificateEvent.MaxReasonLength);
        guard.ThrowIfAny();
        return text;
    }

    private static void CheckDate(Guard guard, string field, DateOnly on, DateOnly today)
    {
        if (on == default) guard.Add(field, ErrorCodes.Required, $"{field} is required.");
        else if (on > today) guard.Add(field, ErrorCodes.OutOfRange, $"{field} must not be in the future (today is {today:yyyy-MM-dd}).");
    }

    private void Add(CertificateEventKind kind, DateOnly on, CertificateStatus after, DateOnly validUntil, string? reason, long? complaintId)
    {
        events.Add(CertificateEvent.Make(MediatorId, events.Count + 1, kind, on, after, validUntil, reason, complaintId));
        Status = after;
        ValidUntil = validUntil;
        Version++;
    }
}

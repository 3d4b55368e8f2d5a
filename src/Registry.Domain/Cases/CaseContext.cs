using Registry.Domain.Appointments;
using Registry.Domain.Committees;

namespace Registry.Domain.Cases;

/// <summary>
/// The registry facts a case is checked against, loaded by the caller (for a whole import batch at once):
/// the committee (null when unknown), the appointments of the case's mediators, the entry-delay policy and today.
/// </summary>
public sealed record CaseContext(
    Committee? Committee,
    IReadOnlyList<Appointment> MediatorAppointments,
    int MaxEntryDelayDays,
    DateOnly Today,
    IPartyHasher Hasher);

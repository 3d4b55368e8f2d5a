using Registry.Domain.Common;

namespace Registry.Domain.Certificates;

/// <summary>
/// One transition of a certificate, with the state it left: the stored status and the last valid day from that day on.
/// The certificate's state on any day is that of its latest event on or before it, which is what the database reads
/// too (uncertifiedServing, grading), so past answers stay right after renewals and suspensions.
/// </summary>
public class CertificateEvent : Entity
{
    public const int MaxReasonLength = 500;

    private CertificateEvent() { }

    public long CertificateId { get; private set; }
    /// <summary>The holder, repeated here so "who holds a valid certificate on a day" is one indexed look-up.</summary>
    public long MediatorId { get; private set; }
    /// <summary>1, 2, …: the order of events, also among events of one day.</summary>
    public int Sequence { get; private set; }
    public CertificateEventKind Kind { get; private set; }
    public DateOnly On { get; private set; }
    /// <summary>ACTIVE, SUSPENDED or REVOKED (never EXPIRED, which is derived).</summary>
    public CertificateStatus StatusAfter { get; private set; }
    public DateOnly ValidUntilAfter { get; private set; }
    public string? Reason { get; private set; }
    /// <summary>The upheld complaint a suspension or revocation rests on, if any.</summary>
    public long? ComplaintId { get; private set; }

    internal static CertificateEvent Make(long mediatorId, int sequence, CertificateEventKind kind, DateOnly on,
        CertificateStatus after, DateOnly validUntil, string? reason, long? complaintId) => new()
    {
        MediatorId = mediatorId, Sequence = sequence, Kind = kind, On = on, StatusAfter = after, ValidUntilAfter = validUntil,
        Reason = reason, ComplaintId = complaintId,
    };
}

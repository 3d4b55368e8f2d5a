namespace Registry.Api.Certificates;

/// <summary>The command of <see cref="SuspendCertificate"/>, <see cref="ReinstateCertificate"/> and <see cref="RevokeCertificate"/>.</summary>
public sealed class CertificateChangeInput
{
    public string? CertificateId { get; set; }
    public DateOnly On { get; set; }
    public string? Reason { get; set; }
    /// <summary>An upheld complaint the suspension or revocation rests on.</summary>
    public string? ComplaintId { get; set; }
}

namespace Registry.Api.Certificates;

/// <summary>The command of <see cref="RenewCertificate"/>.</summary>
public sealed class RenewCertificateInput
{
    public string? CertificateId { get; set; }
    public DateOnly RenewedOn { get; set; }
    public DateOnly ValidUntil { get; set; }
}

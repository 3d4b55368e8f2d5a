namespace Registry.Api.Certificates;

/// <summary>The command of <see cref="IssueCertificate"/>.</summary>
public sealed class IssueCertificateInput
{
    public string? MediatorId { get; set; }
    public DateOnly IssuedOn { get; set; }
    public DateOnly ValidUntil { get; set; }
    public string? Number { get; set; }
    public string? IssuerRegionCode { get; set; }
}

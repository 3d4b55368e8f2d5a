using Registry.Domain.Certificates;

namespace Registry.Api.Certificates;

/// <summary>What the public may learn from a certificate number: nothing about the holder beyond their name.</summary>
public sealed record CertificateVerification(string Number, string HolderName, CertificateStatus Status, DateOnly ValidFrom, DateOnly ValidUntil,
    string IssuerCode);

using Registry.Api.Regions;

namespace Registry.Api.Certificates;

public sealed class CertificateVerificationType : ObjectGraphType<CertificateVerification>
{
    public CertificateVerificationType()
    {
        Name = "CertificateVerification";
        Description = "A public check of a certificate number (持证上岗): the holder's name, status today, validity and issuer; no personal data.";
        Field(v => v.Number);
        Field(v => v.HolderName);
        Field<NonNullGraphType<CertificateStatusType>>("status").Resolve(ctx => ctx.Source.Status);
        Field(v => v.ValidFrom).Description("First day of the validity now running (the latest issue or renewal).");
        Field(v => v.ValidUntil);
        Field<NonNullGraphType<RegionType>>("issuer").Resolve(ctx => ctx.LoadRegion(ctx.Source.IssuerCode));
    }
}

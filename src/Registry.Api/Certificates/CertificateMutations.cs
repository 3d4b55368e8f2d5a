using Registry.Api.Access;
using Registry.Api.Schema;
using Registry.Api.UseCases;
using Registry.Domain.Access;

namespace Registry.Api.Certificates;

public sealed class CertificateMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<IssueCertificatePayloadType>>("issueCertificate").Requires(Permission.ManageGrading)
            .Description("Issues a certificate; a first one needs the pre-service training required, and a person holds one certificate at a time.")
            .Argument<NonNullGraphType<IssueCertificateInputType>>("input")
            .ResolveAsync(ctx => ctx.RunAsync(ctx.Service<IssueCertificate>(), ctx.Input<IssueCertificateInput>()));
        mutation.Field<NonNullGraphType<RenewCertificatePayloadType>>("renewCertificate").Requires(Permission.ManageGrading)
            .Description("Renews an ACTIVE or EXPIRED certificate; needs the training required over the validity being closed.")
            .Argument<NonNullGraphType<RenewCertificateInputType>>("input")
            .ResolveAsync(ctx => ctx.RunAsync(ctx.Service<RenewCertificate>(), ctx.Input<RenewCertificateInput>()));
        mutation.Field<NonNullGraphType<SuspendCertificatePayloadType>>("suspendCertificate").Requires(Permission.ManageGrading)
            .Description("Suspends an ACTIVE certificate, with a reason (and the upheld complaint it rests on, if any).")
            .Argument<NonNullGraphType<SuspendCertificateInputType>>("input")
            .ResolveAsync(ctx => ctx.RunAsync(ctx.Service<SuspendCertificate>(), ctx.Input<CertificateChangeInput>()));
        mutation.Field<NonNullGraphType<ReinstateCertificatePayloadType>>("reinstateCertificate").Requires(Permission.ManageGrading)
            .Description("Reinstates a SUSPENDED certificate still within its validity.")
            .Argument<NonNullGraphType<ReinstateCertificateInputType>>("input")
            .ResolveAsync(ctx => ctx.RunAsync(ctx.Service<ReinstateCertificate>(), ctx.Input<CertificateChangeInput>()));
        mutation.Field<NonNullGraphType<RevokeCertificatePayloadType>>("revokeCertificate").Requires(Permission.ManageGrading)
            .Description("Revokes a certificate for good, with a reason.")
            .Argument<NonNullGraphType<RevokeCertificateInputType>>("input")
            .ResolveAsync(ctx => ctx.RunAsync(ctx.Service<RevokeCertificate>(), ctx.Input<CertificateChangeInput>()));
    }
}

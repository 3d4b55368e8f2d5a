using Registry.Api.Schema.Inputs;
using Registry.Api.Schema.Scalars;

namespace Registry.Api.Certificates;

public sealed class IssueCertificateInputType : TypedInputType<IssueCertificateInput>
{
    public IssueCertificateInputType()
    {
        Name = "IssueCertificateInput";
        Field<NonNullGraphType<IdGraphType>>("mediatorId");
        Field<NonNullGraphType<CalendarDateGraphType>>("issuedOn");
        Field<NonNullGraphType<CalendarDateGraphType>>("validUntil").Description("The last valid day.");
        Field<StringGraphType>("number").Description("Omit to generate one: issuer region code, year, five-digit serial (440106-2026-00001).");
        Field<StringGraphType>("issuerRegionCode").Description("The issuing bureau's region; defaults to your jurisdiction.");
    }
}

public sealed class RenewCertificateInputType : TypedInputType<RenewCertificateInput>
{
    public RenewCertificateInputType()
    {
        Name = "RenewCertificateInput";
        Field<NonNullGraphType<IdGraphType>>("certificateId");
        Field<NonNullGraphType<CalendarDateGraphType>>("renewedOn");
        Field<NonNullGraphType<CalendarDateGraphType>>("validUntil").Description("The new last valid day.");
    }
}

/// <summary>One input type per transition so each mutation's contract names its own input.</summary>
public abstract class CertificateChangeInputType : TypedInputType<CertificateChangeInput>
{
    protected CertificateChangeInputType(string name, bool withReason)
    {
        Name = name;
        Field<NonNullGraphType<IdGraphType>>("certificateId");
        Field<NonNullGraphType<CalendarDateGraphType>>("on");
        if (!withReason) return;
        Field<NonNullGraphType<StringGraphType>>("reason");
        Field<IdGraphType>("complaintId").Description("An upheld complaint against the holder that this rests on.");
    }
}

public sealed class SuspendCertificateInputType() : CertificateChangeInputType("SuspendCertificateInput", withReason: true);

public sealed class ReinstateCertificateInputType() : CertificateChangeInputType("ReinstateCertificateInput", withReason: false);

public sealed class RevokeCertificateInputType() : CertificateChangeInputType("RevokeCertificateInput", withReason: true);

using Registry.Api.Schema.Mutations;
using Registry.Domain.Subsidies;

namespace Registry.Api.Subsidies;

public sealed class CreateSubsidyClaimPayloadType() : PayloadType<SubsidyClaimType, SubsidyClaim>("CreateSubsidyClaimPayload", "claim");

public sealed class SubsidyClaimPayloadType() : PayloadType<SubsidyClaimType, SubsidyClaim>("SubsidyClaimPayload", "claim");

using Registry.Api.Schema.Mutations;
using Registry.Domain.Subsidies;

namespace Registry.Api.Subsidies;

public sealed class SetSubsidyPolicyPayloadType() : PayloadType<SubsidyPolicyType, SubsidyPolicy>("SetSubsidyPolicyPayload", "policy");

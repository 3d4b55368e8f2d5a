using Registry.Api.Schema.Mutations;
using Registry.Domain.Screening;

namespace Registry.Api.Screening;

public sealed class SetScreeningPolicyPayloadType() : PayloadType<ScreeningPolicyType, ScreeningPolicy>("SetScreeningPolicyPayload", "policy");

using Registry.Api.Schema.Mutations;
using Registry.Domain.ExpertPools;

namespace Registry.Api.ExpertPools;

public sealed class AddExpertPayloadType() : PayloadType<ExpertType, Expert>("AddExpertPayload", "expert");

using Registry.Api.Schema.Mutations;
using Registry.Domain.ExpertPools;

namespace Registry.Api.ExpertPools;

public sealed class CreateExpertPoolPayloadType() : PayloadType<ExpertPoolType, ExpertPool>("CreateExpertPoolPayload", "expertPool");

using Registry.Api.Schema.Mutations;
using Registry.Domain.Mediators;

namespace Registry.Api.Mediators;

public sealed class UpdateMediatorPayloadType() : PayloadType<MediatorType, Mediator>("UpdateMediatorPayload", "mediator");

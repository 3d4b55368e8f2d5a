using Registry.Api.Schema.Mutations;
using Registry.Domain.Mediators;

namespace Registry.Api.Mediators;

public sealed class RegisterMediatorPayloadType() : PayloadType<MediatorType, Mediator>("RegisterMediatorPayload", "mediator");

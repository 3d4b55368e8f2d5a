using Registry.Api.Schema.Mutations;
using Registry.Domain.Screening;

namespace Registry.Api.Screening;

public sealed class RegisterInformantPayloadType() : PayloadType<InformantType, Informant>("RegisterInformantPayload", "informant");

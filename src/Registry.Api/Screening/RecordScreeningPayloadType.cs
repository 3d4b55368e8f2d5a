using Registry.Api.Schema.Mutations;
using Registry.Domain.Screening;

namespace Registry.Api.Screening;

public sealed class RecordScreeningPayloadType() : PayloadType<ScreeningRoundType, ScreeningRound>("RecordScreeningPayload", "screening");

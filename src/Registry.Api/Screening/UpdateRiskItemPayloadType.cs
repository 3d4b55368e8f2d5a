using Registry.Api.Schema.Mutations;
using Registry.Domain.Screening;

namespace Registry.Api.Screening;

public sealed class UpdateRiskItemPayloadType() : PayloadType<RiskItemType, RiskItem>("UpdateRiskItemPayload", "riskItem");

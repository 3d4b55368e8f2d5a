using Registry.Api.Schema.Mutations;
using Registry.Domain.Staffing;

namespace Registry.Api.Staffing;

public sealed class SetStaffingPolicyPayloadType() : PayloadType<StaffingPolicyType, StaffingPolicy>("SetStaffingPolicyPayload", "staffingPolicy");

using Registry.Api.Schema.Mutations;
using Registry.Domain.Committees;

namespace Registry.Api.Committees;

public sealed class UpdateCommitteePayloadType() : PayloadType<CommitteeType, Committee>("UpdateCommitteePayload", "committee");

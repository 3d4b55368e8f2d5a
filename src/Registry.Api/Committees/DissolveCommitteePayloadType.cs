using Registry.Api.Schema.Mutations;
using Registry.Domain.Committees;

namespace Registry.Api.Committees;

public sealed class DissolveCommitteePayloadType() : PayloadType<CommitteeType, Committee>("DissolveCommitteePayload", "committee");

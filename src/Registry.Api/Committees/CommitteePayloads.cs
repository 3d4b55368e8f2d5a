using Registry.Api.Schema.Mutations;
using Registry.Domain.Committees;

namespace Registry.Api.Committees;

public sealed class CreateCommitteePayloadType() : PayloadType<CommitteeType, Committee>("CreateCommitteePayload", "committee");

public sealed class UpdateCommitteePayloadType() : PayloadType<CommitteeType, Committee>("UpdateCommitteePayload", "committee");

public sealed class DissolveCommitteePayloadType() : PayloadType<CommitteeType, Committee>("DissolveCommitteePayload", "committee");

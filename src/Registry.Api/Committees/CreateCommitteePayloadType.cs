using Registry.Api.Schema.Mutations;
using Registry.Domain.Committees;

namespace Registry.Api.Committees;

public sealed class CreateCommitteePayloadType() : PayloadType<CommitteeType, Committee>("CreateCommitteePayload", "committee");

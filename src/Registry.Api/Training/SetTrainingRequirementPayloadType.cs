using Registry.Api.Schema.Mutations;
using Registry.Domain.Training;

namespace Registry.Api.Training;

public sealed class SetTrainingRequirementPayloadType() : PayloadType<TrainingRequirementType, TrainingRequirement>("SetTrainingRequirementPayload", "trainingRequirement");

using Registry.Api.Schema.Mutations;
using Registry.Domain.Training;

namespace Registry.Api.Training;

public sealed class UpdateTrainingSessionPayloadType() : PayloadType<TrainingSessionType, TrainingSession>("UpdateTrainingSessionPayload", "trainingSession");

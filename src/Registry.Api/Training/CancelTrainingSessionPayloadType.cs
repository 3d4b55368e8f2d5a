using Registry.Api.Schema.Mutations;
using Registry.Domain.Training;

namespace Registry.Api.Training;

public sealed class CancelTrainingSessionPayloadType() : PayloadType<TrainingSessionType, TrainingSession>("CancelTrainingSessionPayload", "trainingSession");

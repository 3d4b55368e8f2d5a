using Registry.Api.Schema.Mutations;
using Registry.Domain.Training;

namespace Registry.Api.Training;

public sealed class ScheduleTrainingSessionPayloadType() : PayloadType<TrainingSessionType, TrainingSession>("ScheduleTrainingSessionPayload", "trainingSession");

using Registry.Api.Schema.Mutations;
using Registry.Domain.Grading;

namespace Registry.Api.Grading;

public sealed class SetGradeLadderPayloadType() : PayloadType<GradeLadderType, GradeLadder>("SetGradeLadderPayload", "policy");

public sealed class RecordGradeAssessmentPayloadType() : PayloadType<GradeAssessmentType, GradeAssessment>("RecordGradeAssessmentPayload", "gradeAssessment");

using Registry.Api.Mediators;
using Registry.Api.UseCases;
using Registry.Domain.Access;
using Registry.Domain.Grading;

namespace Registry.Api.Grading;

/// <summary>
/// Records a grade assessment by a bureau of the caller's jurisdiction, at a level of the ladder governing the assessing
/// region on the day; the mediator must serve (or have served) a committee inside the caller's jurisdiction.
/// </summary>
public sealed class RecordGradeAssessment : IUseCase<RecordGradeAssessmentInput, GradeAssessment>
{
    public Permission Permission => Permission.ManageGrading;

    public async Task<GradeAssessment> HandleAsync(RecordGradeAssessmentInput input, UseCaseContext context, CancellationToken ct)
    {
        var mediator = await context.Db.FindMediatorAsync(input.MediatorId, ct);
        await context.Db.RequireCallerServesAsync(context.Caller, mediator.Id, ct);
        var region = await GradingRegion.ResolveAsync(context, input.AssessingRegionCode, "assessingRegionCode", ct);
        var ladders = await context.Db.GradeLadders.AsNoTracking().ToListAsync(ct);
        var ladder = GradeLadderResolver.Resolve(ladders, region, input.AssessedOn);
        var assessment = GradeAssessment.Record(mediator.Id, ladder, input.Level, input.AssessedOn, region, input.Basis, context.Today);
        context.Db.GradeAssessments.Add(assessment);
        return assessment;
    }
}

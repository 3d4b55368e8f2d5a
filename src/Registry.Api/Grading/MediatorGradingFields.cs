using Registry.Api.Schema;
using GraphQL.DataLoader;
using Registry.Api.Access;
using Registry.Api.Certificates;
using Registry.Api.Schema.Loading;
using Registry.Api.Schema.Paging;
using Registry.Domain.Access;
using Registry.Domain.Certificates;
using Registry.Domain.Grading;
using Registry.Domain.Mediators;

namespace Registry.Api.Grading;

/// <summary>The grading and certification fields of <c>Mediator</c>, kept with their features.</summary>
public static class MediatorGradingFields
{
    public static void AddGradingFields(this ObjectGraphType<Mediator> mediator)
    {
        mediator.Field<GradeAssessmentType>("grade").Requires(Permission.ReadReports)
            .Description("The grade held on asOf (default today): the latest assessment on or before it; null when ungraded.")
            .Argument<Schema.Scalars.CalendarDateGraphType>("asOf")
            .Resolve(ctx =>
            {
                var asOf = ctx.AsOf();
                return ctx.AssessmentsOf(ctx.Source.Id).Then(list => GradeAssessment.On(list, asOf));
            });
        mediator.Field<NonNullGraphType<ConnectionType<GradeAssessmentType, GradeAssessment>>>("gradeHistory").Requires(Permission.ReadReports)
            .Description("Every grade assessment, oldest first.")
            .Paged()
            .Resolve(ctx =>
            {
                var page = PageRequest.From(ctx);
                return ctx.AssessmentsOf(ctx.Source.Id).Then(list => InMemoryPaging.ToPage(list, a => a.Id, page));
            });
        mediator.Field<CertificateType>("certificate").Requires(Permission.ReadReports)
            .Description("The certificate held on asOf (default today): the latest issued on or before it, whatever its status then; null when none.")
            .Argument<Schema.Scalars.CalendarDateGraphType>("asOf")
            .Resolve(ctx =>
            {
                var asOf = ctx.AsOf();
                return ctx.CertificatesOf(ctx.Source.Id).Then(list =>
                    list.Where(c => c.IssuedOn <= asOf).OrderByDescending(c => c.IssuedOn).ThenByDescending(c => c.Id).FirstOrDefault());
            });
        mediator.Field<NonNullGraphType<ConnectionType<CertificateType, Certificate>>>("certificates").Requires(Permission.ReadReports)
            .Description("Every certificate the person has held, oldest first.")
            .Paged()
            .Resolve(ctx =>
            {
                var page = PageRequest.From(ctx);
                return ctx.CertificatesOf(ctx.Source.Id).Then(list => InMemoryPaging.ToPage(list, c => c.Id, page));
            });
    }

    private static IDataLoaderResult<List<GradeAssessment>> AssessmentsOf(this IResolveFieldContext context, long mediatorId) =>
        context.LoadGrouped("GradeAssessment.ByMediator", mediatorId,
            (db, ids) => db.GradeAssessments.AsNoTracking().Where(a => ids.Contains(a.MediatorId)).OrderBy(a => a.Id), a => a.MediatorId);

    public static IDataLoaderResult<List<Certificate>> CertificatesOf(this IResolveFieldContext context, long mediatorId) =>
        context.LoadGrouped("Certificate.ByMediator", mediatorId,
            (db, ids) => db.Certificates.AsNoTracking().Where(c => ids.Contains(c.MediatorId)).OrderBy(c => c.Id), c => c.MediatorId);
}

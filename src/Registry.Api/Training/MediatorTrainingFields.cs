using Registry.Api.Schema;
using Registry.Api.Access;
using Registry.Domain.Access;
using GraphQL.DataLoader;
using Registry.Api.Schema.Loading;
using Registry.Domain.Mediators;
using Registry.Domain.Training;

namespace Registry.Api.Training;

/// <summary>The training fields of <c>Mediator</c>, kept with the training feature.</summary>
public static class MediatorTrainingFields
{
    public static void AddTrainingFields(this ObjectGraphType<Mediator> mediator) =>
        mediator.Field<NonNullGraphType<TrainingRecordType>>("trainingRecord").Requires(Permission.ReadReports)
            .Description("Sessions attended and hours credited in a calendar year (by session date); FORBIDDEN unless your jurisdiction covers the mediator.")
            .Argument<NonNullGraphType<IntGraphType>>("year")
            .Resolve(ctx =>
            {
                var year = ctx.Year();
                return Mediators.MediatorJurisdiction.RequireCovered(ctx, ctx.AttendancesInYear(ctx.Source.Id, year).Then(entries => new TrainingRecord(year, entries
                    .OrderBy(e => e.Session.Date).ThenBy(e => e.Session.Id).Select(e => (e.Attendance, e.Session)).ToList())));
            });

    private static IDataLoaderResult<List<AttendanceEntry>> AttendancesInYear(this IResolveFieldContext context, long mediatorId, int year)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        return context.LoadGrouped($"Attendance.ByMediatorInYear.{year}", mediatorId,
            (db, ids) => db.Attendances.Where(a => ids.Contains(a.MediatorId))
                .Join(db.TrainingSessions.Where(s => s.Date >= from && s.Date <= to), a => a.SessionId, s => s.Id, (a, s) => new AttendanceEntry(a, s)),
            e => e.Attendance.MediatorId);
    }

    private sealed record AttendanceEntry(Attendance Attendance, TrainingSession Session);
}

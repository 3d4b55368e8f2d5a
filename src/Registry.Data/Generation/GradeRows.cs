using Npgsql;
using NpgsqlTypes;
using Registry.Domain.Grading;

namespace Registry.Data.Generation;

/// <summary>
/// Grade assessments (等级评定) on the national ladder: about a third of mediators were rated 四级 a year or more into
/// their service, and some rose a level every few years after. The county bureau assessed them.
/// </summary>
internal static class GradeRows
{
    public static async Task<long> WriteAsync(NpgsqlConnection connection, Roster roster, GradeLadder ladder, GenerationProgress progress, CancellationToken ct)
    {
        var random = roster.Request.RandomFor(5);
        var levels = ladder.Levels.OrderBy(l => l.Rank).ToList();
        progress.Begin("grade assessments", roster.Mediators.Count, "mediators");
        await using var import = await BulkCopy.BeginAsync(connection, "grade_assessments",
            "id, mediator_id, ladder_id, level_code, level_name, rank, assessed_on, region_code, basis", ct);
        var id = 0L;
        for (var m = 0; m < roster.Mediators.Count; m++)
        {
            var served = roster.Appointments[roster.FirstAppointment[m]].Start;
            var on = served.AddYears(1).AddDays(random.Next(365));
            var bureau = roster.Committees[roster.Mediators[m].Committee].Bureau;
            var chance = 35;
            foreach (var level in levels)
            {
                if (on > roster.AsOf || random.Next(100) >= chance) break;
                import.StartRow();
                import.Write(++id, NpgsqlDbType.Bigint);
                import.Write(m + 1L, NpgsqlDbType.Bigint);
                import.Write(ladder.Id, NpgsqlDbType.Bigint);
                import.Write(level.Code);
                import.Write(level.Name);
                import.Write(level.Rank, NpgsqlDbType.Integer);
                import.Write(on, NpgsqlDbType.Date);
                import.Write(bureau);
                import.Write($"{on.Year}年度人民调解员等级评定");
                on = on.AddYears(2 + random.Next(3)).AddDays(random.Next(180));
                chance = 30;
            }
            progress.Step();
        }
        await import.CompleteAsync(ct);
        progress.End();
        return id;
    }
}

using Npgsql;
using NpgsqlTypes;
using Registry.Domain.Training;

namespace Registry.Data.Generation;

/// <summary>
/// Two calendar years of training: each county holds eight sessions a year, each prefecture two, each province one;
/// a mediator serving on a session's day attends up to four a year, mostly their county's. One session in fifty is
/// cancelled (nobody is recorded at it). Attendance is mostly ATTENDED for the whole session, some PARTIAL, a few
/// ABSENT or EXCUSED (no minutes, as <see cref="Attendance"/> credits them). The yearly credits are the read model's
/// backfill, run after the load.
/// </summary>
internal static class TrainingRows
{
    private static readonly TrainingForm[] Forms = Enum.GetValues<TrainingForm>();

    private static readonly Dictionary<TrainingForm, string> FormNames = new()
    {
        [TrainingForm.Lecture] = "集中授课", [TrainingForm.Seminar] = "交流研讨", [TrainingForm.CaseReview] = "案例评析",
        [TrainingForm.OnSiteObservation] = "现场观摩", [TrainingForm.CourtHearingObservation] = "旁听庭审",
        [TrainingForm.PracticalDrill] = "实训演练", [TrainingForm.MediationLectureHall] = "调解大讲堂", [TrainingForm.Online] = "线上培训",
    };

    private sealed record Session(long Id, DateOnly Date, int Minutes, bool Cancelled);

    public static async Task<(long Sessions, long Attendances)> WriteAsync(NpgsqlConnection connection, Roster roster, GenerationProgress progress, CancellationToken ct)
    {
        var random = roster.Request.RandomFor(4);
        var sessions = await WriteSessionsAsync(connection, roster, random, progress, ct);
        var attendances = await WriteAttendancesAsync(connection, roster, sessions, random, progress, ct);
        return (sessions.Values.Sum(s => s.Count), attendances);
    }

    /// <summary>The sessions by organising region and year, from the bureaus the scope's committees belong to and their parents.</summary>
    private static async Task<Dictionary<(string Region, int Year), List<Session>>> WriteSessionsAsync(
        NpgsqlConnection connection, Roster roster, Random random, GenerationProgress progress, CancellationToken ct)
    {
        var organisers = roster.Committees.Select(c => c.Bureau).Distinct().SelectMany(Organisers).Distinct()
            .Where(roster.Regions.Contains).Order(StringComparer.Ordinal).ToList();
        var years = Years(roster);
        var sessions = new Dictionary<(string, int), List<Session>>();
        progress.Begin("training sessions", organisers.Count * years.Length, "organisers × years");
        await using var import = await BulkCopy.BeginAsync(connection, "training_sessions",
            "id, region_code, tier, form, topics, title, date, minutes, location, is_practical, cancelled_on, cancellation_reason", ct);
        var id = 0L;
        foreach (var region in organisers)
        {
            var tier = TrainingSession.TierOf(region) ?? TrainingTier.County;
            var perYear = tier switch { TrainingTier.Province => 1, TrainingTier.Prefecture => 2, _ => 8 };
            foreach (var year in years)
            {
                var list = sessions[(region, year)] = [];
                var first = new DateOnly(year, 1, 1);
                var last = year == roster.AsOf.Year ? roster.AsOf : new DateOnly(year, 12, 31);
                for (var k = 0; k < perYear; k++)
                {
                    var form = Forms[random.Next(Forms.Length)];
                    var date = first.AddDays(random.Next(last.DayNumber - first.DayNumber + 1));
                    var minutes = 60 * random.Next(2, 9);
                    var cancelled = random.Next(50) == 0;
                    import.StartRow();
                    import.Write(++id, NpgsqlDbType.Bigint);
                    import.Write(region);
                    import.Write(tier.ToString());
                    import.Write(form.ToString());
                    import.Write(1 << random.Next(5) | 1 << random.Next(5), NpgsqlDbType.Integer);
                    import.Write($"{roster.Regions.NameOf(region)}{year}年人民调解员{FormNames[form]}（第{k + 1}期）");
                    import.Write(date, NpgsqlDbType.Date);
                    import.Write(minutes, NpgsqlDbType.Integer);
                    import.Write(roster.Regions.NameOf(region) + "司法局");
                    import.Write(TrainingSession.IsPracticalByDefault(form), NpgsqlDbType.Boolean);
                    import.Write(cancelled ? date.AddDays(-random.Next(1, 10)) : null);
                    import.Write(cancelled ? "因故取消" : null);
                    list.Add(new Session(id, date, minutes, cancelled));
                }
                progress.Step();
            }
        }
        await import.CompleteAsync(ct);
        progress.End();
        return sessions;
    }

    private static async Task<long> WriteAttendancesAsync(NpgsqlConnection connection, Roster roster,
        Dictionary<(string Region, int Year), List<Session>> sessions, Random random, GenerationProgress progress, CancellationToken ct)
    {
        var years = Years(roster);
        var empty = new List<Session>();
        var chosen = new HashSet<long>();
        progress.Begin("attendances", roster.Mediators.Count, "mediators");
        await using var import = await BulkCopy.BeginAsync(connection, "attendances", "id, session_id, mediator_id, status, minutes", ct);
        var id = 0L;
        for (var m = 0; m < roster.Mediators.Count; m++)
        {
            var appointment = roster.Appointments[roster.MainAppointment[m]];
            var bureau = roster.Committees[roster.Mediators[m].Committee].Bureau;
            foreach (var year in years)
            {
                chosen.Clear();
                var wanted = random.Next(0, year == roster.AsOf.Year ? 5 : 4);
                for (var k = 0; k < wanted; k++)
                {
                    var pick = random.Next(100);
                    var region = pick < 75 ? bureau : pick < 95 ? bureau[..Math.Min(4, bureau.Length)] : bureau[..2];
                    var list = sessions.GetValueOrDefault((region, year), empty);
                    if (list.Count == 0) continue;
                    var session = list[random.Next(list.Count)];
                    if (session.Cancelled || !appointment.IsActiveOn(session.Date) || !chosen.Add(session.Id)) continue;
                    var (status, minutes) = random.Next(100) switch
                    {
                        < 85 => (AttendanceStatus.Attended, session.Minutes),
                        < 93 => (AttendanceStatus.Partial, session.Minutes / 2),
                        < 98 => (AttendanceStatus.Absent, 0),
                        _ => (AttendanceStatus.Excused, 0),
                    };
                    import.StartRow();
                    import.Write(++id, NpgsqlDbType.Bigint);
                    import.Write(session.Id, NpgsqlDbType.Bigint);
                    import.Write(m + 1L, NpgsqlDbType.Bigint);
                    import.Write(status.ToString());
                    import.Write(minutes, NpgsqlDbType.Integer);
                }
            }
            progress.Step();
        }
        await import.CompleteAsync(ct);
        progress.End();
        return id;
    }

    private static int[] Years(Roster roster) => [roster.AsOf.Year - 1, roster.AsOf.Year];

    private static IEnumerable<string> Organisers(string bureau)
    {
        yield return bureau;
        if (bureau.Length > 4) yield return bureau[..4];
        if (bureau.Length > 2) yield return bureau[..2];
    }
}

using Npgsql;
using NpgsqlTypes;

namespace Registry.Data.Generation;

/// <summary>
/// The mediators of each committee and their appointments: adults of 22 to 70, about six in ten men; the first of a
/// committee chairs it; full-time (专职) by committee kind, about 13% in all; one in sixteen has left; some served an
/// earlier part-time term, and a few serve a neighbouring committee part-time besides (both marked as overlapping, as
/// <see cref="Appointment.Make(long, Committee, AppointmentRole, Employment, DateOnly, DateOnly?, IEnumerable{Appointment}, DateOnly)"/>
/// marks them). Every appointment lies within its committee's life and starts on or after the mediator's 18th birthday.
/// </summary>
internal static class MediatorRows
{
    private static readonly string[] Ethnicities = ["回族", "满族", "蒙古族", "壮族", "苗族", "土家族", "藏族", "维吾尔族", "彝族", "朝鲜族"];
    private static readonly Education[] Educations = Enum.GetValues<Education>();
    private static readonly PoliticalStatus[] Politics = Enum.GetValues<PoliticalStatus>();
    private static readonly ProfessionalBackground[] Backgrounds = Enum.GetValues<ProfessionalBackground>();
    private static readonly string[] PhonePrefixes = ["130", "131", "135", "136", "138", "139", "150", "151", "158", "159", "177", "186", "187", "189"];

    /// <summary>Percent full-time of a committee's mediators, by kind: the country's ≈13% comes mostly from townships and centres.</summary>
    private static int FullTimePercent(CommitteeKind kind) => kind switch
    {
        CommitteeKind.Village or CommitteeKind.Community => 11,
        CommitteeKind.Township or CommitteeKind.Subdistrict => 22,
        CommitteeKind.MediationCenter => 45,
        _ => 12,
    };

    public static async Task<long> WriteAsync(NpgsqlConnection connection, Roster roster, GenerationProgress progress, CancellationToken ct)
    {
        var random = roster.Request.RandomFor(3);
        var names = new ChineseNames(roster.Request.Seed);
        var ids = new IdNumbers();
        var asOf = roster.AsOf;
        progress.Begin("mediators", roster.Committees.Sum(c => (long)c.Mediators), "mediators");
        await using var import = await BulkCopy.BeginAsync(connection, "mediators",
            "id, name, gender, birth_date, id_number, phone, ethnicity, education, political_status, background, version, registering_region_code", ct);
        for (var c = 0; c < roster.Committees.Count; c++)
        {
            var committee = roster.Committees[c];
            for (var j = 0; j < committee.Mediators; j++)
            {
                var gender = random.Next(100) < 62 ? Gender.Male : Gender.Female;
                var born = asOf.AddYears(-(22 + random.Next(49))).AddDays(-random.Next(365));
                var (idNumber, birthDate) = ids.Next(committee.Bureau, born, gender);
                var index = roster.Mediators.Count;
                roster.Mediators.Add(new PlannedMediator(c, birthDate));
                PlanAppointments(roster, random, index, c, j, birthDate);

                import.StartRow();
                import.Write(index + 1L, NpgsqlDbType.Bigint);
                import.Write(names.Next(random));
                import.Write(gender.ToString());
                import.Write(birthDate, NpgsqlDbType.Date);
                import.Write(idNumber);
                import.Write(random.Next(100) < 70 ? PhonePrefixes[random.Next(PhonePrefixes.Length)] + random.Next(100_000_000).ToString("00000000") : null);
                import.Write(random.Next(100) < 91 ? "汉族" : Ethnicities[random.Next(Ethnicities.Length)]);
                import.Write(random.Next(100) < 85 ? Educations[random.Next(Educations.Length)].ToString() : null);
                import.Write(random.Next(100) < 80 ? Politics[random.Next(Politics.Length)].ToString() : null);
                import.Write((random.Next(100) < 45 ? ProfessionalBackground.None : Backgrounds[random.Next(Backgrounds.Length)]).ToString());
                import.Write(1, NpgsqlDbType.Integer);
                import.Write(committee.Bureau);
                progress.Step();
            }
        }
        await import.CompleteAsync(ct);
        progress.End();
        IndexAppointments(roster);
        return roster.Mediators.Count;
    }

    private static void PlanAppointments(Roster roster, Random random, int mediator, int c, int position, DateOnly birthDate)
    {
        var asOf = roster.AsOf;
        var committee = roster.Committees[c];
        var adult = birthDate.AddYears(Mediator.AdultAge);
        var earliest = Max(Max(committee.EstablishedOn, adult), asOf.AddYears(-12));
        var latest = asOf.AddDays(-45);
        var start = earliest.AddDays(random.Next(Math.Max(1, latest.DayNumber - earliest.DayNumber)));
        var left = random.Next(16) == 0;
        DateOnly? end = left ? start.AddDays(random.Next(30, Math.Max(31, asOf.DayNumber - 1 - start.DayNumber))) : null;

        var earlierFrom = Max(committee.EstablishedOn, adult);
        if (random.Next(100) < 15 && start.DayNumber - earlierFrom.DayNumber > 120)
        {
            var earlierStart = earlierFrom.AddDays(random.Next(start.DayNumber - earlierFrom.DayNumber - 90));
            var earlierEnd = earlierStart.AddDays(30 + random.Next(start.DayNumber - earlierStart.DayNumber - 31));
            roster.Appointments.Add(new(mediator, c, AppointmentRole.Member, false, earlierStart, earlierEnd, false));
        }

        var role = position == 0 ? AppointmentRole.Chair : position == 1 && random.Next(2) == 0 ? AppointmentRole.ViceChair : AppointmentRole.Member;
        var main = roster.Appointments.Count;
        roster.Appointments.Add(new(mediator, c, role, random.Next(100) < FullTimePercent(committee.Kind), start, end, false));

        var neighbour = c > 0 && roster.Committees[c - 1].Bureau == committee.Bureau ? c - 1 : -1;
        if (!left && neighbour >= 0 && random.Next(40) == 0)
        {
            var from = Max(start, roster.Committees[neighbour].EstablishedOn);
            if (from < latest)
            {
                var second = from.AddDays(random.Next(latest.DayNumber - from.DayNumber));
                roster.Appointments.Add(new(mediator, neighbour, AppointmentRole.Member, false, second, null, true));
                roster.Appointments[main] = roster.Appointments[main] with { OverlapsAnother = true };
            }
        }
    }

    /// <summary>Each mediator's first and own-committee appointments; planned in mediator order, so one pass finds them.</summary>
    private static void IndexAppointments(Roster roster)
    {
        var first = new int[roster.Mediators.Count];
        var main = new int[roster.Mediators.Count];
        Array.Fill(first, -1);
        for (var i = 0; i < roster.Appointments.Count; i++)
        {
            var a = roster.Appointments[i];
            if (first[a.Mediator] < 0) first[a.Mediator] = i;
            if (a.Committee == roster.Mediators[a.Mediator].Committee) main[a.Mediator] = i;
        }
        roster.FirstAppointment = first;
        roster.MainAppointment = main;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}

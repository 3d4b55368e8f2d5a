using Bogus;
using static Registry.Data.Seeding.Demo.DemoDates;

namespace Registry.Data.Seeding.Demo;

/// <summary>
/// Staffs the planned committees: one new mediator per seat, with a little history (appointments that ended, some
/// followed by a new one), members of dissolved committees who moved on, and a few part-time second appointments.
/// </summary>
internal sealed class RosterPlanner(PersonGenerator people)
{
    private readonly Randomizer random = people.Random;
    private readonly List<PlannedMediator> mediators = [];

    public List<PlannedMediator> Plan(IReadOnlyList<PlannedCommittee> committees)
    {
        foreach (var committee in committees.Where(c => c.Committee.DissolvedOn is null)) Staff(committee);
        foreach (var committee in committees.Where(c => c.Committee.DissolvedOn is not null)) StaffDissolved(committee, committees);
        AddSecondAppointments(committees);
        return mediators;
    }

    private void Staff(PlannedCommittee committee)
    {
        var seats = StaffingProfile.Seats(random, committee.Kind);
        var fullTime = StaffingProfile.FullTime(random, committee, seats);
        // The chair is usually one of the full-time mediators.
        var fullTimeSeats = random.Chance(0.6) ? Enumerable.Range(0, fullTime) : random.Sample(Enumerable.Range(0, seats).ToList(), fullTime);
        var isFullTime = fullTimeSeats.ToHashSet();
        for (var seat = 0; seat < seats; seat++)
        {
            var role = seat == 0 ? AppointmentRole.Chair : seat == 1 && seats >= 3 ? AppointmentRole.ViceChair : AppointmentRole.Member;
            var employment = isFullTime.Contains(seat) ? Employment.FullTime : Employment.PartTime;
            var mediator = NewMediator(committee);
            var earliest = Max(committee.Committee.EstablishedOn, mediator.Mediator.BirthDate.AddYears(23));
            var historyLatest = Today.AddDays(-400);
            var roll = random.Double();
            if (roll < 0.07 && earliest <= historyLatest)
            {
                var start = random.Between(earliest, historyLatest);
                var end = random.Between(start.AddDays(180), Today.AddDays(-60));
                // Earlier part-time service, then either gone or re-appointed (perhaps now full-time) after a gap.
                var first = new PlannedAppointment(committee, AppointmentRole.Member, Employment.PartTime, start, end);
                mediator.Appointments.Add(first);
                if (roll < 0.03) continue;
                Serve(committee, mediator, role, employment, random.Between(end.AddDays(1), Min(end.AddDays(90), LatestStart)));
            }
            else Serve(committee, mediator, role, employment, random.Between(earliest, LatestStart));
        }
    }

    /// <summary>Members served until the committee was dissolved; about half then joined another committee nearby.</summary>
    private void StaffDissolved(PlannedCommittee committee, IReadOnlyList<PlannedCommittee> committees)
    {
        var dissolved = committee.Committee.DissolvedOn!.Value;
        var nearby = committees.Where(c => c.CountyCode == committee.CountyCode && c.Committee.DissolvedOn is null && !c.IsGrassroots).ToList();
        var seats = random.Int(2, 4);
        for (var seat = 0; seat < seats; seat++)
        {
            var mediator = NewMediator(committee, bornBy: committee.Committee.EstablishedOn.AddYears(-25));
            var start = random.Between(committee.Committee.EstablishedOn, dissolved.AddDays(-365));
            var end = random.Chance(0.7) ? dissolved : random.Between(start.AddDays(180), dissolved);
            var employment = seat == 0 && random.Chance(0.5) ? Employment.FullTime : Employment.PartTime;
            mediator.Appointments.Add(new PlannedAppointment(committee, seat == 0 ? AppointmentRole.Chair : AppointmentRole.Member, employment, start, end));
            if (!random.Chance(0.5) || nearby.Count == 0) continue;
            var next = random.ListItem(nearby);
            var from = Max(end.AddDays(30), next.Committee.EstablishedOn);
            if (from <= LatestStart) Serve(next, mediator, AppointmentRole.Member, Employment.PartTime, random.Between(from, Min(from.AddDays(365), LatestStart)));
        }
    }

    /// <summary>Some grassroots mediators also sit, part-time, on a specialised committee of their county.</summary>
    private void AddSecondAppointments(IReadOnlyList<PlannedCommittee> committees)
    {
        var grassroots = committees.Where(c => c.IsGrassroots && c.Serving.Count > 0).ToList();
        foreach (var committee in committees.Where(c => !c.IsGrassroots && c.Committee.DissolvedOn is null && c.Kind != CommitteeKind.Enterprise))
        {
            if (!random.Chance(0.6)) continue;
            var pool = grassroots.Where(g => g.Jurisdiction == committee.Jurisdiction && (committee.CountyCode is null || g.CountyCode == committee.CountyCode)).ToList();
            for (var i = random.Int(1, 2); i > 0 && pool.Count > 0; i--)
            {
                var (mediator, appointment) = random.ListItem(random.ListItem(pool).Serving);
                if (mediator.Appointments.Any(a => a.Committee == committee)) continue;
                var from = Max(committee.Committee.EstablishedOn, appointment.Start.AddDays(365));
                if (from > LatestStart) continue;
                Serve(committee, mediator, AppointmentRole.Member, Employment.PartTime, random.Between(from, LatestStart));
            }
        }
    }

    private void Serve(PlannedCommittee committee, PlannedMediator mediator, AppointmentRole role, Employment employment, DateOnly start)
    {
        var appointment = new PlannedAppointment(committee, role, employment, start, null);
        mediator.Appointments.Add(appointment);
        committee.Serving.Add((mediator, appointment));
    }

    private PlannedMediator NewMediator(PlannedCommittee committee, DateOnly? bornBy = null)
    {
        var county = committee.CountyCode ?? random.ArrayElement(committee.Jurisdiction.Counties);
        var gender = random.Chance(committee.Kind == CommitteeKind.Village ? 0.68 : 0.58) ? Gender.Male : Gender.Female;
        var birthDate = bornBy is { } latest ? random.Between(On(1956), latest) : MediatorProfile.BirthDate(random, committee.Kind);
        var details = new MediatorDetails(
            people.Name(), gender, birthDate, people.IdNumber(county, birthDate, gender), people.Phone(),
            MediatorProfile.EducationFor(random, committee.Kind),
            MediatorProfile.PoliticalStatusFor(random, birthDate),
            MediatorProfile.BackgroundFor(random, committee.Committee),
            people.Ethnicity(county));
        var mediator = new PlannedMediator(Mediator.Register(details, Today), county);
        mediators.Add(mediator);
        return mediator;
    }
}

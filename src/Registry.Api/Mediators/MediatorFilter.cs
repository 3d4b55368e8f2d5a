using Registry.Api.Schema.Errors;
using Registry.Data.Querying;
using Registry.Domain.Appointments;
using Registry.Domain.Mediators;

namespace Registry.Api.Mediators;

/// <summary>
/// The criteria of the <c>mediators</c> list. A mediator is "in" a region when an appointment in force on
/// <see cref="AsOf"/> is to a committee there; FULL_TIME means any such appointment is full-time, PART_TIME that none is.
/// </summary>
public sealed record MediatorFilter(RegistryDbContext Db, string? RegionCode, string? Search, Employment? Employment, DateOnly AsOf)
{
    /// <summary>A part of a name or an ID number to find: few matches, paged by <c>ToSearchedPageAsync</c>.</summary>
    public bool IsSearched => !string.IsNullOrWhiteSpace(Search);

    public IQueryable<Mediator> Apply(IQueryable<Mediator> mediators)
    {
        var query = mediators;
        var search = Search?.Trim();
        if (!string.IsNullOrEmpty(search))
        {
            if (search.Length > 50) throw new InputError("search", ErrorCodes.TooLong, "search must be at most 50 characters.");
            var idNumber = search.ToUpperInvariant();
            query = query.Where(NameSearch.Contains<Mediator>(Db.Provider, m => m.Name, search, orElse: m => m.IdNumber == idNumber));
        }
        if (RegionCode is null && Employment is null) return query;

        var serving = Db.Appointments.Where(Appointment.InForceOn(AsOf));
        if (RegionCode is not null)
        {
            var committees = Db.Committees.InRegion(RegionCode).Select(c => c.Id);
            serving = serving.Where(a => committees.Contains(a.CommitteeId));
        }
        var fullTime = serving.Where(a => a.Employment == Domain.Appointments.Employment.FullTime);
        return Employment switch
        {
            Domain.Appointments.Employment.FullTime => query.Where(m => fullTime.Any(a => a.MediatorId == m.Id)),
            Domain.Appointments.Employment.PartTime => query.Where(m => serving.Any(a => a.MediatorId == m.Id) && !fullTime.Any(a => a.MediatorId == m.Id)),
            _ => query.Where(m => serving.Any(a => a.MediatorId == m.Id)),
        };
    }
}

using Registry.Api.Schema.Errors;
using Registry.Data;
using Registry.Data.Querying;
using Registry.Domain.Committees;

namespace Registry.Api.Committees;

/// <summary>The criteria of the <c>committees</c> list, kept apart from paging so the count uses the same ones.</summary>
public sealed record CommitteeFilter(DatabaseProvider Provider, string? RegionCode, IReadOnlyList<CommitteeKind>? Kinds, string? Search, bool IncludeDissolved, DateOnly Today)
{
    /// <summary>No criterion but existing today: the list <see cref="ExistingCommittees"/> serves from compiled queries.</summary>
    public bool IsEveryExisting => RegionCode is null && Kinds is not { Count: > 0 } && string.IsNullOrWhiteSpace(Search) && !IncludeDissolved;

    /// <summary>A part of a name to find: few matches, paged by <c>ToSearchedPageAsync</c>.</summary>
    public bool IsSearched => !string.IsNullOrWhiteSpace(Search);

    public IQueryable<Committee> Apply(IQueryable<Committee> committees)
    {
        var query = committees.InRegion(RegionCode);
        if (Kinds is { Count: > 0 }) query = query.Where(c => Kinds.Contains(c.Kind));
        var search = Search?.Trim();
        if (!string.IsNullOrEmpty(search))
        {
            if (search.Length > 50) throw new InputError("search", ErrorCodes.TooLong, "search must be at most 50 characters.");
            query = query.Where(NameSearch.Contains<Committee>(Provider, c => c.Name, search));
        }
        if (!IncludeDissolved) query = query.Where(Committee.ExistsOn(Today));
        return query;
    }
}

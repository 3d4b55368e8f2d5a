using Registry.Domain.Common;

namespace Registry.Domain.Committees;

/// <summary>
/// One star assessment of a committee (评星定级, seeds 002, 004): 1–5 stars from a day on. The committee's stars on a day
/// are those of its latest assessment on or before it (<see cref="On"/>) — stored here only, never on the committee.
/// </summary>
public class CommitteeStarRating : Entity, Regions.IRegional
{
    public const int MaxBasisLength = 500;

    private CommitteeStarRating() { }

    public long CommitteeId { get; private set; }
    public int Stars { get; private set; }
    public DateOnly AssessedOn { get; private set; }
    public string Basis { get; private set; } = "";
    /// <summary>The assessing bureau's region.</summary>
    public string RegionCode { get; private set; } = "";

    public static CommitteeStarRating Rate(Committee committee, int stars, DateOnly assessedOn, string? basis, string regionCode, DateOnly today)
    {
        var guard = new Guard();
        if (stars is < 1 or > 5) guard.Add("stars", ErrorCodes.OutOfRange, "stars must be between 1 and 5.");
        var text = guard.Text("basis", basis, MaxBasisLength);
        if (assessedOn == default) guard.Add("assessedOn", ErrorCodes.Required, "assessedOn is required.");
        else if (assessedOn > today) guard.Add("assessedOn", ErrorCodes.OutOfRange, $"assessedOn must not be in the future (today is {today:yyyy-MM-dd}).");
        else if (assessedOn < committee.EstablishedOn)
            guard.Add("assessedOn", ErrorCodes.OutOfRange, $"assessedOn must not be before the committee was established ({committee.EstablishedOn:yyyy-MM-dd}).");
        else if (!committee.IsActiveOn(assessedOn))
            guard.Add("assessedOn", ErrorCodes.InvalidState, $"The committee was dissolved on {committee.DissolvedOn:yyyy-MM-dd}; it cannot be rated after that.");
        guard.ThrowIfAny();
        return new CommitteeStarRating { CommitteeId = committee.Id, Stars = stars, AssessedOn = assessedOn, Basis = text, RegionCode = regionCode };
    }

    /// <summary>The rating in force on <paramref name="day"/>: the latest on or before it (ties: the later recorded).</summary>
    public static CommitteeStarRating? On(IEnumerable<CommitteeStarRating> history, DateOnly day) =>
        history.Where(r => r.AssessedOn <= day).OrderByDescending(r => r.AssessedOn).ThenByDescending(r => r.Id).FirstOrDefault();
}

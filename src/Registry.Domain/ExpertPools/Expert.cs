using Registry.Domain.Common;

namespace Registry.Domain.ExpertPools;

/// <summary>A member of an expert pool for a term; gives consultations on hard cases (咨询指导、联合会诊).</summary>
public class Expert : Entity
{
    private Expert() { }

    public long ExpertPoolId { get; private set; }
    public string Name { get; private set; } = "";
    public ExpertDiscipline Discipline { get; private set; }
    public ExpertProfession Profession { get; private set; }
    public string? Organisation { get; private set; }
    public DateOnly TermStart { get; private set; }
    public DateOnly? TermEnd { get; private set; }

    public static Expert Add(ExpertPool pool, string? name, ExpertDiscipline discipline, ExpertProfession profession,
        string? organisation, DateOnly termStart, DateOnly? termEnd)
    {
        var guard = new Guard();
        var trimmed = guard.Text("name", name, 50);
        var org = guard.OptionalText("organisation", organisation, 100);
        if (termEnd < termStart) guard.Add("termEnd", ErrorCodes.OutOfRange, "termEnd must not be before termStart.");
        if (termStart < pool.EstablishedOn) guard.Add("termStart", ErrorCodes.OutOfRange, "termStart must not be before the pool was established.");
        guard.ThrowIfAny();
        return new Expert
        {
            ExpertPoolId = pool.Id,
            Name = trimmed,
            Discipline = discipline,
            Profession = profession,
            Organisation = org,
            TermStart = termStart,
            TermEnd = termEnd,
        };
    }
}

namespace Registry.Domain.Cases;

/// <summary>A mediator who took part in a case besides its lead mediator (协助调解).</summary>
public class CaseCoMediator
{
    private CaseCoMediator() { }

    internal CaseCoMediator(long mediatorId) => MediatorId = mediatorId;

    public long CaseId { get; private set; }
    public long MediatorId { get; private set; }
}

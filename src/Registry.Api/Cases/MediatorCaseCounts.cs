using Registry.Domain.Cases;

namespace Registry.Api.Cases;

/// <summary>A mediator's figures: the cases they led, and how many more they co-mediated.</summary>
public sealed record MediatorCaseCounts(CaseCounts Lead, int CoMediated);

namespace Registry.Domain.Mediators;

/// <summary>What a bureau states about a person when it registers or edits a mediator.</summary>
public sealed record MediatorDetails(
    string? Name,
    Gender Gender,
    DateOnly BirthDate,
    string? IdNumber,
    string? Phone,
    Education? Education = null,
    PoliticalStatus? PoliticalStatus = null,
    ProfessionalBackground Background = ProfessionalBackground.None,
    string? Ethnicity = null);

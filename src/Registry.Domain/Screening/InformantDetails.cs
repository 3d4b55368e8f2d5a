namespace Registry.Domain.Screening;

/// <summary>What the roster records of an information officer or volunteer.</summary>
public sealed record InformantDetails(string? Name, InformantRole Role, DateOnly TermFrom, DateOnly? TermTo, string? IdNumber, string? Phone);

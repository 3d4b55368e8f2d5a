namespace Registry.Domain.Access;

/// <summary>Why a caller may not do something: <c>UNAUTHENTICATED</c> or <c>FORBIDDEN</c>, and a sentence saying why.</summary>
public sealed record AccessRefusal(string Code, string Message);

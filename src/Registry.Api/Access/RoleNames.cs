using Registry.Domain.Access;

namespace Registry.Api.Access;

/// <summary>Roles travel in tokens and the API in SCREAMING_SNAKE_CASE: BUREAU_ADMIN, TRAINING_ORGANISER, …</summary>
public static class RoleNames
{
    public static readonly IReadOnlyList<string> All = Enum.GetValues<Role>().Select(Of).ToList();

    public static string Of(Role role) => AccessRules.NameOf(role);

    /// <summary>Lenient, for people typing a command line: trims and ignores case.</summary>
    public static Role? Parse(string? name) =>
        Enum.GetValues<Role>().Cast<Role?>().FirstOrDefault(r => string.Equals(Of(r!.Value), name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Strict, for tokens: exactly a role name as <see cref="Of"/> spells it.</summary>
    public static Role? ParseExact(string? name) =>
        Enum.GetValues<Role>().Cast<Role?>().FirstOrDefault(r => string.Equals(Of(r!.Value), name, StringComparison.Ordinal));
}

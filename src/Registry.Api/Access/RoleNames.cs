using Registry.Domain.Access;

namespace Registry.Api.Access;

/// <summary>Roles travel in tokens and the API in SCREAMING_SNAKE_CASE: BUREAU_ADMIN, TRAINING_ORGANISER, …</summary>
public static class RoleNames
{
    public static string Of(Role role) => AccessRules.NameOf(role);

    public static Role? Parse(string? name) =>
        Enum.GetValues<Role>().Cast<Role?>().FirstOrDefault(r => string.Equals(Of(r!.Value), name?.Trim(), StringComparison.OrdinalIgnoreCase));
}

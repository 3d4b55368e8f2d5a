using GraphQL.Builders;
using Registry.Domain.Access;

namespace Registry.Api.Access;

/// <summary>
/// Access metadata on fields, checked by <see cref="AccessValidationRule"/> before anything runs. Root query fields are
/// closed to anonymous callers unless marked <see cref="Public{TSource,TReturn}"/>; every mutation must name its permission.
/// </summary>
public static class FieldAccess
{
    internal const string PublicKey = "registry:public";
    internal const string PermissionKey = "registry:permission";

    /// <summary>Part of the public directory: answered without a token.</summary>
    public static FieldBuilder<TSource, TReturn> Public<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.WithMetadata(PublicKey, true);

    /// <summary>Only callers whose role grants <paramref name="permission"/> may select this field.</summary>
    public static FieldBuilder<TSource, TReturn> Requires<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, Permission permission) =>
        field.WithMetadata(PermissionKey, permission);
}

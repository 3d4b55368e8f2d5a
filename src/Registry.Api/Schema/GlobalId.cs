using System.Buffers.Text;
using System.Text;
using Registry.Api.Schema.Errors;

namespace Registry.Api.Schema;

/// <summary>
/// Opaque global IDs for <c>Node</c>s: base64url of "TypeName:key". Clients must not parse them; the registry
/// checks both the type and the key when one comes back.
/// Stands in for GraphQL.Relay's global-ID helpers (not served by the package registry here).
/// </summary>
public static class GlobalId
{
    public static string Encode(string typeName, object key) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}:{key}"));

    public static bool TryDecode(string? id, out string typeName, out string key)
    {
        typeName = key = "";
        if (string.IsNullOrWhiteSpace(id) || id.Length > 200) return false;
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(id));
            var colon = text.IndexOf(':');
            if (colon <= 0 || colon == text.Length - 1) return false;
            typeName = text[..colon];
            key = text[(colon + 1)..];
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Decodes an ID that must name an entity of <paramref name="typeName"/>; otherwise a field error.</summary>
    public static long DecodeKey(string? id, string typeName, string field)
    {
        if (!TryDecode(id, out var type, out var key) || !long.TryParse(key, out var value))
            throw new DomainException(field, ErrorCodes.Invalid, $"'{id}' is not a valid ID.");
        if (type != typeName)
            throw new DomainException(field, ErrorCodes.Invalid, $"The ID is a {type}'s, not a {typeName}'s.");
        return value;
    }

    /// <summary>Like <see cref="DecodeKey"/>, for query arguments: reported as a GraphQL error.</summary>
    public static long DecodeArgument(string? id, string typeName, string argument)
    {
        try
        {
            return DecodeKey(id, typeName, argument);
        }
        catch (DomainException e)
        {
            throw InputError.From(e);
        }
    }
}

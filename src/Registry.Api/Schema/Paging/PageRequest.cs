using System.Buffers.Text;
using System.Text;
using Registry.Api.Schema.Errors;

namespace Registry.Api.Schema.Paging;

/// <summary>Forward keyset paging: <c>first</c> (1–100, default 20) items after the opaque cursor <c>after</c>.</summary>
public sealed record PageRequest(int First, long? After)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    public static PageRequest From(IResolveFieldContext context)
    {
        var first = context.GetArgument<int?>("first") ?? DefaultSize;
        if (first is < 0 or > MaxSize)
            throw new InputError("first", ErrorCodes.OutOfRange, $"first must be between 0 and {MaxSize}; page through larger lists with after.");
        var after = context.GetArgument<string?>("after");
        return new PageRequest(first, after is null ? null : DecodeCursor(after));
    }

    public static string EncodeCursor(long id) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"k:{id}"));

    private static long DecodeCursor(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            if (text.StartsWith("k:") && long.TryParse(text.AsSpan(2), out var id)) return id;
        }
        catch (FormatException)
        {
        }
        throw new InputError("after", ErrorCodes.Invalid, "after is not a cursor this list gave out.");
    }
}

namespace Registry.Api.Schema.Inputs;

/// <summary>
/// A field of an update's input that may be omitted: <see cref="IsSet"/> tells an omitted field (keep the stored
/// value) from one sent as null (clear it).
/// </summary>
public readonly record struct Optional<T>(bool IsSet, T Value)
{
    public static Optional<T> Of(T value) => new(true, value);

    /// <summary>The value sent, or <paramref name="current"/> when the field was omitted.</summary>
    public T Or(T current) => IsSet ? Value : current;

    public override string ToString() => IsSet ? $"{Value}" : "(omitted)";
}

namespace Registry.Api.Schema.Mutations;

/// <summary>
/// Tells which fields an update's input actually carried, so that an omitted field keeps its value while an explicit
/// null clears it.
/// </summary>
public sealed class InputFields(IDictionary<string, object?> raw)
{
    public static InputFields Of(IResolveFieldContext context) =>
        new(context.GetArgument<Dictionary<string, object?>>("input") ?? []);

    public bool Has(string name) => raw.ContainsKey(name);

    /// <summary>A list field: null when omitted or null, else its items converted to <typeparamref name="T"/>.</summary>
    public List<T>? GetList<T>(string name) =>
        raw.TryGetValue(name, out var value) && value is System.Collections.IEnumerable items and not string
            ? items.Cast<object>().Select(item => (T)(typeof(T).IsEnum && item is not T ? Enum.ToObject(typeof(T), item) : item)).ToList()
            : null;

    public T Get<T>(string name, T current)
    {
        if (!raw.TryGetValue(name, out var value)) return current;
        if (value is null) return default!;
        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (target.IsInstanceOfType(value)) return (T)value;
        if (target.IsEnum) return (T)Enum.ToObject(target, value);
        return (T)Convert.ChangeType(value, target, System.Globalization.CultureInfo.InvariantCulture);
    }
}

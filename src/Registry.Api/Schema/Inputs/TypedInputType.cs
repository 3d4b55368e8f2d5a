using System.Collections;
using System.Reflection;

namespace Registry.Api.Schema.Inputs;

/// <summary>
/// An input object bound to the typed class <typeparamref name="T"/> by field name. A property of type
/// <see cref="Optional{T}"/> is set only when the request carried the field, so an update can tell "omitted" from
/// "null". GraphQL.NET's own binder would reject such properties, so binding is done here: the values arrive already
/// coerced by each field's graph type (enums, dates, nested inputs), and only lists and numbers need converting.
/// </summary>
public abstract class TypedInputType<T> : InputObjectGraphType<T> where T : new()
{
    private static readonly Dictionary<string, PropertyInfo> Properties = typeof(T).GetProperties()
        .Where(p => p.CanWrite).ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        var parsed = new T();
        foreach (var (name, raw) in value)
        {
            if (!Properties.TryGetValue(name, out var property))
                throw new InvalidOperationException($"{typeof(T).Name} has no property for the input field {name}.");
            property.SetValue(parsed, Bind(raw, property.PropertyType));
        }
        return parsed;
    }

    private static object? Bind(object? raw, Type target)
    {
        if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(Optional<>))
            return target.GetMethod("Of")!.Invoke(null, [Convert(raw, target.GetGenericArguments()[0])]);
        return Convert(raw, target);
    }

    private static object? Convert(object? raw, Type target)
    {
        if (raw is null) return null;
        var type = Nullable.GetUnderlyingType(target) ?? target;
        if (type.IsInstanceOfType(raw)) return raw;
        if (type.IsEnum) return Enum.ToObject(type, raw);
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) && raw is IEnumerable items)
        {
            var itemType = type.GetGenericArguments()[0];
            var list = (IList)Activator.CreateInstance(type)!;
            foreach (var item in items) list.Add(Convert(item, itemType));
            return list;
        }
        return System.Convert.ChangeType(raw, type, System.Globalization.CultureInfo.InvariantCulture);
    }
}

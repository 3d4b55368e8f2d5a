using System.Data.Common;

namespace Registry.Data.Reports.Sql;

/// <summary>
/// One raw SQL statement of a report and the values it binds, by name (<c>@name</c>). Values never enter the text:
/// <see cref="Bind(string, object)"/> and <see cref="Bind(object)"/> return the placeholder to write, so the same
/// text runs on SQLite and PostgreSQL and is planned once per shape.
/// </summary>
public sealed class SqlStatement
{
    private readonly Dictionary<string, object> values = new(StringComparer.Ordinal);

    public string Text { get; private set; } = "";

    /// <summary>Writes the statement's text with this statement's placeholders; returns the statement.</summary>
    public SqlStatement Write(Func<SqlStatement, string> text)
    {
        Text = text(this);
        return this;
    }

    /// <summary>
    /// <c>@name</c>, bound to <paramref name="value"/>. A name may be written any number of times, always with the
    /// same value: binding it to another is a mistake in the report and throws.
    /// </summary>
    public string Bind(string name, object value)
    {
        if (values.TryGetValue(name, out var bound) && !Equals(bound, value))
            throw new InvalidOperationException($"@{name} is already bound to {bound}, not {value}.");
        values[name] = value;
        return "@" + name;
    }

    /// <summary>A placeholder of its own for <paramref name="value"/> (<c>@p0</c>, <c>@p1</c>, …).</summary>
    public string Bind(object value) => Bind("p" + values.Count, value);

    public IReadOnlyDictionary<string, object> Values => values;

    internal void BindTo(DbCommand command)
    {
        command.CommandText = Text;
        foreach (var (name, value) in values)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
    }
}

using Npgsql;

namespace Registry.Data.Generation;

/// <summary>
/// The regions of a generation's scope as the database holds them (code order), and for any code the bureau above its
/// villages and townships: its county, or the prefecture where townships hang directly under one (东莞, 中山).
/// </summary>
internal sealed class ScopeRegions
{
    private readonly Dictionary<string, (string Name, RegionLevel Level)> byCode = new(StringComparer.Ordinal);

    public List<(string Code, string Name, RegionLevel Level)> All { get; } = [];

    public static async Task<ScopeRegions> LoadAsync(NpgsqlConnection connection, GenerationRequest request, CancellationToken ct)
    {
        var scope = new ScopeRegions();
        // Every province, prefecture and county is read whatever the scope: training sessions and ID numbers need them.
        await using var command = new NpgsqlCommand(
            "SELECT code, name, level FROM regions WHERE @national OR code LIKE @scope || '%' OR length(code) <= 6 ORDER BY code", connection);
        command.Parameters.AddWithValue("national", request.IsNational);
        command.Parameters.AddWithValue("scope", request.Scope);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var (code, name, level) = (reader.GetString(0), reader.GetString(1), Enum.Parse<RegionLevel>(reader.GetString(2), ignoreCase: true));
            scope.byCode[code] = (name, level);
            if (request.IsNational || code.StartsWith(request.Scope, StringComparison.Ordinal)) scope.All.Add((code, name, level));
        }
        return scope;
    }

    public bool Contains(string code) => byCode.ContainsKey(code);

    public string NameOf(string code) => byCode[code].Name;

    /// <summary>The longest of the code's 6-, 4- and 2-digit prefixes that is a region.</summary>
    public string BureauOf(string code)
    {
        foreach (var length in (int[])[6, 4, 2])
            if (code.Length >= length && byCode.ContainsKey(code[..length])) return code[..length];
        return code;
    }
}

namespace Registry.Api.Committees;

/// <summary>Flag enums travel as lists of their single values.</summary>
internal static class Flags
{
    public static IEnumerable<T> Split<T>(T value) where T : struct, Enum =>
        Enum.GetValues<T>().Where(f => IsSingle(f) && value.HasFlag(f));

    public static T Combine<T>(IEnumerable<T>? values) where T : struct, Enum =>
        (T)Enum.ToObject(typeof(T), (values ?? []).Aggregate(0L, (acc, v) => acc | Convert.ToInt64(v)));

    private static bool IsSingle<T>(T f) where T : struct, Enum
    {
        var n = Convert.ToInt64(f);
        return n != 0 && (n & (n - 1)) == 0;
    }
}

namespace Registry.Data.Seeding;

/// <summary>Finds the files of the repository's <c>seed/</c> folder, which the build copies next to the binaries.</summary>
public static class SeedFiles
{
    public static string PathOf(string relative)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "seed", relative);
        if (!File.Exists(path) && !Directory.Exists(path))
            throw new FileNotFoundException($"Seed file '{relative}' is missing from {Path.Combine(AppContext.BaseDirectory, "seed")}.", path);
        return path;
    }
}

using System.Diagnostics;

namespace Registry.Api.Tests.Infrastructure;

/// <summary>
/// Installs Debian packages a test needs when their programs are missing (as root, with apt-get), or fails saying how
/// to install them. Tests that need them are never skipped.
/// </summary>
public static class DebianPackages
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>Ensures every path in <paramref name="programs"/> exists, installing <paramref name="packages"/> if not.</summary>
    public static async Task EnsureAsync(string[] programs, string[] packages, string neededFor)
    {
        await Gate.WaitAsync();
        try
        {
            if (programs.All(File.Exists)) return;
            var install = $"apt-get update && apt-get install -y {string.Join(' ', packages)}";
            if (Environment.UserName != "root" || !File.Exists("/usr/bin/apt-get"))
                throw new InvalidOperationException($"{neededFor} need {string.Join(", ", programs)}: on Debian, as root, `{install}`.");
            var log = new System.Text.StringBuilder();
            foreach (var args in new[] { "update -q", $"install -y -q -o DPkg::Lock::Timeout=300 {string.Join(' ', packages)}" })
            {
                var start = new ProcessStartInfo("apt-get", args) { RedirectStandardOutput = true, RedirectStandardError = true };
                start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
                using var process = Process.Start(start)!;
                var output = process.StandardOutput.ReadToEndAsync();
                var error = process.StandardError.ReadToEndAsync();
                await process.WaitForExitAsync();
                log.Append(await output).Append(await error);
                if (process.ExitCode != 0)
                    throw new InvalidOperationException($"apt-get {args} failed ({process.ExitCode}); {neededFor} need it:\n{log}");
            }
            if (programs.FirstOrDefault(p => !File.Exists(p)) is { } missing)
                throw new InvalidOperationException($"apt-get installed {string.Join(' ', packages)}, but {missing} is missing:\n{log}");
        }
        finally
        {
            Gate.Release();
        }
    }
}

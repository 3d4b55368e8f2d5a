using Registry.Domain.Access;
using Registry.Domain.Regions;

namespace Registry.Api.Access;

/// <summary>
/// <c>dotnet run --project src/Registry.Api -- token --role BUREAU_ADMIN --region 13 [--subject name] [--hours 12]</c>
/// prints a bearer token signed with the configured key (the development key by default).
/// </summary>
public static class TokenCommand
{
    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == "token";

    public static int Run(string[] args, IConfiguration configuration) => Run(args, configuration, Console.Out, Console.Error);

    public static int Run(string[] args, IConfiguration configuration, TextWriter output, TextWriter errors)
    {
        string? Option(string name) => args.SkipWhile(a => a != $"--{name}").Skip(1).FirstOrDefault();
        var role = RoleNames.Parse(Option("role"));
        var region = Option("region");
        if (role is null || !AccessRules.IsJurisdiction(region))
        {
            errors.WriteLine("usage: token --role BUREAU_ADMIN|TRAINING_ORGANISER|FINANCE_CLERK|FINANCE_APPROVER|VIEWER --region <region code, or CN for nationwide> [--subject name] [--hours 12]");
            return 2;
        }
        var options = configuration.GetSection("Auth").Get<AuthOptions>() ?? new AuthOptions();
        var hours = double.TryParse(Option("hours"), out var h) ? TimeSpan.FromHours(h) : options.TokenLifetime;
        var subject = Option("subject") ?? $"dev-{RoleNames.Of(role.Value).ToLowerInvariant()}-{region}";
        output.WriteLine(new TokenIssuer(options, TimeProvider.System).Issue(subject, role.Value, region!, hours));
        return 0;
    }
}

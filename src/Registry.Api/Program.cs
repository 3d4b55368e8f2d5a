using Registry.Api.Access;
using Registry.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
if (TokenCommand.IsRequested(args)) return TokenCommand.Run(args, builder.Configuration);
if (GenerateCommand.IsRequested(args)) return await GenerateCommand.RunAsync(args, builder.Configuration);
builder.AddRegistry();

var app = builder.Build();
app.MapRegistry();
app.Run();
return 0;

/// <summary>Entry point; public so the API tests can host it.</summary>
public partial class Program;

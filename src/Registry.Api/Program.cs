using Registry.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddRegistry();

var app = builder.Build();
app.MapRegistry();
app.Run();

/// <summary>Entry point; public so the API tests can host it.</summary>
public partial class Program;

using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Registry.Api.Http;

/// <summary>Why an upload was not read: the HTTP status to answer and a message naming what to change.</summary>
public sealed record UploadRefusal(int Status, string? Field, string Code, string Message);

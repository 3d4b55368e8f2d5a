using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Registry.Api.Http;

/// <summary>
/// Reads an upload for both sheet endpoints, never past <c>Limits:MaxUploadBytes</c>: a declared Content-Length over it
/// is refused before a byte is read, and a body without one stops being read at the limit. A multipart form is parsed
/// from the bytes already bounded, so its parts cannot exceed the limit either.
/// </summary>
public static class Uploads
{
    /// <summary>
    /// How many row errors an upload answer lists (with <c>errorCount</c>, the total): a sheet of 100,000 bad rows gets
    /// the first 200, enough to see what is wrong, not 100,000.
    /// </summary>
    public const int MaxListedErrors = 200;

    public static async Task<(Upload? Upload, UploadRefusal? Refusal)> ReadAsync(HttpRequest request, long maxBytes, CancellationToken ct)
    {
        var tooLarge = new UploadRefusal(StatusCodes.Status413PayloadTooLarge, "file", "BODY_TOO_LARGE", $"The upload is larger than {maxBytes} bytes; split the sheet.");
        if (request.ContentLength > maxBytes) return (null, tooLarge);
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = maxBytes;
        byte[] body;
        try
        {
            using var buffer = new MemoryStream();
            await using (var limited = new LimitedReadStream(request.Body, maxBytes)) await limited.CopyToAsync(buffer, ct);
            body = buffer.ToArray();
        }
        catch (Exception e) when (e is BodyTooLargeException or BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
        {
            return (null, tooLarge);
        }

        var mediaType = MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.MediaType.Value : null;
        if (!request.HasFormContentType) return (new Upload(body, null, mediaType, null), null);
        request.Body = new MemoryStream(body, writable: false);
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = maxBytes, ValueCountLimit = 64 }, ct);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return (null, new UploadRefusal(StatusCodes.Status400BadRequest, "file", "INVALID", "The multipart form could not be read; send the sheet as the form field 'file'."));
        }
        if (form.Files.GetFile("file") is not { } file)
            return (null, new UploadRefusal(StatusCodes.Status400BadRequest, "file", "REQUIRED", "Send the sheet as the form field 'file'."));
        using var content = new MemoryStream();
        await using (var stream = file.OpenReadStream()) await stream.CopyToAsync(content, ct);
        return (new Upload(content.ToArray(), file.FileName, file.ContentType, form), null);
    }
}

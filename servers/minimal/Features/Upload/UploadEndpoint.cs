using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using MinimalServer.Http;
using MinimalServer.Json;

namespace MinimalServer.Features.Upload;

public sealed record UploadResponse(string Filename, long Size, string? ContentType, string Sha256);

/// <summary>
/// <c>POST /upload</c> (07): multipart/form-data up to 10 MiB; reads the whole part named <c>file</c> (other parts
/// are skipped) and answers its name, size, type and SHA-256. 415 not multipart, 413 too large, 400 broken
/// multipart, 422 no <c>file</c> part.
/// </summary>
public static class UploadEndpoint
{
    public const long MaxRequestBytes = 10L * 1024 * 1024;

    public static void MapUpload(this IEndpointRouteBuilder app) => app.MapPost("/upload", (Delegate)UploadAsync);

    private static async Task<IResult> UploadAsync(HttpContext context)
    {
        var request = context.Request;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return Problems.Status(StatusCodes.Status415UnsupportedMediaType, $"Content-Type must be multipart/form-data, not '{request.ContentType ?? "(none)"}'");
        }
        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
        if (string.IsNullOrEmpty(boundary))
        {
            return Problems.Status(StatusCodes.Status400BadRequest, "the multipart Content-Type has no boundary");
        }
        if (request.ContentLength > MaxRequestBytes)
        {
            return TooLarge();
        }

        var body = new LimitedReadStream(request.Body, MaxRequestBytes);
        try
        {
            var reader = new MultipartReader(boundary, body);
            UploadResponse? file = null;
            for (var section = await reader.ReadNextSectionAsync(context.RequestAborted); section is not null; section = await reader.ReadNextSectionAsync(context.RequestAborted))
            {
                var disposition = section.GetContentDispositionHeader();
                if (file is null && disposition is not null && disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase) && HeaderUtilities.RemoveQuotes(disposition.Name).Equals("file", StringComparison.Ordinal))
                {
                    file = await ReadFileAsync(section, disposition, context.RequestAborted);
                }
                else
                {
                    await section.Body.CopyToAsync(Stream.Null, context.RequestAborted);
                }
            }
            return file is null
                ? Problems.Validation("file", "a multipart part named 'file' is required")
                : TypedResults.Json(file, AppJson.Context.UploadResponse);
        }
        catch (LimitExceededException)
        {
            return TooLarge();
        }
        catch (Exception e) when (e is InvalidDataException or IOException && !context.RequestAborted.IsCancellationRequested)
        {
            return Problems.Status(StatusCodes.Status400BadRequest, $"the multipart body is malformed: {e.Message}");
        }
    }

    private static async Task<UploadResponse> ReadFileAsync(MultipartSection section, ContentDispositionHeaderValue disposition, CancellationToken cancellationToken)
    {
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[16 * 1024];
        long size = 0;
        int read;
        while ((read = await section.Body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            sha256.AppendData(buffer, 0, read);
            size += read;
        }
        var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
        return new UploadResponse(string.IsNullOrEmpty(name) ? "unknown" : name, size, section.ContentType, Convert.ToHexStringLower(sha256.GetHashAndReset()));
    }

    private static IResult TooLarge() =>
        Problems.Status(StatusCodes.Status413PayloadTooLarge, $"the upload is larger than {MaxRequestBytes / 1024 / 1024} MiB");
}

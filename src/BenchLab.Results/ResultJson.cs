using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchLab.Results.Model;

namespace BenchLab.Results;

/// <summary>result.json: snake_case, indented, UTF-8 as it is; read back with the same contract.</summary>
public static class ResultJson
{
    public const string FileName = "result.json";

    public static async Task WriteAsync(RunResult result, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        await using (var stream = File.Create(temporary))
        {
            await JsonSerializer.SerializeAsync(stream, result, ResultJsonContext.Default.RunResult, cancellationToken);
        }
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Reads a result file; a file of another schema or a broken one is a clear error.</summary>
    public static async Task<RunResult> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        try
        {
            // The schema first: a result of another version would fail on its members with a less useful message.
            using (var document = JsonDocument.Parse(bytes))
            {
                var schema = document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("schema_version", out var value) ? value.GetString() : null;
                if (schema != RunResult.CurrentSchema)
                {
                    throw new InvalidDataException($"{path} has schema '{schema ?? "(none)"}', this lab reads '{RunResult.CurrentSchema}'");
                }
            }
            return JsonSerializer.Deserialize(bytes, ResultJsonContext.Default.RunResult)
                ?? throw new InvalidDataException($"{path} holds no result");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not a BenchLab result ({e.Message})", e);
        }
    }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(RunResult))]
public sealed partial class ResultJsonContext : JsonSerializerContext;

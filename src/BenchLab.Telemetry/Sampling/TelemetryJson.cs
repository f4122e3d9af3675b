using System.Text.Json;
using System.Text.Json.Serialization;
using BenchLab.Telemetry.Postgres;
using BenchLab.Telemetry.Profiling;
using BenchLab.Telemetry.Redis;

namespace BenchLab.Telemetry.Sampling;

/// <summary>
/// How telemetry goes into a results file: snake_case members, enums as names, every sample stamped
/// <c>{"t": seconds since the run's start, "ticks": raw Stopwatch value}</c>. Source-generated, so results can be
/// written without reflection.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UseStringEnumConverter = true,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(TelemetryTimeline))]
[JsonSerializable(typeof(PostgresSnapshot))]
[JsonSerializable(typeof(PostgresDelta))]
[JsonSerializable(typeof(RedisSnapshot))]
[JsonSerializable(typeof(RedisDelta))]
[JsonSerializable(typeof(RouteProfile))]
[JsonSerializable(typeof(IReadOnlyList<RouteProfile>))]
[JsonSerializable(typeof(NPlusOneWarning))]
public sealed partial class TelemetryJson : JsonSerializerContext
{
    private static JsonSerializerOptions? s_indented;

    /// <summary>The same options, indented, for files people read. (Built on first use: the generated <see cref="Default"/> is not ready during static initialisation.)</summary>
    public static JsonSerializerOptions IndentedOptions => s_indented ??= new JsonSerializerOptions(Default.Options) { WriteIndented = true };
}

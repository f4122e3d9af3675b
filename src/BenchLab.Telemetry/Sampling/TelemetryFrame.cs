using BenchLab.Telemetry.Clock;
using BenchLab.Telemetry.DotNet;
using BenchLab.Telemetry.Postgres;
using BenchLab.Telemetry.Processes;
using BenchLab.Telemetry.Redis;

namespace BenchLab.Telemetry.Sampling;

/// <summary>
/// Everything sampled at one tick, on one timestamp: one row of <c>./benchlab observe</c>'s table, one point of a
/// report's time series. A part is null when its source is not observed (or, for <see cref="Runtime"/>, the
/// process is not .NET).
/// </summary>
/// <param name="Index">The tick's number: tick k is due at k × interval after the recorder's start.</param>
public sealed record TelemetryFrame(
    int Index,
    SampleTime Time,
    ProcessSample? Process,
    DotNetRuntimeSample? Runtime,
    PostgresSample? Postgres,
    RedisSample? Redis);

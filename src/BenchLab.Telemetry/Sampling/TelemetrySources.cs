using BenchLab.Telemetry.DotNet;
using BenchLab.Telemetry.Postgres;
using BenchLab.Telemetry.Processes;
using BenchLab.Telemetry.Redis;

namespace BenchLab.Telemetry.Sampling;

/// <summary>What a <see cref="TelemetryRecorder"/> samples; any part may be left out. The recorder disposes them.</summary>
public sealed record TelemetrySources(
    ISampler<ProcessSample>? Process = null,
    ISampler<DotNetRuntimeSample>? Runtime = null,
    ISampler<PostgresSample>? Postgres = null,
    ISampler<RedisSample>? Redis = null) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        // The runtime first: its EventPipe session must be stopped while the process still answers.
        foreach (var sampler in new IAsyncDisposable?[] { Runtime, Process, Postgres, Redis })
        {
            if (sampler is not null)
            {
                await sampler.DisposeAsync();
            }
        }
    }
}

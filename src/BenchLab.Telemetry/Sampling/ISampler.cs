using BenchLab.Telemetry.Clock;

namespace BenchLab.Telemetry.Sampling;

/// <summary>
/// One source of periodic samples. Rates ("per second") need two readings, so a sampler is started once — its
/// first reading is the baseline — and every later <see cref="SampleAsync"/> reports what changed since the
/// previous call, divided by the time between the two readings on the run's clock.
/// </summary>
public interface ISampler<TSample> : IAsyncDisposable
{
    /// <summary>Takes the baseline reading.</summary>
    Task StartAsync(SampleTime at, CancellationToken cancellationToken = default);

    /// <summary>Reads the counters now and returns what happened since the previous reading.</summary>
    Task<TSample> SampleAsync(SampleTime at, CancellationToken cancellationToken = default);
}

using System.Collections.Concurrent;
using BenchLab.Infra;
using BenchLab.Infra.Instances;
using BenchLab.Infra.Layout;

namespace BenchLab.Testing;

/// <summary>
/// A PostgreSQL + Redis instance set of one test's own, for tests that start, stop, kill or restart servers.
/// Named <c>tp-…</c> so that <c>./benchlab test</c> can sweep any a crashed test left behind.
/// </summary>
public sealed class PrivateInstanceSet : IAsyncDisposable
{
    public const string NamePrefix = "tp-";

    public PrivateInstanceSet()
    {
        Name = NamePrefix + Guid.NewGuid().ToString("N")[..10];
        Infrastructure = new LabInfrastructure(Layout, Log.Enqueue);
    }

    public string Name { get; }

    public LabLayout Layout { get; } = LabEnvironment.Layout;

    public LabInfrastructure Infrastructure { get; }

    /// <summary>Every progress line the infrastructure reported.</summary>
    public ConcurrentQueue<string> Log { get; } = new();

    /// <summary>Always embedded: the shared instance's BENCHLAB_PG / BENCHLAB_REDIS must not leak in.</summary>
    public InfraOptions Options => new(Name, ReadEnvironment: false);

    public async ValueTask DisposeAsync() => await InstanceSweeper.RemoveAsync(Layout, Name);
}

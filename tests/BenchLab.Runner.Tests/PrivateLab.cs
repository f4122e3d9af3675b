using BenchLab.Runner.Execution;
using BenchLab.Runner.Lab;
using BenchLab.Scenarios.Model;
using BenchLab.Servers.Manifests;
using BenchLab.Testing;

namespace BenchLab.Runner.Tests;

/// <summary>
/// A lab of one test's own — PostgreSQL and Redis that the runner may reset, restart (23) and pin — and servers/minimal
/// as built by ./benchlab test. Everything is removed when disposed.
/// </summary>
public sealed class PrivateLab : IAsyncDisposable
{
    private readonly PrivateInstanceSet _instances;

    private PrivateLab(PrivateInstanceSet instances, LabSession session, string results)
    {
        _instances = instances;
        Session = session;
        Results = results;
    }

    public LabSession Session { get; }

    public string Results { get; }

    public List<string> Log { get; } = [];

    public static async Task<PrivateLab> StartAsync(CancellationToken cancellationToken)
    {
        var instances = new PrivateInstanceSet();
        try
        {
            var session = await LabSession.StartAsync(instances.Layout, instances.Options, Placement.None, 20260101, _ => { }, cancellationToken);
            return new PrivateLab(instances, session, Path.Combine(Path.GetTempPath(), $"benchlab-results-{Guid.NewGuid():N}"));
        }
        catch
        {
            await instances.DisposeAsync();
            throw;
        }
    }

    public RunOptions Options(IReadOnlyList<Scenario> scenarios, RunMode mode = RunMode.Smoke) => new()
    {
        Scenarios = scenarios,
        Servers = [new ServerVariant(new ServerCatalog(LabEnvironment.Layout.RepositoryRoot).Load("minimal"))],
        Mode = mode,
        ResultsRoot = Results,
        NoBuild = true,
    };

    public SuiteRunner Runner(RunOptions options, LoadObserver? observer = null) =>
        new(Session, options, observer ?? LoadObservers.Silent, line => { lock (Log) { Log.Add(line); } });

    /// <summary>Stops this lab's PostgreSQL and Redis under a running suite: "a dead database".</summary>
    public Task StopDatabaseAsync() => _instances.Infrastructure.DownAsync(_instances.Name);

    /// <summary>The pid of the server the runner started last, from its "ready on … (pid N)" log line.</summary>
    public int LastServerPid()
    {
        lock (Log)
        {
            var line = Log.Last(l => l.Contains(" ready on ", StringComparison.Ordinal));
            var start = line.IndexOf("(pid ", StringComparison.Ordinal) + 5;
            return int.Parse(line[start..line.IndexOf(')', start)], System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Session.DisposeAsync();
        await _instances.DisposeAsync();
        if (Directory.Exists(Results))
        {
            Directory.Delete(Results, recursive: true);
        }
    }
}

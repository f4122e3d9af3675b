using BenchLab.Load;
using BenchLab.Load.Engine;
using BenchLab.Load.Results;

namespace BenchLab.Runner.Execution;

/// <summary>
/// How a measured load run is shown while it goes: the CLI wraps it with live progress; tests run it bare.
/// <paramref name="run"/> starts the engine with the progress callback it is given.
/// </summary>
public delegate Task<LoadResult> LoadObserver(LoadTest test, string label, Func<Action<LiveStatus>?, Task<LoadResult>> run);

public static class LoadObservers
{
    /// <summary>No live output.</summary>
    public static LoadObserver Silent { get; } = (_, _, run) => run(null);
}

using BenchLab.Cli.Output;
using BenchLab.Runner.Execution;

namespace BenchLab.Cli.Run;

/// <summary>Shows each measured load run with the same live line as `./benchlab load`.</summary>
public static class LiveLoadObserver
{
    public static LoadObserver Observe { get; } = async (test, label, run) =>
    {
        var progress = new LoadProgress(quiet: false, test);
        return await progress.RunAsync(run);
    };
}

using System.Globalization;
using BenchLab.Infra.Processes;

namespace BenchLab.Runner.Lab;

/// <summary>
/// Applies a <see cref="Placement"/> with taskset: which cores the server, PostgreSQL (the postmaster and every
/// backend it forks), Redis and the generator may run on. Recorded with results; undone at the end of the run.
/// </summary>
public sealed class CorePinning(Placement placement)
{
    private static readonly int Cores = System.Environment.ProcessorCount;

    public Placement Placement { get; } = placement;

    /// <summary>The core list for each role under this placement; empty when nothing is pinned.</summary>
    public IReadOnlyDictionary<string, string> Plan => Placement switch
    {
        _ when Cores < 2 => new Dictionary<string, string>(),
        Placement.Split => new Dictionary<string, string>
        {
            ["server"] = Range(0, Cores - 2), ["postgres"] = Range(0, Cores - 2), ["redis"] = Range(0, Cores - 2), ["generator"] = Range(Cores - 1, Cores - 1),
        },
        Placement.Iso => new Dictionary<string, string>
        {
            ["server"] = "0", ["postgres"] = Range(1, Cores - 1), ["redis"] = Range(1, Cores - 1), ["generator"] = Range(1, Cores - 1),
        },
        _ => new Dictionary<string, string>(),
    };

    /// <summary>The server's start command, wrapped in taskset when it is pinned.</summary>
    public IReadOnlyList<string> WrapServerStart(IReadOnlyList<string> words) =>
        Plan.TryGetValue("server", out var cores) ? ["taskset", "-c", cores, .. words] : words;

    /// <summary>Pins running processes: every thread of <paramref name="pid"/> (and, for PostgreSQL, its children).</summary>
    public async Task PinAsync(string role, int pid, bool withChildren, CancellationToken cancellationToken)
    {
        var cores = Plan.TryGetValue(role, out var planned) ? planned : Range(0, Cores - 1);
        foreach (var target in withChildren ? Descendants(pid).Prepend(pid) : [pid])
        {
            await CommandRunner.RunAsync("taskset", ["-a", "-p", "-c", cores, target.ToString(CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(5), cancellationToken: cancellationToken);
        }
    }

    /// <summary>Lets a process run on every core again.</summary>
    public static async Task ReleaseAsync(int pid, bool withChildren)
    {
        foreach (var target in withChildren ? Descendants(pid).Prepend(pid) : [pid])
        {
            await CommandRunner.RunAsync("taskset", ["-a", "-p", "-c", Range(0, Cores - 1), target.ToString(CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(5));
        }
    }

    private static string Range(int first, int last) => first == last ? first.ToString(CultureInfo.InvariantCulture) : $"{first}-{last}";

    private static IEnumerable<int> Descendants(int pid)
    {
        var children = $"/proc/{pid}/task/{pid}/children";
        if (!File.Exists(children))
        {
            yield break;
        }
        foreach (var child in File.ReadAllText(children).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var id = int.Parse(child, CultureInfo.InvariantCulture);
            yield return id;
            foreach (var grandchild in Descendants(id))
            {
                yield return grandchild;
            }
        }
    }
}

using System.Globalization;
using BenchLab.Results.Model;

namespace BenchLab.Results.Export;

/// <summary>Where a figure comes from, in one line: when, on what machine and software, with which commit.</summary>
public static class RunProvenance
{
    public static string ShortCommit(RunEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        var commit = env.GitCommit is { } c ? c[..Math.Min(10, c.Length)] : "unknown";
        return env.GitDirty ? commit + " (uncommitted changes)" : commit;
    }

    public static string Describe(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var env = result.Environment;
        return string.Create(CultureInfo.InvariantCulture,
            $"{result.StartedAt:yyyy-MM-dd HH:mm} UTC · {env.CpuModel}, {env.Cores} cores, {env.MemoryGib} GiB, {env.Os} · .NET {env.DotnetVersion} · PostgreSQL {env.PostgresVersion} · Redis {env.RedisVersion} · placement {env.Placement} · commit {ShortCommit(env)} · run seed {env.RunSeed}");
    }
}

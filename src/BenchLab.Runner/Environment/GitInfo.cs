using BenchLab.Infra.Processes;

namespace BenchLab.Runner.Environment;

/// <summary>The commit a result was measured at, and whether the working tree had uncommitted changes.</summary>
public sealed record GitInfo(string? Commit, bool Dirty)
{
    public static async Task<GitInfo> ReadAsync(string repositoryRoot, CancellationToken cancellationToken)
    {
        try
        {
            var head = await CommandRunner.RunAsync("git", ["-C", repositoryRoot, "rev-parse", "HEAD"], TimeSpan.FromSeconds(10), cancellationToken: cancellationToken);
            var status = await CommandRunner.RunAsync("git", ["-C", repositoryRoot, "status", "--porcelain", "--untracked-files=no"], TimeSpan.FromSeconds(10), cancellationToken: cancellationToken);
            return new GitInfo(head.Succeeded ? head.StandardOutput.Trim() : null, status.Succeeded && status.StandardOutput.Trim().Length > 0);
        }
        catch (BenchLab.Infra.InfraException)
        {
            return new GitInfo(null, false);
        }
    }
}

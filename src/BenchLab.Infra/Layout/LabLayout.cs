namespace BenchLab.Infra.Layout;

/// <summary>
/// Where the lab keeps its files: the repository root and its git-ignored <c>.benchlab/</c> state folder.
/// </summary>
public sealed class LabLayout
{
    public const string SolutionFileName = "BenchLab.slnx";
    public const string HomeVariable = "BENCHLAB_HOME";

    public LabLayout(string repositoryRoot)
    {
        RepositoryRoot = Path.GetFullPath(repositoryRoot);
    }

    public string RepositoryRoot { get; }

    /// <summary><c>.benchlab/</c>: pid, port and state files, logs, and data when PostgreSQL's account can reach it.</summary>
    public string StateDirectory => Path.Combine(RepositoryRoot, ".benchlab");

    /// <summary>The folder of one named set of instances ("default" for <c>infra up</c>, "test" for the test run, …).</summary>
    public string InstanceDirectory(string instanceName) => Path.Combine(StateDirectory, "infra", instanceName);

    /// <summary>
    /// Finds the repository: <c>BENCHLAB_HOME</c> (set by <c>./benchlab</c>), else the first folder holding
    /// BenchLab.slnx above the current directory or above the running assembly.
    /// </summary>
    public static LabLayout Discover()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(HomeVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return new LabLayout(fromEnvironment);
        }
        var root = FindUpwards(Directory.GetCurrentDirectory()) ?? FindUpwards(AppContext.BaseDirectory)
            ?? throw new UsageException($"cannot find the BenchLab repository ({SolutionFileName}) above {Directory.GetCurrentDirectory()}; run ./benchlab from the checkout or set {HomeVariable}");
        return new LabLayout(root);
    }

    private static string? FindUpwards(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }
        return null;
    }
}

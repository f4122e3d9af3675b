namespace BenchLab.Infra.Prerequisites;

/// <summary>The redis-server program.</summary>
public sealed record RedisBinaries(string Server)
{
    /// <summary><c>redis-server</c> from PATH or /usr/bin; null when it is not installed.</summary>
    public static RedisBinaries? Locate()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var folder in path.Split(':', StringSplitOptions.RemoveEmptyEntries).Append("/usr/bin").Append("/usr/local/bin"))
        {
            var candidate = Path.Combine(folder, "redis-server");
            if (File.Exists(candidate))
            {
                return new RedisBinaries(candidate);
            }
        }
        return null;
    }
}

using BenchLab.Infra.Layout;

namespace BenchLab.Infra.Instances;

/// <summary>
/// Removes instance sets completely: stops their servers and deletes their folders, including PostgreSQL data
/// kept outside the checkout. Used for private test instances, and by the test harness to clean up after a
/// test that crashed before it could.
/// </summary>
public static class InstanceSweeper
{
    public static async Task RemoveAsync(LabLayout lab, string instanceName, CancellationToken cancellationToken = default)
    {
        await new LabInfrastructure(lab, _ => { }).DownAsync(instanceName, cancellationToken);
        var layout = InstanceLayout.Describe(lab, instanceName);
        DeleteIfPresent(layout.PostgresRoot);
        DeleteIfPresent(layout.StateDirectory);
        if (!layout.PostgresInsideCheckout(lab))
        {
            // Data kept outside the checkout (/var/tmp/benchlab-HASH/NAME/postgres): drop the folders left empty.
            for (var parent = Path.GetDirectoryName(layout.PostgresRoot); parent is not null && parent != "/var/tmp" && Directory.Exists(parent) && !Directory.EnumerateFileSystemEntries(parent).Any(); parent = Path.GetDirectoryName(parent))
            {
                Directory.Delete(parent);
            }
        }
    }

    /// <summary>Removes every instance set whose name starts with <paramref name="prefix"/>. Returns their names.</summary>
    public static async Task<IReadOnlyList<string>> RemoveAllAsync(LabLayout lab, string prefix, CancellationToken cancellationToken = default)
    {
        var root = Path.Combine(lab.StateDirectory, "infra");
        if (!Directory.Exists(root))
        {
            return [];
        }
        var names = Directory.GetDirectories(root).Select(Path.GetFileName).OfType<string>().Where(name => name.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        foreach (var name in names)
        {
            await RemoveAsync(lab, name, cancellationToken);
        }
        return names;
    }

    private static void DeleteIfPresent(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}

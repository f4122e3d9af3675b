namespace BenchLab.Telemetry.Processes;

/// <summary>
/// A process and, optionally, all its descendants (a pre-forking server: gunicorn, puma, a node cluster, a shell
/// wrapper). Read from /proc on every call, so workers that come and go are followed.
/// </summary>
public static class ProcessTree
{
    /// <summary>The stats of <paramref name="rootPid"/> and, if asked, of every descendant; empty when the root has gone.</summary>
    public static IReadOnlyList<ProcStat> Read(int rootPid, bool includeDescendants)
    {
        var root = ProcStat.TryRead(rootPid);
        if (root is null)
        {
            return [];
        }
        if (!includeDescendants)
        {
            return [root];
        }
        var all = new List<ProcStat>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var pid) && pid != rootPid && ProcStat.TryRead(pid) is { } stat)
            {
                all.Add(stat);
            }
        }
        var byParent = all.ToLookup(s => s.ParentPid);
        var tree = new List<ProcStat> { root };
        // Breadth-first from the root: every process whose parent is already in the tree belongs to it.
        for (var i = 0; i < tree.Count; i++)
        {
            tree.AddRange(byParent[tree[i].Pid]);
        }
        return tree;
    }

    /// <summary>Open file descriptors of one process; null when /proc does not let us look (another user's process, not root).</summary>
    public static int? OpenFileDescriptors(int pid)
    {
        try
        {
            return Directory.EnumerateFileSystemEntries($"/proc/{pid}/fd").Count();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

namespace BenchLab.Testing;

/// <summary>
/// At most two servers under verification at a time across every test process of a run (the test projects run
/// side by side): each holds up to DB_POOL_MAX = 20 PostgreSQL connections, and two of them, with the lab's own
/// connections, stay well inside max_connections = 200 beside the rest of the suite. A slot is an exclusive lock
/// on one of two files under .benchlab/, which the kernel releases even if the test process dies.
/// </summary>
public static class ServerSlots
{
    public const int Count = 2;

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    public static async Task<IAsyncDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        var folder = Path.Combine(LabEnvironment.Layout.StateDirectory, "test-server-slots");
        Directory.CreateDirectory(folder);
        while (true)
        {
            for (var slot = 0; slot < Count; slot++)
            {
                try
                {
                    // FileShare.None takes an exclusive advisory lock (flock) on Linux.
                    return new Slot(new FileStream(Path.Combine(folder, $"slot-{slot}.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
                }
                catch (IOException)
                {
                    // Taken by another test: try the next slot, then wait.
                }
            }
            await Task.Delay(Poll, cancellationToken);
        }
    }

    private sealed class Slot(FileStream file) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => file.DisposeAsync();
    }
}

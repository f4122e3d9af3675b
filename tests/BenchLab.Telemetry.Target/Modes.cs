using System.Runtime.CompilerServices;

namespace BenchLab.Telemetry.Target;

/// <summary>The simple modes: each prints "ready" once its state is in place.</summary>
public static class Modes
{
    /// <summary>One thread spinning: 100 % of a core when it gets one.</summary>
    public static Task BurnAsync(CancellationToken stop)
    {
        var thread = new Thread(() =>
        {
            var x = 0UL;
            while (!stop.IsCancellationRequested)
            {
                for (var i = 0; i < 1_000_000; i++)
                {
                    x = (x * 6364136223846793005UL) + 1442695040888963407UL;
                }
            }
            GC.KeepAlive(x);
        }) { IsBackground = true, Name = "burn" };
        thread.Start();
        Console.WriteLine("ready");
        return Task.Delay(Timeout.Infinite, stop);
    }

    /// <summary>Extra threads parked, descriptors open and memory touched (so that it is resident).</summary>
    public static async Task HoldAsync(int threads, int files, int megabytes, CancellationToken stop)
    {
        for (var i = 0; i < threads; i++)
        {
            new Thread(() => stop.WaitHandle.WaitOne()) { IsBackground = true, Name = $"held-{i}" }.Start();
        }
        var handles = Enumerable.Range(0, files).Select(_ => File.OpenRead("/dev/null")).ToList();
        var memory = new byte[megabytes * 1024L * 1024L];
        // Touch every page: allocated but untouched pages are not resident.
        for (long i = 0; i < memory.Length; i += 4096)
        {
            memory[i] = 1;
        }
        Console.WriteLine("ready");
        try
        {
            await Task.Delay(Timeout.Infinite, stop);
        }
        finally
        {
            GC.KeepAlive(memory);
            handles.ForEach(h => h.Dispose());
        }
    }

    /// <summary>
    /// Short-lived garbage, about 400 MB/s, plus an explicit gen 0 collection every 100 ms: the gen 0 budget
    /// depends on the machine's cache size, and a busy machine may not reach it within a short test.
    /// </summary>
    public static Task AllocateAsync(CancellationToken stop)
    {
        var thread = new Thread(() =>
        {
            var keep = new List<byte[]>();
            var lastCollection = Environment.TickCount64;
            while (!stop.IsCancellationRequested)
            {
                for (var i = 0; i < 256; i++)
                {
                    keep.Add(Garbage());
                }
                keep.Clear();
                if (Environment.TickCount64 - lastCollection >= 100)
                {
                    GC.Collect(0);
                    lastCollection = Environment.TickCount64;
                }
                Thread.Sleep(5);
            }
        }) { IsBackground = true, Name = "allocate" };
        thread.Start();
        Console.WriteLine("ready");
        return Task.Delay(Timeout.Infinite, stop);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static byte[] Garbage() => new byte[8 * 1024];
}

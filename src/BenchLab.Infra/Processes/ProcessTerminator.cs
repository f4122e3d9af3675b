using System.Diagnostics;

namespace BenchLab.Infra.Processes;

/// <summary>Stops a process politely (SIGTERM), then firmly (SIGKILL) if it has not exited in time.</summary>
public static class ProcessTerminator
{
    public static async Task StopAsync(int pid, string programName, TimeSpan grace, CancellationToken cancellationToken = default)
    {
        if (!ProcessProbe.Runs(pid, programName))
        {
            return;
        }
        await CommandRunner.RunAsync("kill", ["-TERM", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(5), cancellationToken: cancellationToken);
        if (await WaitForExitAsync(pid, grace, cancellationToken))
        {
            return;
        }
        try
        {
            using var process = Process.GetProcessById(pid);
            process.Kill(entireProcessTree: true);
        }
        catch (ArgumentException)
        {
            // Exited between the check and the kill.
        }
        await WaitForExitAsync(pid, TimeSpan.FromSeconds(5), cancellationToken);
    }

    public static async Task<bool> WaitForExitAsync(int pid, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var deadline = Stopwatch.StartNew();
        while (ProcessProbe.IsAlive(pid))
        {
            if (deadline.Elapsed > timeout)
            {
                return false;
            }
            await Task.Delay(50, cancellationToken);
        }
        return true;
    }
}

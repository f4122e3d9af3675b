using System.Diagnostics;

namespace BenchLab.Testing;

/// <summary>
/// A child process for telemetry tests to observe: any program, or the telemetry target
/// (tests/BenchLab.Telemetry.Target: burn, hold, allocate, workload). Waits for the target's "ready" line;
/// killed with its descendants when disposed.
/// </summary>
public sealed class ObservedProcess : IDisposable
{
    private readonly Process _process;

    private ObservedProcess(Process process) => _process = process;

    public int Pid => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Starts <paramref name="program"/> with <paramref name="arguments"/> (no waiting).</summary>
    public static ObservedProcess Start(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        return new ObservedProcess(process);
    }

    /// <summary>Starts the telemetry target in <paramref name="mode"/> and waits until it reports "ready".</summary>
    public static async Task<ObservedProcess> StartTargetAsync(string mode, params string[] options)
    {
        var dll = TargetPath;
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is missing: build with ./benchlab test");
        }
        var observed = Start("dotnet", [dll, mode, .. options]);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var line = await observed._process.StandardOutput.ReadLineAsync(timeout.Token);
        if (line != "ready")
        {
            var error = observed._process.HasExited ? await observed._process.StandardError.ReadToEndAsync(timeout.Token) : "";
            observed.Dispose();
            throw new InvalidOperationException($"the telemetry target ({mode}) did not get ready: '{line}' {error}");
        }
        return observed;
    }

    public static string TargetPath => Path.Combine(LabEnvironment.Layout.RepositoryRoot, "tests", "BenchLab.Telemetry.Target", "bin", "Release", "net10.0", "BenchLab.Telemetry.Target.dll");

    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    public void Dispose()
    {
        try
        {
            Kill();
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _process.Dispose();
    }
}

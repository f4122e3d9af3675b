using System.Runtime.InteropServices;

namespace BenchLab.Cli;

/// <summary>
/// Turns the first SIGINT (Ctrl-C), SIGTERM (kill, a CI job's timeout, systemd) or SIGHUP (the terminal went
/// away) into a cancellation, so that the command stops its load, stops the servers it started and still writes
/// what it measured, marked partial. Without this, SIGTERM ended the process at once and a run lost everything.
/// A second signal gets the runtime's default: the process ends at once.
/// </summary>
public sealed class InterruptSignals : IDisposable
{
    private readonly CancellationTokenSource _cancellation = new();
    private readonly PosixSignalRegistration[] _registrations;
    private PosixSignal? _received;

    public InterruptSignals()
    {
        _registrations = [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP }.Select(signal => PosixSignalRegistration.Create(signal, OnSignal))];
    }

    public CancellationToken Token => _cancellation.Token;

    public bool Interrupted => _received is not null;

    /// <summary>The shell's convention for a process ended by a signal: 128 + its number (130 Ctrl-C, 143 SIGTERM, 129 SIGHUP).</summary>
    public int ExitCode => 128 + _received switch
    {
        PosixSignal.SIGHUP => 1,
        PosixSignal.SIGTERM => 15,
        _ => 2,
    };

    /// <summary>What stopped the command, for its last line: "interrupted", or "interrupted (SIGTERM)" for another signal than Ctrl-C.</summary>
    public string Description => _received is null or PosixSignal.SIGINT ? "interrupted" : $"interrupted ({_received})";

    private void OnSignal(PosixSignalContext context)
    {
        lock (_cancellation)
        {
            if (_received is not null)
            {
                return;
            }
            _received = context.Signal;
        }
        if (context.Signal == PosixSignal.SIGHUP)
        {
            // The terminal is gone: writing to it now fails with EIO, which .NET raises (it forgives only EPIPE),
            // and the run would stop writing its partial result at the first progress line. Redirected streams
            // (a file, a pipe) still work and keep their output.
            if (!Console.IsOutputRedirected)
            {
                Console.SetOut(TextWriter.Null);
            }
            if (!Console.IsErrorRedirected)
            {
                Console.SetError(TextWriter.Null);
            }
        }
        context.Cancel = true;
        _cancellation.Cancel();
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
        _cancellation.Dispose();
    }
}

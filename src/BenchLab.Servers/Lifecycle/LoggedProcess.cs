using System.Diagnostics;

namespace BenchLab.Servers.Lifecycle;

/// <summary>
/// A child process whose stdout and stderr go to files as they are written (no pipe fills up, and the files can
/// be read while it runs). Only what the lab hands over reaches its environment: the lab's own superuser
/// connection (BENCHLAB_PG) never leaks into a server under test.
/// </summary>
internal sealed class LoggedProcess : IDisposable
{
    private static readonly string[] WithheldVariables = ["BENCHLAB_PG", "BENCHLAB_REDIS"];

    private readonly Process _process;
    private readonly Task _copyOut;
    private readonly Task _copyErr;

    private LoggedProcess(Process process, Task copyOut, Task copyErr)
    {
        _process = process;
        _copyOut = copyOut;
        _copyErr = copyErr;
    }

    public int Pid => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static LoggedProcess Start(
        IReadOnlyList<string> words,
        string workingDirectory,
        IReadOnlyDictionary<string, string> environment,
        string stdoutPath,
        string stderrPath)
    {
        // A relative program ("./run.sh", "bin/server") is relative to the working directory, not to the lab's.
        var program = words[0].Contains('/', StringComparison.Ordinal) ? Path.GetFullPath(Path.Combine(workingDirectory, words[0])) : words[0];
        var startInfo = new ProcessStartInfo(program)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in words.Skip(1))
        {
            startInfo.ArgumentList.Add(argument);
        }
        foreach (var variable in WithheldVariables)
        {
            startInfo.Environment.Remove(variable);
        }
        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }
        var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            process.Dispose();
            throw new ServerException($"cannot run '{words[0]}' in {workingDirectory}: {e.Message}", e);
        }
        process.StandardInput.Close();
        return new LoggedProcess(process, CopyAsync(process.StandardOutput.BaseStream, stdoutPath), CopyAsync(process.StandardError.BaseStream, stderrPath));
    }

    /// <summary>Waits for the exit; false when <paramref name="timeout"/> passed first.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await _process.WaitForExitAsync(limit.Token);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    public void Kill() => _process.Kill(entireProcessTree: true);

    /// <summary>
    /// Waits (briefly) until the output files hold everything written before the exit. A grandchild that kept the
    /// pipes open must not hang the lab, hence the limit.
    /// </summary>
    public async Task FlushLogsAsync()
    {
        try
        {
            await Task.WhenAll(_copyOut, _copyErr).WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException)
        {
            // Output after this point is lost; the files keep everything up to now.
        }
    }

    public void Dispose() => _process.Dispose();

    private static async Task CopyAsync(Stream source, string path)
    {
        // Unbuffered: every chunk the process writes is on disk at once, so a crash loses nothing.
        await using var file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite, bufferSize: 1, useAsync: true);
        try
        {
            await source.CopyToAsync(file);
        }
        catch (IOException)
        {
            // The pipe broke because the process was killed: what was copied stays.
        }
    }
}

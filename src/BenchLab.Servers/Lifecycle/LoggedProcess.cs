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
    private readonly IReadOnlyList<FileStream> _files;

    private LoggedProcess(Process process, Task copyOut, Task copyErr, IReadOnlyList<FileStream> files)
    {
        _process = process;
        _copyOut = copyOut;
        _copyErr = copyErr;
        _files = files;
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
        // Unbuffered: every chunk the process writes is on disk at once, so a crash loses nothing. One stream (and
        // one lock) when both outputs share a file, so that their lines interleave instead of overwriting.
        var stdout = Open(stdoutPath);
        var stderr = stderrPath == stdoutPath ? stdout : Open(stderrPath);
        var gate = new SemaphoreSlim(1, 1);
        return new LoggedProcess(
            process,
            CopyAsync(process.StandardOutput.BaseStream, stdout, gate),
            CopyAsync(process.StandardError.BaseStream, stderr, gate),
            stdout == stderr ? [stdout] : [stdout, stderr]);
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

    public void Dispose()
    {
        _process.Dispose();
        if (_copyOut.IsCompleted && _copyErr.IsCompleted)
        {
            foreach (var file in _files)
            {
                file.Dispose();
            }
        }
    }

    private static FileStream Open(string path) => new(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite, bufferSize: 1, useAsync: true);

    private static async Task CopyAsync(Stream source, FileStream target, SemaphoreSlim gate)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await source.ReadAsync(buffer)) > 0)
            {
                await gate.WaitAsync();
                try
                {
                    await target.WriteAsync(buffer.AsMemory(0, read));
                }
                finally
                {
                    gate.Release();
                }
            }
        }
        catch (IOException)
        {
            // The pipe broke because the process was killed: what was copied stays.
        }
    }
}

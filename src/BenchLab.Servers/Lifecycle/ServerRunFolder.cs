using System.Globalization;

namespace BenchLab.Servers.Lifecycle;

/// <summary>
/// The folder that keeps what one run of a server leaves behind: the build log, its stdout and stderr, its pid.
/// Kept after the run so that a failure can be read afterwards.
/// </summary>
public sealed class ServerRunFolder
{
    public ServerRunFolder(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string BuildLog => System.IO.Path.Combine(Path, "build.log");

    public string StandardOutput => System.IO.Path.Combine(Path, "stdout.log");

    public string StandardError => System.IO.Path.Combine(Path, "stderr.log");

    public string PidFile => System.IO.Path.Combine(Path, "server.pid");

    /// <summary><c>.benchlab/servers/NAME/yyyyMMddTHHmmssfff</c> under the lab's state folder.</summary>
    public static ServerRunFolder CreateUnder(string stateDirectory, string serverName) =>
        new(System.IO.Path.Combine(stateDirectory, "servers", serverName, DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture)));

    /// <summary>The last <paramref name="count"/> non-empty lines of a log, joined for a one-line message.</summary>
    public static string Tail(string file, int count = 3)
    {
        try
        {
            var lines = File.ReadAllLines(file).Where(line => !string.IsNullOrWhiteSpace(line)).TakeLast(count).Select(line => line.Trim()).ToList();
            return lines.Count == 0 ? "(empty)" : string.Join(" | ", lines);
        }
        catch (IOException)
        {
            return "(unreadable)";
        }
    }
}

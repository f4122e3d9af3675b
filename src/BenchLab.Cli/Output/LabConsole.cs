namespace BenchLab.Cli.Output;

/// <summary>
/// Where the CLI writes: results to stdout, progress and errors to stderr (so that stdout can be piped or
/// parsed). Plain lines, never wrapped at the terminal width: an error is exactly one line starting with
/// "benchlab:", and a path or connection string can be copied whole.
/// </summary>
public static class LabConsole
{
    /// <summary>A progress line on stderr (what the lab is doing right now).</summary>
    public static void Progress(string message) => Console.Error.WriteLine($"· {message}");

    public static void Failure(string message) => Console.Error.WriteLine($"benchlab: {message}");
}

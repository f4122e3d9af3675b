namespace BenchLab.Infra.Processes;

/// <summary>What a finished external command returned.</summary>
public sealed record CommandResult(int ExitCode, string StandardOutput, string StandardError)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>The most useful text for an error message: stderr if any, else stdout, trimmed.</summary>
    public string Diagnostics => (string.IsNullOrWhiteSpace(StandardError) ? StandardOutput : StandardError).Trim();
}

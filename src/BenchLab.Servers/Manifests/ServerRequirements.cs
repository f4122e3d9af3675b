namespace BenchLab.Servers.Manifests;

/// <summary>
/// What a server needs on the machine before it can be set up: Debian packages (installed with apt-get as root,
/// else the exact command is printed) and programs that must be on PATH afterwards (<c>node</c>, <c>go</c>).
/// </summary>
public sealed record ServerRequirements(IReadOnlyList<string> AptPackages, IReadOnlyList<string> Commands)
{
    public static ServerRequirements None { get; } = new([], []);

    public bool IsEmpty => AptPackages.Count == 0 && Commands.Count == 0;
}

/// <summary>
/// One step run before <c>build</c> (<c>npm ci</c>, <c>go build</c> of vendored sources): skipped while the hash of
/// its command and its input files is unchanged and its outputs exist. Paths are relative to the working directory.
/// </summary>
public sealed record SetupStep(ServerCommand Run, IReadOnlyList<string> Inputs, IReadOnlyList<string> Outputs);

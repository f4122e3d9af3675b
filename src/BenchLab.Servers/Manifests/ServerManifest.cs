namespace BenchLab.Servers.Manifests;

/// <summary>
/// A server under test as its <c>servers/NAME/server.json</c> describes it, validated and with every path made
/// absolute. The lab needs nothing else to build, start, verify and stop it (docs/servers.md).
/// </summary>
public sealed record ServerManifest
{
    /// <summary>The folder name under <c>servers/</c>; also the default SERVER_NAME.</summary>
    public required string Name { get; init; }

    public required string Description { get; init; }

    /// <summary>Informational, for reports: "C#", "Python", …</summary>
    public string? Language { get; init; }

    /// <summary>Informational, for reports: "ASP.NET Core 10 Minimal APIs", …</summary>
    public string? Framework { get; init; }

    /// <summary>Non-default settings the server runs with (pool, GC, …), recorded beside its results.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>The absolute path of server.json.</summary>
    public required string ManifestPath { get; init; }

    /// <summary>Where build and start commands run (absolute).</summary>
    public required string WorkingDirectory { get; init; }

    /// <summary>How to build it; null for a server that needs no build step.</summary>
    public ServerCommand? Build { get; init; }

    public required ServerCommand Start { get; init; }

    /// <summary>How long the lab waits after SIGTERM before it kills the process.</summary>
    public required TimeSpan StopTimeout { get; init; }

    /// <summary>The environment variable the server reads its port from (contract §1.1: <c>PORT</c>).</summary>
    public required string PortVariable { get; init; }

    /// <summary>The variables the lab passes in (connection URIs, SERVER_NAME, JWT_SECRET, DB_POOL_MAX).</summary>
    public required IReadOnlyList<string> LabVariables { get; init; }

    /// <summary>Variables the server always runs with (runtime knobs, never connection strings).</summary>
    public required IReadOnlyDictionary<string, string> FixedEnvironment { get; init; }

    /// <summary>The path the lab polls until it answers 200 (<c>/health</c>).</summary>
    public required string ReadinessPath { get; init; }

    public required TimeSpan ReadinessTimeout { get; init; }

    /// <summary>The scenario ids of contract §4 the server implements; verify checks exactly their routes.</summary>
    public required IReadOnlySet<string> Scenarios { get; init; }

    /// <summary>Debian packages and programs the server needs (<c>requires</c>); none for a .NET server.</summary>
    public ServerRequirements Requires { get; init; } = ServerRequirements.None;

    /// <summary>Steps run before <see cref="Build"/>, each skipped while its inputs are unchanged (<c>setup</c>).</summary>
    public IReadOnlyList<SetupStep> Setup { get; init; } = [];

    /// <summary>
    /// The OS processes or workers the server runs by default, passed in <c>PROCESSES</c> (contract §9.8); null when
    /// the server has a single process and reads no such variable.
    /// </summary>
    public int? Processes { get; init; }

    /// <summary>Commands that print the versions of the runtime and the framework, by name (<c>versions</c>).</summary>
    public IReadOnlyDictionary<string, ServerCommand> Versions { get; init; } = new Dictionary<string, ServerCommand>();

    /// <summary>
    /// The variant axes the server supports and their values (contract §9.8); null when the manifest declares none,
    /// and then <c>--variant</c> keys are not checked.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? Variants { get; init; }
}

/// <summary>A program and its arguments (never a shell line), with the time it may take.</summary>
public sealed record ServerCommand(IReadOnlyList<string> Words, TimeSpan Timeout)
{
    public string Program => Words[0];

    public IEnumerable<string> Arguments => Words.Skip(1);

    public override string ToString() => string.Join(' ', Words.Select(word => word.Contains(' ', StringComparison.Ordinal) ? $"'{word}'" : word));
}

using BenchLab.Runner.Lab;
using BenchLab.Servers.Lifecycle;
using BenchLab.Servers.Manifests;
using BenchLab.Servers.Verification;

namespace BenchLab.Runner.Execution;

/// <summary>
/// Verify as the runner uses it (contract §8.5): the whole contract once per server per run, then before each
/// later scenario only that scenario's routes. Keeps each route's statements per request from the profile phase.
/// </summary>
public sealed class ServerVerification(LabSession lab, Action<string> log)
{
    private readonly HashSet<string> _fullyVerified = [];
    private readonly Dictionary<string, Dictionary<string, double>> _statements = [];

    /// <summary>Null when verification passed; otherwise why the scenario must not be measured.</summary>
    public async Task<string?> VerifyAsync(ServerVariant variant, RunningServer server, LabConnections connections, IReadOnlyList<string> scenarioIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(variant);
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(connections);
        var full = _fullyVerified.Add(variant.Label);
        var scenarios = full ? variant.Manifest.Scenarios : scenarioIds.Where(variant.Manifest.Scenarios.Contains).ToHashSet(StringComparer.Ordinal);
        var target = new VerifyTarget(server.BaseUri, lab.Endpoints.LabDatabase, lab.Endpoints.Redis, connections.JwtSecret, connections.ValueOf(LabVariables.ServerName, variant.Manifest))
        {
            Scenarios = scenarios,
            Implemented = variant.Manifest.Scenarios,
            ServerStdout = server.Folder.StandardOutput,
        };
        log($"verify {variant.Label}: {(full ? "the whole contract" : "the routes of " + string.Join(", ", scenarioIds))}");
        var report = await Verifier.RunAsync(target, new VerifyOptions { Progress = _ => { } }, cancellationToken);
        var statements = _statements.TryGetValue(variant.Label, out var known) ? known : _statements[variant.Label] = [];
        foreach (var route in report.Statements)
        {
            statements[route.Route] = route.Profile.PerRequest;
        }
        await File.WriteAllLinesAsync(Path.Combine(server.Folder.Path, "verify.txt"),
            report.Checks.Select(c => $"{(c.Passed ? "pass" : "FAIL")}  {c.Group} · {c.Name}{(c.Passed ? "" : ": " + string.Join("; ", c.Problems))}"), cancellationToken);
        log($"verify {variant.Label}: {report.Passed} of {report.Checks.Count} checks passed in {report.Took.TotalSeconds:0.0} s");
        return report.Succeeded ? null : $"verification failed: {report.Failed} of {report.Checks.Count} checks (first: {report.Failures.First().Name}: {string.Join("; ", report.Failures.First().Problems)}); see {server.Folder.Path}/verify.txt";
    }

    /// <summary>Statements per request of the routes a scenario sent, as verify measured them (route → value).</summary>
    public IReadOnlyDictionary<string, double> StatementsFor(ServerVariant variant, IEnumerable<string> requestNames)
    {
        ArgumentNullException.ThrowIfNull(variant);
        if (!_statements.TryGetValue(variant.Label, out var statements))
        {
            return new Dictionary<string, double>();
        }
        var names = requestNames.ToList();
        return statements
            .Where(s => names.Any(n => s.Key == n || s.Key.StartsWith(n + " (", StringComparison.Ordinal) || s.Key.StartsWith(n + "?", StringComparison.Ordinal)))
            .ToDictionary(s => s.Key, s => s.Value);
    }
}

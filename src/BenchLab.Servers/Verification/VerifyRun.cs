using BenchLab.Infra.Reset;
using BenchLab.Servers.Contract;
using BenchLab.Servers.Verification.Auth;
using BenchLab.Servers.Verification.Http;
using BenchLab.Servers.Verification.Lab;
using BenchLab.Servers.Verification.Statements;

namespace BenchLab.Servers.Verification;

/// <summary>
/// Everything a check group works with during one verify run — the HTTP client, the lab's view of the database
/// and Redis, the statement profiler, verify's footprint — and where it records its checks.
/// </summary>
public sealed class VerifyRun
{
    private const int DefaultProfileRequests = 3;
    private readonly List<CheckResult> _results = [];
    private readonly List<RouteStatements> _statements = [];
    private readonly IStatementProfiler _profiler;
    private CheckGroup? _group;

    internal VerifyRun(VerifyTarget target, ContractClient http, LabDatabase database, RedisInspector redis, IStatementProfiler profiler, string tag, CancellationToken cancellation)
    {
        Target = target;
        Http = http;
        Database = database;
        Redis = redis;
        _profiler = profiler;
        Footprint = new VerifyFootprint(tag);
        Tokens = new TestTokens(target.JwtSecret);
        Cancellation = cancellation;
        Conformance = new ConformanceLog(OpenApiDocument.Contract, target.Scenarios);
        http.Answered = Conformance.Observe;
    }

    /// <summary>Every answer held against contract/openapi.yaml; recorded per route after each group.</summary>
    internal ConformanceLog Conformance { get; }

    public VerifyTarget Target { get; }

    public ContractClient Http { get; }

    public LabDatabase Database { get; }

    public RedisInspector Redis { get; }

    public VerifyFootprint Footprint { get; }

    public TestTokens Tokens { get; }

    public CancellationToken Cancellation { get; }

    internal IReadOnlyList<CheckResult> Results => _results;

    internal IReadOnlyList<RouteStatements> Statements => _statements;

    internal CheckGroup? Group
    {
        get => _group;
        set => _group = value;
    }

    /// <summary>Records one check per route the group's requests reached: all its answers matched openapi.yaml.</summary>
    internal void RecordConformance()
    {
        foreach (var (name, verdict) in Conformance.Drain())
        {
            Record(name, verdict);
        }
    }

    /// <summary>True when the server implements any of <paramref name="scenarios"/>.</summary>
    public bool Implements(params string[] scenarios) => scenarios.Any(Target.Scenarios.Contains);

    public void Record(string name, Verdict verdict) =>
        _results.Add(new CheckResult(_group?.Name ?? "verify", _group?.Section ?? "§8.5", name, verdict.Problems));

    /// <summary>Runs one check; a request that gets no answer (refused, reset, timed out) fails it instead of ending the run.</summary>
    public async Task CheckAsync(string name, Func<Task<Verdict>> check)
    {
        Verdict verdict;
        try
        {
            verdict = await check();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException && !Cancellation.IsCancellationRequested)
        {
            verdict = Verdict.Fail($"no answer: {e.GetType().Name}: {e.Message}");
        }
        catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or FormatException && !Cancellation.IsCancellationRequested)
        {
            // An answer of a shape verify did not expect (a member of another type, or missing) fails this check, not
            // the run; the schema conformance check of the route names the member.
            verdict = Verdict.Fail($"the answer has an unexpected shape ({e.Message}); see this route's check against {Contract.OpenApiDocument.RepositoryPath}");
        }
        catch (Exception e) when (!Cancellation.IsCancellationRequested)
        {
            verdict = Verdict.Fail($"could not be checked: {e.GetType().Name}: {e.Message}");
        }
        Record(name, verdict);
    }

    /// <summary>
    /// Profiles <paramref name="route"/> (contract §8.6): one warm-up request, then <paramref name="requests"/>
    /// sequential requests counted through the profiler, and records whether the statements per request equal
    /// <paramref name="expected"/> (when the contract fixes a number). Every request must succeed, or the count
    /// would describe an error path.
    /// </summary>
    public async Task StatementsAsync(string route, int? expected, Func<int, Task<ContractResponse>> request, Func<int, Task>? prepare = null, int requests = DefaultProfileRequests)
    {
        prepare ??= _ => Task.CompletedTask;
        var name = expected is null ? $"{route}: statements per request recorded" : $"{route}: {expected} statement{(expected == 1 ? "" : "s")} per request";
        var failed = new Verdict();
        async Task Send(int i)
        {
            var response = await request(i);
            if (response.Status is < 200 or > 299)
            {
                failed.Add($"{response.Request}: status {response.Status} while profiling ({response.Preview})");
            }
        }
        await CheckAsync(name, async () =>
        {
            // The warm-up request is not counted: a driver's first use of a connection (type loading, preparing) is not the route's cost.
            await prepare(0);
            await Send(0);
            var profile = await _profiler.ProfileAsync(route, requests, i => prepare(i + 1), i => Send(i + 1), Cancellation);
            _statements.Add(new RouteStatements(route, expected, profile));
            if (!failed.Passed)
            {
                return failed;
            }
            return expected is null || profile.Statements == (long)expected * requests
                ? Verdict.Pass
                : Verdict.Fail($"{profile.PerRequest:0.##} statements per request over {requests} requests, expected {expected}: {profile.Describe()}"
                    + (profile.Attempts == 1 ? "" : $" (measured {profile.Attempts} times: the earlier attempts were disturbed)")
                    + (profile.Problems.Count == 0 ? "" : $" (the profiler noted: {string.Join("; ", profile.Problems)})"));
        });
    }

    /// <summary>Runs one of the lab's reset procedures (§2.6) on the server's database and Redis.</summary>
    public Task<string> ResetAsync(IResetProcedure procedure) =>
        procedure.RunAsync(new ResetTarget(Database.Endpoint, Database.Endpoint.Database, Redis.Endpoint), Cancellation);
}

using System.Security.Cryptography;
using System.Text.RegularExpressions;
using BenchLab.Servers.Verification.Http;
using BenchLab.Servers.Verification.Json;

namespace BenchLab.Servers.Verification.Checks;

/// <summary>
/// contract §3.1 without the users routes: /health, /echo, /external, /protected (with its request-id, access
/// log and bearer chain) and /upload — none touches the database, so each must issue 0 statements.
/// </summary>
public sealed partial class BasicChecks : CheckGroup
{
    private const string CanonicalEcho = """{"message":"Hello, benchmark!","timestamp":1767225600000,"data":{"items":[1,2,3,4,5],"nested":{"key":"value"}}}""";
    private const string CanonicalUploadSha256 = "49abd65bbf7f7e40c7055093ed2e3fd75f2f602f2c5fcf955c213e3135eb03f7";
    private const string K6Token = "test-token-12345";

    public override string Name => "basic";

    public override string Section => "§3.1";

    public override IReadOnlyList<string> Scenarios => ["01", "02", "05", "06", "07", "08"];

    public override async Task RunAsync(VerifyRun run)
    {
        if (run.Implements("01", "08"))
        {
            await HealthAsync(run);
        }
        if (run.Implements("02", "08"))
        {
            await EchoAsync(run);
        }
        if (run.Implements("05", "08"))
        {
            await ExternalAsync(run);
        }
        if (run.Implements("06", "08"))
        {
            await ProtectedAsync(run);
        }
        if (run.Implements("07"))
        {
            await UploadAsync(run);
        }
    }

    private static async Task HealthAsync(VerifyRun run)
    {
        var server = run.Target.ServerName is { } name ? Expect.String(name) : Expect.AnyString;
        await run.CheckAsync($"GET /health: {{\"status\":\"ok\",\"server\":{server.Describe()}}}", async () =>
            (await run.Http.GetAsync("/health", run.Cancellation)).ExpectJson(200, Expect.Object(("status", Expect.String("ok")), ("server", server))));
        await run.StatementsAsync("GET /health", 0, _ => run.Http.GetAsync("/health", run.Cancellation));
    }

    private static async Task EchoAsync(VerifyRun run)
    {
        await run.CheckAsync("POST /echo: the k6 body echoed, its other top-level members dropped", async () =>
            (await PostEcho(run, CanonicalEcho)).ExpectJson(200, Expect.Object(
                ("message", Expect.String("Hello, benchmark!")),
                ("data", Expect.JsonValue("""{"items":[1,2,3,4,5],"nested":{"key":"value"}}""")))));
        await run.CheckAsync("POST /echo: data absent is echoed as null", async () =>
            (await PostEcho(run, """{"message":"no data"}""")).ExpectJson(200, Expect.Object(("message", Expect.String("no data")), ("data", Expect.Null))));
        await run.CheckAsync("POST /echo: data null is echoed as null", async () =>
            (await PostEcho(run, """{"message":"null data","data":null}""")).ExpectJson(200, Expect.Object(("message", Expect.String("null data")), ("data", Expect.Null))));
        await run.CheckAsync("POST /echo: non-ASCII text and JSON types survive the round trip exactly", async () =>
        {
            const string Data = """{"text":"héllo ✓ 😀 \"quoted\"","int":-9007199254740993,"float":1.5e-7,"bool":false,"none":null,"list":[{},[],""]}""";
            return (await PostEcho(run, $$"""{"message":"ünïcödé ✓","data":{{Data}}}""")).ExpectJson(200, Expect.Object(
                ("message", Expect.String("ünïcödé ✓")), ("data", Expect.JsonValue(Data))));
        });
        var deepest = JsonBodies.Nested(JsonBodies.MaximumNesting - 1);
        await run.CheckAsync($"POST /echo: a document nested exactly {JsonBodies.MaximumNesting} deep is accepted and echoed", async () =>
            (await PostEcho(run, $$"""{"message":"deep","data":{{deepest}}}""")).ExpectJson(200, Expect.Object(
                ("message", Expect.String("deep")), ("data", Expect.JsonValue(deepest)))));
        await run.CheckAsync("POST /echo: a body of exactly 1 MiB is accepted", async () =>
        {
            var body = JsonBodies.EchoOfSize(JsonBodies.EchoLimitBytes);
            var response = await PostEcho(run, body);
            return response.ExpectJson(200, Expect.Object(("message", Expect.StringWhere("the 1 MiB message", text => text.Length == body.Length - 26 ? null : "not the message sent")), ("data", Expect.Null)));
        });
        await run.StatementsAsync("POST /echo", 0, _ => PostEcho(run, CanonicalEcho));
    }

    private static async Task ExternalAsync(VerifyRun run)
    {
        await run.CheckAsync("GET /external: the simulated 100 ms dependency, latency_ms measured to 2 decimals", async () =>
        {
            var response = await run.Http.GetAsync("/external", run.Cancellation);
            var verdict = response.ExpectJson(200, Expect.Object(
                ("source", Expect.String("simulated_external_api")),
                // The timer may fire a hair early; a measured latency far below 100 ms means nothing was awaited.
                ("latency_ms", Expect.NumberAtLeast(95, decimals: 2)),
                ("data", Expect.Object(("message", Expect.String("External API response"))))));
            return verdict.Require(response.Elapsed >= TimeSpan.FromMilliseconds(95), $"answered in {response.Elapsed.TotalMilliseconds:0} ms: the 100 ms delay was not awaited");
        });
        await run.StatementsAsync("GET /external", 0, _ => run.Http.GetAsync("/external", run.Cancellation));
    }

    private static async Task ProtectedAsync(VerifyRun run)
    {
        if (run.Target.ServerStdout is { } stdout)
        {
            await NoRequestLoggingAsync(run, stdout);
        }
        var granted = Expect.Object(("message", Expect.String("Access granted")), ("user", Expect.String("user_from_token_" + K6Token[..8])));
        await run.CheckAsync("GET /protected: the k6 token is granted and X-Request-Id echoed", async () =>
        {
            var response = await run.Http.GetAsync("/protected", run.Cancellation, ("Authorization", $"Bearer {K6Token}"), ("X-Request-Id", "req-1-1"));
            return response.ExpectJson(200, granted).Include(EchoedRequestId(response, "req-1-1"));
        });
        var longest = new string('r', 128);
        await run.CheckAsync("GET /protected: a 128-character X-Request-Id is kept", async () =>
        {
            var response = await run.Http.GetAsync("/protected", run.Cancellation, ("Authorization", $"Bearer {K6Token}"), ("X-Request-Id", longest));
            return response.ExpectJson(200, granted).Include(EchoedRequestId(response, longest));
        });
        foreach (var (label, header) in new (string, string?)[] { ("absent", null), ("129 characters", longest + "r"), ("holding a space", "req id"), ("empty", "") })
        {
            await run.CheckAsync($"GET /protected: X-Request-Id {label} is replaced by 32 generated hex characters", async () =>
            {
                (string, string)[] headers = header is null ? [("Authorization", $"Bearer {K6Token}")] : [("Authorization", $"Bearer {K6Token}"), ("X-Request-Id", header)];
                var response = await run.Http.GetAsync("/protected", run.Cancellation, headers);
                var id = response.Header("X-Request-Id");
                return response.ExpectJson(200, granted).Require(id is not null && GeneratedRequestId().IsMatch(id), $"response X-Request-Id is {(id is null ? "missing" : $"'{id}'")}, expected 32 hex characters");
            });
        }
        await run.CheckAsync("GET /protected: a token of exactly 10 characters is enough", async () =>
            (await run.Http.GetAsync("/protected", run.Cancellation, ("Authorization", "Bearer 0123456789"))).ExpectJson(200,
                Expect.Object(("message", Expect.String("Access granted")), ("user", Expect.String("user_from_token_01234567")))));
        foreach (var (label, header, detail) in new (string, string?, string)[]
        {
            ("no Authorization header", null, "Authorization header required"),
            ("a Basic credential", "Basic dXNlcjpwYXNz", "Invalid authorization format"),
            ("a lower-case 'bearer' prefix", $"bearer {K6Token}", "Invalid authorization format"),
            ("a 9-character token", "Bearer 012345678", "Invalid token"),
        })
        {
            await run.CheckAsync($"GET /protected: {label} gets 401 \"{detail}\" with WWW-Authenticate: Bearer", async () =>
            {
                (string, string)[] headers = header is null ? [] : [("Authorization", header)];
                return (await run.Http.GetAsync("/protected", run.Cancellation, headers)).ExpectUnauthorized(detail);
            });
        }
        if (run.Target.ServerStdout is { } log)
        {
            await AccessLogAsync(run, log);
        }
        await run.StatementsAsync("GET /protected", 0, _ => run.Http.GetAsync("/protected", run.Cancellation, ("Authorization", $"Bearer {K6Token}")));
    }

    /// <summary>§1.4: no per-request logging except the /protected access log — other routes leave stdout as it was.</summary>
    private static async Task NoRequestLoggingAsync(VerifyRun run, string stdout)
    {
        await run.CheckAsync("requests other than /protected write nothing to stdout (§1.4: no per-request or SQL logging)", async () =>
        {
            await Task.Delay(300, run.Cancellation);
            var before = new FileInfo(stdout).Length;
            await run.Http.GetAsync("/health", run.Cancellation);
            await run.Http.GetAsync("/users/1", run.Cancellation);
            await PostEcho(run, CanonicalEcho);
            await Task.Delay(500, run.Cancellation);
            var grown = new FileInfo(stdout).Length - before;
            return Verdict.Pass.Require(grown == 0, $"stdout grew by {grown} bytes during 3 requests to /health, /users/1 and /echo: {Tail(stdout, grown)}");
        });
    }

    /// <summary>§3.1: one access-log line per /protected request with method, path, status, duration and request id.</summary>
    private static async Task AccessLogAsync(VerifyRun run, string stdout)
    {
        var requestId = $"verify-{run.Footprint.Tag}-access-log";
        await run.CheckAsync("GET /protected writes one access-log line naming method, path, status and request id", async () =>
        {
            await run.Http.GetAsync("/protected", run.Cancellation, ("Authorization", $"Bearer {K6Token}"), ("X-Request-Id", requestId));
            await Task.Delay(500, run.Cancellation);
            var lines = (await File.ReadAllLinesAsync(stdout, run.Cancellation)).Where(line => line.Contains(requestId, StringComparison.Ordinal)).ToList();
            if (lines.Count != 1)
            {
                return Verdict.Fail($"found {lines.Count} stdout lines with request id {requestId}, expected 1");
            }
            var line = lines[0];
            return Verdict.Pass
                .Require(line.Contains("GET", StringComparison.Ordinal), $"the access-log line does not name the method: {line}")
                .Require(line.Contains("/protected", StringComparison.Ordinal), $"the access-log line does not name the path: {line}")
                .Require(line.Contains("200", StringComparison.Ordinal), $"the access-log line does not name the status: {line}");
        });
    }

    private static async Task UploadAsync(VerifyRun run)
    {
        await run.CheckAsync("POST /upload: the k6 file (1,024 × 'x', test.txt, text/plain) with its size and sha256", async () =>
            (await Upload(run, Part(Enumerable.Repeat((byte)'x', 1024).ToArray(), "file", "test.txt", "text/plain")))
                .ExpectJson(200, UploadResult("test.txt", 1024, "text/plain", CanonicalUploadSha256)));
        var binary = Enumerable.Range(0, 256).Select(value => (byte)value).ToArray();
        await run.CheckAsync("POST /upload: binary content of every byte value is read whole", async () =>
            (await Upload(run, Part(binary, "file", "bytes.bin", "application/octet-stream")))
                .ExpectJson(200, UploadResult("bytes.bin", 256, "application/octet-stream", Sha256(binary))));
        await run.CheckAsync("POST /upload: other parts are ignored", async () =>
            (await Upload(run, Part("note"u8.ToArray(), "comment", null, "text/plain"), Part("abc"u8.ToArray(), "file", "abc.txt", "text/plain")))
                .ExpectJson(200, UploadResult("abc.txt", 3, "text/plain", Sha256("abc"u8.ToArray()))));
        await run.CheckAsync("POST /upload: a file part without a type reports content_type null", async () =>
            (await Upload(run, Part("abc"u8.ToArray(), "file", "untyped.txt", null)))
                .ExpectJson(200, UploadResult("untyped.txt", 3, null, Sha256("abc"u8.ToArray()))));
        await run.CheckAsync("POST /upload: an empty file has size 0 and the empty sha256", async () =>
            (await Upload(run, Part([], "file", "empty.txt", "text/plain")))
                .ExpectJson(200, UploadResult("empty.txt", 0, "text/plain", Sha256([]))));
        await run.StatementsAsync("POST /upload", 0, _ => Upload(run, Part("abc"u8.ToArray(), "file", "abc.txt", "text/plain")));
    }

    public static Task<ContractResponse> PostEcho(VerifyRun run, string json) => run.Http.SendJsonAsync(HttpMethod.Post, "/echo", json, run.Cancellation);

    private static ObjectExpectation UploadResult(string filename, int size, string? contentType, string sha256) => Expect.Object(
        ("filename", Expect.String(filename)),
        ("size", Expect.Int(size)),
        ("content_type", contentType is null ? Expect.Null : Expect.String(contentType)),
        ("sha256", Expect.String(sha256)));

    /// <summary>One multipart part; a null file name makes it a plain field, a null type leaves out its Content-Type.</summary>
    public static (byte[] Bytes, string Name, string? FileName, string? Type) Part(byte[] bytes, string name, string? fileName, string? type) => (bytes, name, fileName, type);

    public static Task<ContractResponse> Upload(VerifyRun run, params (byte[] Bytes, string Name, string? FileName, string? Type)[] parts)
    {
        var content = new MultipartFormDataContent($"verify-{run.Footprint.Tag}");
        foreach (var (bytes, name, fileName, type) in parts)
        {
            var part = new ByteArrayContent(bytes);
            if (type is not null)
            {
                part.Headers.TryAddWithoutValidation("Content-Type", type);
            }
            if (fileName is null)
            {
                content.Add(part, name);
            }
            else
            {
                content.Add(part, name, fileName);
            }
        }
        return run.Http.SendAsync(HttpMethod.Post, "/upload", content, run.Cancellation);
    }

    private static Verdict EchoedRequestId(ContractResponse response, string expected)
    {
        var echoed = response.Header("X-Request-Id");
        return Verdict.Pass.Require(echoed == expected, $"response X-Request-Id is {(echoed is null ? "missing" : $"'{Shorten(echoed)}'")}, expected '{Shorten(expected)}'");
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "…";

    private static string Tail(string path, long bytes)
    {
        var text = File.ReadAllText(path);
        var tail = text[(int)Math.Max(0, text.Length - Math.Min(bytes, 200))..].ReplaceLineEndings(" ").Trim();
        return tail.Length == 0 ? "(whitespace)" : tail;
    }

    [GeneratedRegex("^[0-9a-fA-F]{32}$")]
    private static partial Regex GeneratedRequestId();
}

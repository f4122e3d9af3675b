namespace BenchLab.Servers.Verification.Routes;

/// <summary>
/// Every endpoint of contract §3.1–3.11, §9.4 and §9.9 with its scenarios and parameter ranges, and what verify needs
/// to send a valid request. contract/openapi.yaml is the source of the route list: a test holds this catalog to it.
/// </summary>
public static class ContractRoutes
{
    /// <summary>The methods the wrong-method checks choose from.</summary>
    public static IReadOnlyList<string> Methods { get; } = ["GET", "POST", "PUT", "DELETE", "PATCH"];

    private const string ServerConfig = Manifests.ContractScenarios.ServerConfig;
    private static readonly string[] Strategies = ["lazy", "eager", "subquery"];
    private static readonly string[] BulkOperations = ["insert-individual", "insert-batch", "insert-raw", "update-individual", "update-bulk"];
    private static readonly string[] DecrementMethods = ["no-lock", "pessimistic", "optimistic", "serializable"];
    private static readonly string[] StatsKinds = ["country", "author"];
    private static readonly string[] Forms = ["orm", "raw"];
    private static readonly string[] SearchModes = ["like", "fulltext"];
    private static readonly string[] ColumnOverhead = ["narrow", "wide", "extra-wide", "wide/projected", "type/int", "type/varchar", "type/text", "type/jsonb", "type/timestamp", "type/uuid"];

    public static IReadOnlyList<ContractRoute> All { get; } = Build();

    /// <summary>
    /// Methods a wrong-method check must not send to <paramref name="path"/>, because another template could
    /// claim the request (DELETE /users/offset may reach DELETE /users/{id}; POST /bulk-operations/cleanup may
    /// reach POST /bulk-operations/{op}): there, 404 and 405 are both defensible.
    /// </summary>
    public static IReadOnlyList<string> AmbiguousMethods(string path) => path switch
    {
        "/users/offset" or "/users/cursor" => ["PUT", "DELETE"],
        "/bulk-operations/cleanup" => ["POST"],
        _ when path.StartsWith("/bulk-operations/", StringComparison.Ordinal) => ["DELETE"],
        _ => [],
    };

    private static List<ContractRoute> Build()
    {
        var routes = new List<ContractRoute>
        {
            new("GET", "/health", ["01", "08"]),
            new("POST", "/echo", ["02", "08"]) { Body = RouteBody.Json },
            new("GET", "/users", ["03", "08"]) { Parameters = [new("limit", 1, 1000), new("offset", 0)] },
            new("POST", "/users", ["04", "08"]) { Body = RouteBody.Json },
            new("GET", "/users/{id}", ["03", "04", "08"]),
            new("PUT", "/users/{id}", ["03", "04", "08"]) { Body = RouteBody.Json },
            new("DELETE", "/users/{id}", ["03", "04", "08"]),
            new("GET", "/external", ["05", "08"]),
            new("GET", "/protected", ["06", "08"]),
            new("POST", "/upload", ["07"]) { Body = RouteBody.Multipart },
            new("GET", "/users/offset", ["09"]) { Parameters = [new("page", 1), new("size", 1, 100)] },
            new("GET", "/users/cursor", ["09", "23-cold", "23-warm"]) { Parameters = [new("cursor", 0), new("size", 1, 100)] },
        };
        routes.AddRange(ColumnOverhead.Select(table => new ContractRoute("GET", $"/column-overhead/{table}", ["10"]) { Parameters = [new("limit", 1, 1000)] }));
        routes.AddRange(Strategies.Select(strategy =>
            new ContractRoute("GET", $"/n-plus-one/{strategy}", ["11", "23-cold", "23-warm"]) { Parameters = [new("limit", 1, 100), new("offset", 0)] }));
        routes.AddRange(BulkOperations.Select(operation =>
            new ContractRoute("POST", $"/bulk-operations/{operation}", ["12"]) { Parameters = [new("count", 1, 10_000)], FixedQuery = "batch={batch}" }));
        routes.Add(new("DELETE", "/bulk-operations/cleanup", ["12"]));
        routes.Add(new("GET", "/transactions/products/{id}", ["13"]));
        routes.Add(new("POST", "/transactions/reset", ["13"]));
        routes.AddRange(DecrementMethods.Select(method =>
            new ContractRoute("POST", $"/transactions/decrement/{method}", ["13"])
            {
                Parameters = method == "optimistic"
                    ? [new("product_id", 1), new("quantity", 1, 1000), new("max_retries", 1, 20)]
                    : [new("product_id", 1), new("quantity", 1, 1000)],
                // Verify may change products 5–10 only: a wrongly accepted request must not reach 1–4.
                FixedQuery = "product_id=5",
            }));
        routes.AddRange(
        [
            new("GET", "/cache/users/{id}/no-cache", ["14"]),
            new("GET", "/cache/users/{id}/cached", ["15", "16-a", "16-b", "23-cold", "23-warm"]),
            new("POST", "/cache/warmup", ["15", "16-a"]) { Parameters = [new("count", 1, 100_000)] },
            new("DELETE", "/cache/flush", ["14", "15", "16-a", "16-b"]),
            new("DELETE", "/cache/users/{id}", ["16-b"]),
            new("GET", "/auth/public", ["17-a"]) { Parameters = [new("user_id", 1)] },
            new("POST", "/auth/login/jwt", ["17-b", "20"]) { Parameters = [new("user_id", 1)] },
            new("GET", "/auth/protected/jwt", ["17-b"]),
            new("POST", "/auth/login/session", ["17-c"]) { Parameters = [new("user_id", 1)] },
            new("GET", "/auth/protected/session", ["17-c"]),
            new("POST", "/auth/logout/session", ["17-c"]),
            new("GET", "/aggregation/count/orm", ["18"]),
            new("GET", "/aggregation/count/raw", ["18"]),
        ]);
        routes.AddRange(StatsKinds.SelectMany(kind => Forms.Select(form =>
            new ContractRoute("GET", $"/aggregation/stats/{kind}/{form}", ["18"]) { Parameters = [new("limit", 1, 100)] })));
        routes.AddRange(SearchModes.Select(mode =>
            new ContractRoute("GET", $"/search/{mode}", ["19", "23-cold", "23-warm"]) { Parameters = [new("limit", 1, 100), new("offset", 0, 10_000)], FixedQuery = "q=kedimo" }));
        routes.Add(new("GET", "/flow/profile", ["20"]) { NeedsToken = true });
        routes.Add(new("PATCH", "/flow/profile", ["20"]) { NeedsToken = true, Body = RouteBody.Json });
        routes.AddRange(
        [
            new("GET", "/config/health", [ServerConfig]),
            new("GET", "/io/sleep", [ServerConfig]),
            new("GET", "/io/db", [ServerConfig]),
            new("GET", "/cpu/fibonacci", [ServerConfig]) { Parameters = [new("n", 1, 40)] },
            new("GET", "/cpu/hash", [ServerConfig]),
            new("GET", "/cpu/json-serialize", [ServerConfig]),
            new("GET", "/mixed/report", [ServerConfig]),
        ]);
        return routes;
    }
}

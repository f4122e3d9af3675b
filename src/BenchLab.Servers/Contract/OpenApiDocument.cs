using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace BenchLab.Servers.Contract;

/// <summary>
/// contract/openapi.yaml read once: its operations (one per concrete route, §9.10) with their response schemas.
/// The document is built into this assembly, so verify checks exactly the contract of the checkout it was built from.
/// </summary>
public sealed class OpenApiDocument
{
    /// <summary>Where the document lives in the repository, for messages.</summary>
    public const string RepositoryPath = "contract/openapi.yaml";

    private const string ResourceName = "BenchLab.Servers.openapi.yaml";
    private static readonly string[] HttpMethods = ["get", "post", "put", "delete", "patch"];
    private static readonly Lazy<OpenApiDocument> BuiltIn = new(() => Parse(ReadResource()));

    private OpenApiDocument(string version, IReadOnlyList<ContractOperation> operations)
    {
        Version = version;
        Operations = operations;
    }

    /// <summary>The contract version (<c>info.version</c>).</summary>
    public string Version { get; }

    public IReadOnlyList<ContractOperation> Operations { get; }

    /// <summary>The document this assembly was built with.</summary>
    public static OpenApiDocument Contract => BuiltIn.Value;

    /// <summary>Reads an OpenAPI 3.1 document from its YAML text; throws <see cref="InvalidDataException"/> naming what is wrong.</summary>
    public static OpenApiDocument Parse(string yaml)
    {
        var root = YamlToJson.Convert(yaml) as JsonObject ?? throw new InvalidDataException($"{RepositoryPath} does not hold a mapping");
        var resolver = new ReferenceResolver(root);
        var version = root["info"]?["version"]?.GetValue<string>() ?? throw new InvalidDataException($"{RepositoryPath} has no info.version");
        var operations = new List<ContractOperation>();
        foreach (var (path, item) in root["paths"] as JsonObject ?? throw new InvalidDataException($"{RepositoryPath} has no paths"))
        {
            var pathItem = resolver.Resolve(item) as JsonObject ?? throw new InvalidDataException($"paths.{path} is not a mapping");
            foreach (var method in HttpMethods)
            {
                if (pathItem[method] is JsonObject operation)
                {
                    operations.Add(ReadOperation(resolver, path, method.ToUpperInvariant(), operation, pathItem["parameters"] as JsonArray));
                }
            }
        }
        return new OpenApiDocument(version, operations);
    }

    /// <summary>
    /// The operation that serves <paramref name="method"/> <paramref name="pathAndQuery"/>: an exact path first (literal
    /// routes win over <c>{id}</c>, §1.1), else a template whose <c>{id}</c> takes any one segment; null when none does.
    /// </summary>
    public ContractOperation? Find(string method, string pathAndQuery)
    {
        var path = pathAndQuery.Split('?', 2)[0];
        var candidates = Operations.Where(operation => operation.Method == method).ToList();
        return candidates.FirstOrDefault(operation => operation.Path == path)
            ?? candidates.FirstOrDefault(operation => Matches(operation.Path, path));
    }

    private static bool Matches(string template, string path)
    {
        var expected = template.Split('/');
        var actual = path.Split('/');
        return expected.Length == actual.Length
            && expected.Zip(actual).All(pair => pair.First == pair.Second || (pair.First.StartsWith('{') && pair.Second.Length > 0));
    }

    private static ContractOperation ReadOperation(ReferenceResolver resolver, string path, string method, JsonObject operation, JsonArray? pathParameters)
    {
        var where = $"{method} {path}";
        var operationId = operation["operationId"]?.GetValue<string>() ?? throw new InvalidDataException($"{where} has no operationId");
        var scenarios = (operation["x-scenarios"] as JsonArray ?? throw new InvalidDataException($"{where} has no x-scenarios"))
            .Select(id => id is JsonValue value && value.TryGetValue<string>(out var text) ? text : throw new InvalidDataException($"{where}: x-scenarios must list quoted ids such as \"01\", found {id?.ToJsonString()}"))
            .ToList();
        var parameters = (pathParameters ?? []).Concat(operation["parameters"] as JsonArray ?? []).Select(resolver.Resolve).OfType<JsonObject>();
        var integers = parameters
            .Where(parameter => Text(parameter["in"]) == "query" && Text(parameter["schema"]?["type"]) == "integer")
            .Select(parameter => new ContractInteger(Text(parameter["name"]) ?? "", Integer(parameter["schema"]?["minimum"]), Integer(parameter["schema"]?["maximum"])))
            .ToList();
        var requestBody = resolver.Resolve(operation["requestBody"]) as JsonObject;
        var answers = new Dictionary<int, ContractAnswer>();
        foreach (var (code, response) in operation["responses"] as JsonObject ?? throw new InvalidDataException($"{where} has no responses"))
        {
            if (!int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var status))
            {
                continue;
            }
            var content = (resolver.Resolve(response) as JsonObject)?["content"] as JsonObject;
            var mediaTypes = content?.Select(pair => pair.Key).ToList() ?? [];
            var schema = content?.Select(pair => (pair.Value as JsonObject)?["schema"]).FirstOrDefault(node => node is not null);
            answers[status] = new ContractAnswer(status, mediaTypes, schema is null ? null : Build(resolver.Inline(schema), $"{operationId}/{status}"));
        }
        return new ContractOperation
        {
            Method = method,
            Path = path,
            OperationId = operationId,
            Scenarios = scenarios,
            IntegerParameters = integers,
            RequestMediaType = (requestBody?["content"] as JsonObject)?.Select(pair => pair.Key).FirstOrDefault(),
            NeedsBearer = operation["security"] is JsonArray { Count: > 0 },
            Answers = answers,
        };
    }

    private static JsonSchema Build(JsonNode schema, string name)
    {
        // Each schema is its own resource in a registry of its own: inlined, it needs nothing else to resolve.
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        return JsonSchema.Build(JsonSerializer.SerializeToElement(schema), options, new Uri($"https://benchlab.invalid/contract/{name}"));
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static long? Integer(JsonNode? node) => node is JsonValue value && value.TryGetValue<long>(out var number) ? number : null;

    private static string ReadResource()
    {
        using var stream = typeof(OpenApiDocument).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not built into {typeof(OpenApiDocument).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

using Json.Schema;

namespace BenchLab.Servers.Contract;

/// <summary>One operation of contract/openapi.yaml: a concrete route, the scenarios that use it, and its declared answers.</summary>
public sealed record ContractOperation
{
    public required string Method { get; init; }

    /// <summary>The path as the document writes it, with <c>{id}</c> where a path id goes.</summary>
    public required string Path { get; init; }

    public required string OperationId { get; init; }

    /// <summary>The scenario ids of §4 (or the pseudo-scenario <c>server-config</c>) that use the route: <c>x-scenarios</c>.</summary>
    public required IReadOnlyList<string> Scenarios { get; init; }

    /// <summary>The query parameters of integer type, with their ranges.</summary>
    public required IReadOnlyList<ContractInteger> IntegerParameters { get; init; }

    /// <summary>The media type of the request body (<c>application/json</c>, <c>multipart/form-data</c>); null without one.</summary>
    public string? RequestMediaType { get; init; }

    /// <summary>True when the operation declares a security requirement (a bearer token).</summary>
    public bool NeedsBearer { get; init; }

    /// <summary>The declared answers by status code.</summary>
    public required IReadOnlyDictionary<int, ContractAnswer> Answers { get; init; }

    public string Describe => $"{Method} {Path}";
}

/// <summary>A query integer and its range as the document declares it (no maximum where it sets none).</summary>
public sealed record ContractInteger(string Name, long? Minimum, long? Maximum);

/// <summary>A declared answer: its media types and, where it has a body, the schema that body must match.</summary>
public sealed record ContractAnswer(int Status, IReadOnlyList<string> MediaTypes, JsonSchema? Schema);

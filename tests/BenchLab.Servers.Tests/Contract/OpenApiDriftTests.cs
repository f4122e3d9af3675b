using BenchLab.Servers.Contract;
using BenchLab.Servers.Manifests;
using BenchLab.Servers.Verification.Routes;

namespace BenchLab.Servers.Tests.Contract;

/// <summary>
/// contract/openapi.yaml is the single source of the route list (§9.10): verify's route catalog must hold exactly
/// its operations — the same methods and paths, scenarios, query-integer ranges and request bodies — so the two
/// cannot drift apart.
/// </summary>
public sealed class OpenApiDriftTests
{
    private static readonly OpenApiDocument Document = OpenApiDocument.Contract;

    [Fact]
    public void The_catalog_and_the_document_list_the_same_routes()
    {
        var documented = Document.Operations.Select(operation => operation.Describe).ToHashSet(StringComparer.Ordinal);
        var catalogued = ContractRoutes.All.Select(route => route.Describe).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(documented.Except(catalogued));
        Assert.Empty(catalogued.Except(documented));
        Assert.Equal(Document.Operations.Count, documented.Count);
        Assert.Equal(ContractRoutes.All.Count, catalogued.Count);
    }

    [Fact]
    public void Every_route_has_the_same_scenarios_parameters_and_body_in_both()
    {
        var mismatches = new List<string>();
        foreach (var route in ContractRoutes.All)
        {
            var operation = Document.Operations.Single(candidate => candidate.Describe == route.Describe);
            if (!operation.Scenarios.SequenceEqual(route.Scenarios))
            {
                mismatches.Add($"{route.Describe}: x-scenarios [{string.Join(", ", operation.Scenarios)}], catalog [{string.Join(", ", route.Scenarios)}]");
            }
            var documented = operation.IntegerParameters.Select(p => $"{p.Name} {p.Minimum}..{p.Maximum}").Order(StringComparer.Ordinal);
            var catalogued = route.Parameters.Select(p => $"{p.Name} {p.Minimum}..{p.Maximum}").Order(StringComparer.Ordinal);
            if (!documented.SequenceEqual(catalogued))
            {
                mismatches.Add($"{route.Describe}: integers [{string.Join(", ", documented)}] in the document, [{string.Join(", ", catalogued)}] in the catalog");
            }
            var body = operation.RequestMediaType switch
            {
                null => RouteBody.None,
                "application/json" => RouteBody.Json,
                "multipart/form-data" => RouteBody.Multipart,
                var other => throw new InvalidDataException($"{route.Describe}: request body {other}"),
            };
            if (body != route.Body)
            {
                mismatches.Add($"{route.Describe}: body {body} in the document, {route.Body} in the catalog");
            }
        }
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [Fact]
    public void Every_scenario_and_the_server_config_routes_are_covered_and_nothing_else()
    {
        var used = Document.Operations.SelectMany(operation => operation.Scenarios).ToHashSet(StringComparer.Ordinal);

        // 21 and 22 replay 08's mix: they add no route of their own.
        Assert.Equal(ContractScenarios.Declarable.Except(["21", "22"]).Order(StringComparer.Ordinal), used.Order(StringComparer.Ordinal));
        Assert.Contains(Document.Operations, operation => operation.Describe == "POST /auth/logout/session" && operation.Scenarios.SequenceEqual(["17-c"]));
        Assert.Equal(7, Document.Operations.Count(operation => operation.Scenarios.Contains(ContractScenarios.ServerConfig)));
    }

    [Fact]
    public void Every_operation_declares_a_success_answer_with_a_schema_unless_it_is_204()
    {
        foreach (var operation in Document.Operations)
        {
            var success = Assert.Single(operation.Answers.Values, answer => answer.Status is >= 200 and < 300);
            Assert.True(success.Status == 204 ? success.Schema is null : success.Schema is not null, $"{operation.Describe}: {success.Status}");
        }
    }
}

using System.Text.Json.Nodes;

namespace BenchLab.Servers.Contract;

/// <summary>
/// Follows the document's local <c>$ref</c>s (<c>#/components/…</c>). Schemas are inlined whole, so that each
/// response schema stands alone; the contract's schemas are not recursive, and a cycle is reported, not followed.
/// </summary>
internal sealed class ReferenceResolver(JsonObject root)
{
    private const int MaximumDepth = 32;

    /// <summary>The node a <c>$ref</c> object points to (following chains); any other node as it is.</summary>
    public JsonNode? Resolve(JsonNode? node)
    {
        for (var hops = 0; node is JsonObject item && item["$ref"] is JsonValue reference; hops++)
        {
            if (hops > MaximumDepth)
            {
                throw new InvalidDataException($"$ref {reference} leads round in a circle");
            }
            node = Target(reference.GetValue<string>());
        }
        return node;
    }

    /// <summary>A deep copy of <paramref name="node"/> with every <c>$ref</c> replaced by what it points to.</summary>
    public JsonNode Inline(JsonNode node, int depth = 0)
    {
        if (depth > MaximumDepth)
        {
            throw new InvalidDataException("a schema nests $refs deeper than 32 levels (a recursive schema?)");
        }
        switch (node)
        {
            case JsonObject item when item["$ref"] is JsonValue reference:
                var target = Inline(Target(reference.GetValue<string>()), depth + 1);
                var siblings = item.Where(pair => pair.Key != "$ref").ToList();
                if (siblings.Count == 0)
                {
                    return target;
                }
                // OpenAPI 3.1 allows keywords beside $ref (a description, a nullable type): both must hold.
                var combined = new JsonObject { ["allOf"] = new JsonArray(target) };
                foreach (var (key, value) in siblings)
                {
                    combined[key] = value is null ? null : Inline(value, depth + 1);
                }
                return combined;
            case JsonObject item:
                var copy = new JsonObject();
                foreach (var (key, value) in item)
                {
                    copy[key] = value is null ? null : Inline(value, depth + 1);
                }
                return copy;
            case JsonArray array:
                return new JsonArray([.. array.Select(value => value is null ? null : Inline(value, depth + 1))]);
            default:
                return node.DeepClone();
        }
    }

    private JsonNode Target(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"$ref {reference}: only references inside the document (#/…) are supported");
        }
        JsonNode? node = root;
        foreach (var segment in reference[2..].Split('/'))
        {
            var key = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node is JsonObject item ? item[key] : null;
        }
        return node ?? throw new InvalidDataException($"$ref {reference} points to nothing");
    }
}

namespace BenchLab.Servers.Manifests;

/// <summary>
/// Which <c>--variant</c> keys a server accepts (contract §9.8). The lab's own variables and the .NET runtime's
/// <c>DOTNET_*</c> knobs always; any other key only as an axis the manifest declares, with one of its values. A
/// manifest that declares no <c>variants</c> is not checked.
/// </summary>
public static class VariantAxes
{
    /// <summary>Null when <paramref name="key"/>=<paramref name="value"/> is allowed for the server; otherwise what is wrong.</summary>
    public static string? Problem(ServerManifest manifest, string key, string value)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(key);
        if (manifest.Variants is not { } axes || LabVariables.IsLabVariable(key) || key.StartsWith("DOTNET_", StringComparison.Ordinal))
        {
            return null;
        }
        if (!axes.TryGetValue(key, out var values))
        {
            var declared = axes.Count == 0 ? "none" : string.Join(", ", axes.Keys);
            return $"servers/{manifest.Name} has no variant axis {key} (its manifest declares: {declared}; the lab's {string.Join(", ", LabVariables.All)} and DOTNET_* always work)";
        }
        return values.Contains(value, StringComparer.Ordinal)
            ? null
            : $"servers/{manifest.Name} does not offer {key}={value} (its values: {string.Join(", ", values)})";
    }
}

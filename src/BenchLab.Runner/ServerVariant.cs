using BenchLab.Servers.Manifests;

namespace BenchLab.Runner;

/// <summary>
/// A server as one run measures it: its manifest and, for a variant (<c>--variant pool1:DB_POOL_MAX=1</c>), a
/// label and the environment it changes. Results of a variant go to results/&lt;server&gt;@&lt;variant&gt;/.
/// </summary>
public sealed record ServerVariant(ServerManifest Manifest, string? Variant = null, IReadOnlyDictionary<string, string>? Environment = null)
{
    public string Label => Variant is null ? Manifest.Name : $"{Manifest.Name}@{Variant}";

    public IReadOnlyDictionary<string, string> VariantEnvironment => Environment ?? new Dictionary<string, string>();
}

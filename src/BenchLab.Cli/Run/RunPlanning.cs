using BenchLab.Cli.Output;
using BenchLab.Cli.Commands;
using BenchLab.Infra;
using BenchLab.Infra.Layout;
using BenchLab.Runner;
using BenchLab.Scenarios;
using BenchLab.Scenarios.Model;
using BenchLab.Servers.Manifests;

namespace BenchLab.Cli.Run;

/// <summary>Turns validated `run` settings into the runner's options: scenarios, server variants, mode.</summary>
public static class RunPlanning
{
    public static RunOptions Options(LabLayout layout, RunSettings settings)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(settings);
        var selectors = settings.Selectors.Length == 0 ? ScenarioCatalog.DefaultSuite : settings.Selectors;
        var (scenarios, _) = ScenarioCatalog.Select(selectors);
        var catalog = new ServerCatalog(layout.RepositoryRoot);
        var manifests = new List<ServerManifest>();
        foreach (var name in settings.Servers.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            try
            {
                manifests.Add(catalog.Load(name));
            }
            catch (ManifestException e)
            {
                throw new UsageException(e.Message, e);
            }
        }
        var variants = settings.Variants.Select(VariantText.Parse).ToList();
        // Each key is checked against each server of the run: one server's axis is not another's.
        foreach (var manifest in manifests)
        {
            foreach (var (name, environment, _) in variants)
            {
                foreach (var (key, value) in environment)
                {
                    if (VariantAxes.Problem(manifest, key, value) is { } problem)
                    {
                        throw new UsageException($"--variant {name}: {problem}");
                    }
                }
            }
        }
        var servers = variants.Count == 0
            ? manifests.Select(m => new ServerVariant(m)).ToList()
            : [.. manifests.SelectMany(m => variants.Select(v => new ServerVariant(m, v.Name, v.Environment)))];
        return new RunOptions
        {
            Scenarios = scenarios,
            Servers = servers,
            Mode = settings.Smoke ? RunMode.Smoke : settings.Full ? RunMode.Full : RunMode.Quick,
            Repeat = settings.Repeat,
            Duration = settings.ParsedDuration,
            MetricsPort = MetricsEndpoint.Port(settings.MetricsPort),
            Placement = Enum.Parse<Placement>(settings.Placement, ignoreCase: true),
            RunSeed = settings.Seed,
            ResultsRoot = settings.ResultsFolder ?? Path.Combine(layout.RepositoryRoot, "results"),
            NoBuild = settings.NoBuild,
        };
    }
}

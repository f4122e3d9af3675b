using BenchLab.Infra;
using BenchLab.Telemetry.Metrics;

namespace BenchLab.Cli.Output;

/// <summary>The <c>--metrics-port [PORT]</c> option that observe and run share.</summary>
public static class MetricsEndpoint
{
    /// <summary>The port to serve on: the given one, the default when the flag has no value, none without the flag.</summary>
    public static int? Port(Spectre.Console.Cli.FlagValue<int> flag) =>
        flag.IsSet ? (flag.Value == 0 ? PrometheusEndpoint.DefaultPort : flag.Value) : null;

    /// <summary>A validation message for a value that is not a port, or null.</summary>
    public static string? Invalid(Spectre.Console.Cli.FlagValue<int> flag) =>
        flag.IsSet && flag.Value is < 0 or > 65535 ? $"--metrics-port {flag.Value} is not a TCP port (1-65535)" : null;

    /// <summary>Serves <paramref name="registry"/> on the port, or nothing without one; a taken port is a usage error.</summary>
    public static PrometheusEndpoint? Start(int? port, MetricRegistry registry)
    {
        if (port is null)
        {
            return null;
        }
        try
        {
            return PrometheusEndpoint.Start(port.Value, registry);
        }
        catch (InvalidOperationException e)
        {
            throw new UsageException($"--metrics-port {port}: {e.Message}; choose another port", e);
        }
    }
}

using System.Globalization;

namespace BenchLab.Telemetry.Target;

/// <summary>
/// <c>dotnet BenchLab.Telemetry.Target.dll MODE [options]</c>. Prints <c>ready</c> on stdout once it does what
/// the mode says, and exits by itself after <c>--lifetime</c> seconds (default 300) so that nothing is left behind.
/// </summary>
public static class TargetProgram
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0)
        {
            await Console.Error.WriteLineAsync("usage: MODE [--lifetime S] where MODE is burn | hold --threads N --files N --megabytes N | allocate | workload --pg CONN --redis HOST:PORT [--workers N]");
            return 2;
        }
        var options = TargetOptions.Parse(args[1..]);
        using var lifetime = new CancellationTokenSource(TimeSpan.FromSeconds(options.Number("lifetime", 300)));
        Task work = args[0] switch
        {
            "burn" => Modes.BurnAsync(lifetime.Token),
            "hold" => Modes.HoldAsync(options.Number("threads", 8), options.Number("files", 16), options.Number("megabytes", 64), lifetime.Token),
            "allocate" => Modes.AllocateAsync(lifetime.Token),
            "workload" => new Workload(options.Text("pg"), options.Text("redis"), options.Number("workers", 4)).RunAsync(lifetime.Token),
            _ => throw new ArgumentException($"unknown mode '{args[0]}'"),
        };
        try
        {
            await work;
        }
        catch (OperationCanceledException) when (lifetime.IsCancellationRequested)
        {
        }
        return 0;
    }
}

/// <summary><c>--name value</c> pairs.</summary>
public sealed class TargetOptions
{
    private readonly Dictionary<string, string> _values = [];

    public static TargetOptions Parse(string[] args)
    {
        var options = new TargetOptions();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options._values[args[i].TrimStart('-')] = args[i + 1];
        }
        return options;
    }

    public int Number(string name, int fallback) => _values.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    public string Text(string name) => _values.TryGetValue(name, out var text) ? text : throw new ArgumentException($"--{name} is required");
}

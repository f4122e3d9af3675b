namespace BenchLab.Results.Model;

/// <summary>
/// A figure a scenario reports beside latency (contract §4): lost updates, a hit ratio, a recovery time,
/// statements per iteration. <see cref="Expected"/> states what the contract fixes, when it does.
/// </summary>
public sealed record Outcome(string Name, double? Value, string Unit, string? Text = null, string? Expected = null, bool? Holds = null);

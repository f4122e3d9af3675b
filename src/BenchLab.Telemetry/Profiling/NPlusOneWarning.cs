namespace BenchLab.Telemetry.Profiling;

/// <summary>A route that issues more statements per request than it should, or more as its page grows (the N+1 pattern).</summary>
/// <param name="Kind"><c>bound</c>: statements per request above the limit; <c>growth</c>: statements grow with the page size.</param>
/// <param name="Message">One line for a report.</param>
public sealed record NPlusOneWarning(string Route, string Kind, string Message);

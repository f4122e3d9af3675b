namespace BenchLab.Results.Reference;

/// <summary>
/// One published figure of the original lab (contract §6) for one scenario: which server and run it came
/// from, and its numbers (latencies in ms; a null where the original did not publish the value).
/// </summary>
public sealed record OriginalFigure(
    string ScenarioId,
    string Server,
    string Source,
    double? RequestsPerSecond = null,
    double? RequestsPerSecondStd = null,
    double? Avg = null,
    double? Med = null,
    double? P90 = null,
    double? P95 = null,
    double? P99 = null,
    string? Group = null,
    string? Note = null);

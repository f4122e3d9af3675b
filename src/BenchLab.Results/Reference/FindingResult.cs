using BenchLab.Results.Statistics;

namespace BenchLab.Results.Reference;

/// <summary>
/// One finding of the original checked against our results: the claim, the original's figure, ours (a ratio
/// with its 95 % bootstrap interval when there are 5 or more repetitions), and the status they support.
/// <see cref="Indicative"/> marks a status read from fewer than 5 repetitions (a point estimate only).
/// </summary>
public sealed record FindingResult(
    string Claim,
    string Scenarios,
    string Original,
    string Ours,
    double? OursValue,
    ConfidenceInterval? Interval,
    FindingStatus Status,
    bool Indicative,
    string Basis);
